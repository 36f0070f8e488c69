/**
 * Runs `npm run build` the way an author does — the real script, as a child process — so the
 * end-to-end tests see exactly what a deploy would publish, exit code and messages included.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runScript } from '../../support/child.ts';

export const repoDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const smallSiteDir = join(repoDir, 'test/fixtures/small-site');
/** 23.11.2026, the "now" every e2e build is pinned to (PRODUCT.md §8). */
export const AS_OF_EPOCH = '1795392000';

export interface BuildRun {
  code: number | null;
  output: string;
}

/** `node scripts/build.ts --root <root> --out <out>` on the repository's Node 24. */
export async function runBuild(root: string, out: string, extraEnv: Record<string, string> = {}): Promise<BuildRun> {
  const env = { ...process.env, SOURCE_DATE_EPOCH: AS_OF_EPOCH, GITHUB_ACTIONS: '', ...extraEnv };
  const { code, output } = await runScript('build', ['--root', root, '--out', out], env);
  return { code, output };
}

/** A content root (content/ + data/) copied elsewhere, to build or break without touching the original. */
export function copySite(from: string, to: string): void {
  for (const part of ['content', 'data']) cpSync(join(from, part), join(to, part), { recursive: true });
  // The logo and favicon site.yaml names live in public/.
  if (existsSync(join(from, 'public'))) cpSync(join(from, 'public'), join(to, 'public'), { recursive: true });
}

/** Every file under dir, as sorted `/`-separated relative paths. */
export function listFiles(dir: string): string[] {
  const files: string[] = [];
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else files.push(relative(dir, p).split('\\').join('/'));
    }
  };
  walk(dir);
  return files.sort();
}

/** sha256 of every file, keyed by relative path: two folders are equal iff these are. */
export function hashTree(dir: string): Record<string, string> {
  const hashes: Record<string, string> = {};
  for (const f of listFiles(dir))
    hashes[f] = createHash('sha256')
      .update(readFileSync(join(dir, f)))
      .digest('hex');
  return hashes;
}

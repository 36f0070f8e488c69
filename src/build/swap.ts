/**
 * A failed build must leave the last good site exactly as it was (PRODUCT.md §5): the new site
 * is built in a staging folder and only moved into place, by renames, once it is complete.
 */
import { cpSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Astro resolves its prerender chunks' imports from where they are written, so the staging
 * folder must sit inside kuultu's own folder (next to node_modules), one per build process.
 */
export function stagingDir(kuultuDir: string): string {
  return join(kuultuDir, '.kuultu', 'staging', String(process.pid));
}

function move(from: string, to: string): void {
  try {
    renameSync(from, to);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EXDEV') throw e;
    cpSync(from, to, { recursive: true });
    rmSync(from, { recursive: true, force: true });
  }
}

/** Replaces outDir with the staged site: old → .old, staged → outDir, then drop .old. */
export function publish(staged: string, outDir: string): void {
  const next = `${outDir}.next`;
  const old = `${outDir}.old`;
  mkdirSync(dirname(outDir), { recursive: true });
  rmSync(next, { recursive: true, force: true });
  rmSync(old, { recursive: true, force: true });
  move(staged, next);
  if (existsSync(outDir)) renameSync(outDir, old);
  renameSync(next, outDir);
  rmSync(old, { recursive: true, force: true });
}

export function discard(staged: string): void {
  rmSync(staged, { recursive: true, force: true });
}

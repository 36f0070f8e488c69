/**
 * A failed build must leave the last good site exactly as it was (PRODUCT.md §5): the new site
 * is built in a staging folder and only moved into place, by renames, once it is complete.
 */
import { cpSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import type { Text } from '../core/lang.ts';

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

function isInside(child: string, parent: string): boolean {
  const rel = relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/**
 * Publishing replaces outDir wholesale (renamed away, then deleted), so it must never be a folder
 * that holds the author's files or kuultu itself: `--out .` would otherwise delete the project.
 * Returns why the folder is refused, in every language, or undefined when it is safe.
 */
export function unsafeOutDir(outDir: string, folders: { root: string; kuultuDir: string }): Text | undefined {
  const out = resolve(outDir);
  const named: readonly [Text, string][] = [
    [{ fi: 'sisältökansio', sv: 'innehållsmappen', en: 'the content folder' }, folders.root],
    [{ fi: 'kuultun oma kansio', sv: 'kuultus egen mapp', en: "kuultu's own folder" }, folders.kuultuDir],
  ];
  for (const [name, dir] of named) {
    if (!isInside(resolve(dir), out)) continue;
    return resolve(dir) === out
      ? {
          fi: `${out} on ${name.fi}, ja julkaisu korvaisi sen`,
          sv: `${out} är ${name.sv}, som publiceringen skulle ersätta`,
          en: `${out} is ${name.en}, which publishing would replace`,
        }
      : {
          fi: `${out} on kansio, jonka sisällä on ${name.fi}, ja julkaisu korvaisi sen`,
          sv: `${out} är en mapp runt ${name.sv}, som publiceringen skulle ersätta`,
          en: `${out} is a folder around ${name.en}, which publishing would replace`,
        };
  }
  for (const sub of ['content', 'data', 'public', 'src', 'node_modules']) {
    for (const base of [folders.root, folders.kuultuDir]) {
      const inside = join(resolve(base), sub);
      if (isInside(out, join(base, sub)))
        return {
          fi: `${out} on kansion ${inside} sisällä, ja julkaisu korvaisi sen`,
          sv: `${out} ligger i ${inside}, som publiceringen skulle ersätta`,
          en: `${out} is inside ${inside}, which publishing would replace`,
        };
    }
  }
  return undefined;
}

/**
 * A failed build must leave the last good site exactly as it was (PRODUCT.md §5): the new site
 * is built in a staging folder and only moved into place, by renames, once it is complete.
 */
import { cpSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
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

/**
 * Where a replaced site waits to be deleted: in the content root's .kuultu/ (never published,
 * never committed). Deleting the 7,757 pages of a city's last site was 0.7 s of a rebuild's main
 * thread at the very end, where nothing else runs; the next build deletes it instead, on the
 * thread pool while it validates (`clearReplacedSite`).
 */
export function replacedSiteDir(root: string): string {
  return join(root, '.kuultu', 'replaced-site');
}

/**
 * Starts deleting `path` on the thread pool, without waiting: it is renamed out of the way first,
 * so the path is free at once for what replaces it. Resolves when it is gone (at once when there
 * is nothing there); the caller awaits it before the build ends.
 */
export function deleteInBackground(path: string): Promise<void> {
  if (!existsSync(path)) return Promise.resolve();
  const deleting = `${path}.${process.pid}`;
  rmSync(deleting, { recursive: true, force: true });
  renameSync(path, deleting);
  return rm(deleting, { recursive: true, force: true });
}

/** Starts deleting the site the last build replaced (`deleteInBackground`), awaited before this build publishes. */
export function clearReplacedSite(root: string): Promise<void> {
  return deleteInBackground(replacedSiteDir(root));
}

/**
 * Replaces outDir with the staged site: staged → outDir.next, outDir → the replaced-site folder
 * (or outDir.old, deleted at once, when that is on another file system), outDir.next → outDir.
 */
export function publish(staged: string, outDir: string, root?: string): void {
  const next = `${outDir}.next`;
  const old = `${outDir}.old`;
  mkdirSync(dirname(outDir), { recursive: true });
  rmSync(next, { recursive: true, force: true });
  rmSync(old, { recursive: true, force: true });
  move(staged, next);
  const kept = existsSync(outDir) && root !== undefined && keepReplaced(outDir, replacedSiteDir(root));
  if (!kept && existsSync(outDir)) renameSync(outDir, old);
  renameSync(next, outDir);
  if (!kept) rmSync(old, { recursive: true, force: true });
}

/** Moves the published site to where the next build deletes it; false when that is on another file system. */
function keepReplaced(outDir: string, replaced: string): boolean {
  rmSync(replaced, { recursive: true, force: true });
  mkdirSync(dirname(replaced), { recursive: true });
  try {
    renameSync(outDir, replaced);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EXDEV') throw e;
    return false;
  }
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

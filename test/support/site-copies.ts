/**
 * Copies of a fixture site for a test to break: each a fresh folder under the system's temporary
 * folder, removed when the file's tests have run. The copies never touch test/fixtures/, so tests
 * may change them freely, side by side.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect } from 'vitest';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));
/** The small fixture site (fi, sv, en): every kind, a few rows each, validates clean. */
export const SMALL_SITE = path.join(REPO, 'test/fixtures/small-site');
/** 23.11.2026 in Helsinki: the fixture sites' "now" in every test. */
export const SOURCE_DATE_EPOCH = '1795392000';

/**
 * `folder()` for the calling file: a fresh empty folder named after `prefix` under the system's
 * temporary folder, all of them removed after the file's last test (after all, not after each:
 * concurrent tests still use theirs).
 */
export function scratchFolders(prefix: string): () => string {
  const folders: string[] = [];
  afterAll(() => {
    for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
  });
  return () => {
    const folder = mkdtempSync(path.join(tmpdir(), `kuultu-${prefix}-`));
    folders.push(folder);
    return folder;
  };
}

/** `copy(fixture?)` for the calling file: a fresh copy of `fixture` (the small site unless named) in a scratch folder. */
export function siteCopies(prefix: string): (fixture?: string) => string {
  const folder = scratchFolders(prefix);
  return (fixture = SMALL_SITE) => {
    const root = folder();
    cpSync(fixture, root, { recursive: true });
    return root;
  };
}

/** `from` replaced by `to` in a copy's file; the test fails if the file does not hold `from`. */
export function replaceIn(root: string, file: string, from: string, to: string): void {
  const text = readFileSync(path.join(root, file), 'utf8');
  expect(text, `${file} should contain ${from}`).toContain(from);
  writeFileSync(path.join(root, file), text.replace(from, to));
}

/** `text` added to the end of a copy's file (a key to site.yaml, a row to a CSV). */
export function appendTo(root: string, file: string, text: string): void {
  writeFileSync(path.join(root, file), `${readFileSync(path.join(root, file), 'utf8')}${text}`);
}

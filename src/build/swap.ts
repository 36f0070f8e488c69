/**
 * A failed build must leave the last good site exactly as it was (PRODUCT.md §5): the new site
 * is written next to it and only swapped in, by two renames, once it is complete.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';

export function stagingDirFor(outDir: string): string {
  return `${outDir}.next`;
}

export function swapIn(outDir: string): void {
  const staged = stagingDirFor(outDir);
  const old = `${outDir}.old`;
  rmSync(old, { recursive: true, force: true });
  if (existsSync(outDir)) renameSync(outDir, old);
  renameSync(staged, outDir);
  rmSync(old, { recursive: true, force: true });
}

export function discardStaging(outDir: string): void {
  rmSync(stagingDirFor(outDir), { recursive: true, force: true });
}

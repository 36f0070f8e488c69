/**
 * The digest of kuultu's own files, for the caches a build keeps: a cache made by other code is
 * never used. Read from the kuultu folder itself (not the site's), whichever site is built.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The digest of `extra` and of the files at `paths` under `kuultuDir` (a folder: every file under
 * it). A copy of kuultu without one of them (a test's copy has no lock file) still builds: the
 * missing file is named in the digest instead.
 */
export function codeDigest(kuultuDir: string, extra: string, paths: readonly string[]): string {
  const hash = createHash('sha256').update(extra);
  const files = paths.flatMap((path) => {
    const full = join(kuultuDir, path);
    if (!existsSync(full) || !statSync(full).isDirectory()) return [path];
    return (readdirSync(full, { recursive: true }) as string[])
      .map((f) => join(path, f))
      .filter((f) => statSync(join(kuultuDir, f)).isFile())
      .sort();
  });
  for (const file of files)
    hash
      .update(`\0${file}\0`)
      .update(existsSync(join(kuultuDir, file)) ? readFileSync(join(kuultuDir, file)) : 'missing');
  return hash.digest('base64url');
}

/**
 * Validated CSV files kept between builds (`npm run build` keeps them in `.kuultu/cache/csv/`). A
 * data drop adds one month's export beside files that have not changed, and reading and checking
 * those again was half a second of a 100,000-row city's rebuild; a kept file is read back in a
 * third of that.
 *
 * An entry is found by the digest of the file's bytes, what it is read as (its data set, path and
 * the site's languages) and the salt the caller gives: the digest of the code that reads and
 * checks files, so a new kuultu reads every file again. What a file's reading gives is kept
 * whole, its problems included, so a kept file says exactly what reading it would. The entries
 * one load did not use are deleted by `prune`: the cache holds one site's files, not every drop's.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { codeDigest } from './code-digest.ts';

export interface CsvCacheOptions {
  dir: string;
  salt: string;
}

const SUFFIX = '.v8';

export class CsvCache {
  readonly #dir: string;
  readonly #salt: string;
  readonly #used = new Set<string>();

  constructor({ dir, salt }: CsvCacheOptions) {
    this.#dir = dir;
    this.#salt = salt;
  }

  /** What `read` gives for a file of these bytes, read as `what`: kept from an earlier load, or read now and kept. */
  through<T>(what: readonly string[], bytes: Uint8Array, read: () => T): T {
    const hash = createHash('sha256').update(this.#salt);
    for (const part of what) hash.update('\0').update(part);
    const name = `${hash.update('\0').update(bytes).digest('base64url')}${SUFFIX}`;
    this.#used.add(name);
    const file = join(this.#dir, name);
    try {
      return deserialize(readFileSync(file)) as T;
    } catch {
      // Not kept yet (or an entry cut short): read it.
    }
    const value = read();
    try {
      mkdirSync(this.#dir, { recursive: true });
      // Written whole or not at all: a build stopped mid-write leaves no entry cut short.
      const partial = `${file}.${process.pid}.partial`;
      writeFileSync(partial, serialize(value));
      renameSync(partial, file);
    } catch {
      // A cache that cannot be written only makes the next build slower.
    }
    return value;
  }

  /**
   * Deletes every entry this load did not use, and ends the load: the live preview loads again
   * with the same cache on each save, and a file fixed since must not keep its broken reading.
   */
  prune(): void {
    const used = new Set(this.#used);
    this.#used.clear();
    let names: string[];
    try {
      names = readdirSync(this.#dir);
    } catch {
      return;
    }
    for (const name of names) if (!used.has(name)) rmSync(join(this.#dir, name), { force: true });
  }
}

/**
 * The cache a site's builds and its live preview share, in `<root>/.kuultu/cache/csv/`, under the
 * digest of the code that reads and checks files — the layers below src/validate included — and
 * of the dependencies' versions (zod, papaparse).
 */
export function siteCsvCache(root: string, kuultuDir: string): CsvCache {
  return new CsvCache({
    dir: join(resolve(root), '.kuultu', 'cache', 'csv'),
    salt: codeDigest(kuultuDir, 'csv', ['src/core', 'src/csv', 'src/schemas', 'src/validate', 'package-lock.json']),
  });
}

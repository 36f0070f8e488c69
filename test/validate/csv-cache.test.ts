/**
 * The build keeps validated CSV files between builds (src/validate/csv-cache.ts). A kept reading
 * must never stand in for a file that changed, nor for other code or other languages: a load with
 * the cache says exactly what a load without it says, problems included.
 */
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CsvCache } from '../../src/validate/csv-cache.ts';
import type { Problem } from '../../src/core/problem.ts';
import type { Lang } from '../../src/schemas/fields.ts';
import { readDataFiles } from '../../src/validate/data-files.ts';
import { loadProject } from '../../src/validate/load-project.ts';
import { replaceIn, SMALL_SITE, SOURCE_DATE_EPOCH, scratchFolders, siteCopies } from '../support/site-copies.ts';

const copy = siteCopies('csv-cache');
const scratch = scratchFolders('csv-cache-dir');
const cacheDir = (): string => path.join(scratch(), 'csv');

const bytes = (text: string) => new TextEncoder().encode(text);

describe('a kept reading', () => {
  it('stands in for the same bytes read as the same thing, and for nothing else', () => {
    const dir = cacheDir();
    const reads: string[] = [];
    const through = (salt: string, what: string[], text: string) =>
      new CsvCache({ dir, salt }).through(what, bytes(text), () => {
        reads.push(`${salt} ${what.join(' ')} ${text}`);
        return { text, what };
      });
    expect(through('a', ['feedback', 'x.csv'], 'id\n1')).toEqual({ text: 'id\n1', what: ['feedback', 'x.csv'] });
    expect(through('a', ['feedback', 'x.csv'], 'id\n1')).toEqual({ text: 'id\n1', what: ['feedback', 'x.csv'] });
    expect(reads).toHaveLength(1);
    through('a', ['feedback', 'x.csv'], 'id\n2');
    through('a', ['feedback', 'y.csv'], 'id\n1');
    through('a', ['actions', 'x.csv'], 'id\n1');
    through('b', ['feedback', 'x.csv'], 'id\n1');
    expect(reads).toHaveLength(5);
  });

  it('is read again when its entry was cut short', () => {
    const dir = cacheDir();
    const cache = () => new CsvCache({ dir, salt: 's' });
    let reads = 0;
    const read = () => {
      reads++;
      return { rows: [1, 2, 3] };
    };
    cache().through(['f'], bytes('a'), read);
    for (const entry of readdirSync(dir)) writeFileSync(path.join(dir, entry), 'cut');
    expect(cache().through(['f'], bytes('a'), read)).toEqual({ rows: [1, 2, 3] });
    expect(reads).toBe(2);
  });

  it('is not needed to read a file: a cache that cannot be written is only slower', () => {
    const file = path.join(scratch(), 'not-a-folder');
    writeFileSync(file, 'not a folder');
    const cache = new CsvCache({ dir: path.join(file, 'csv'), salt: 's' });
    expect(cache.through(['f'], bytes('a'), () => 'read')).toBe('read');
  });

  it('goes when a load does not use it', () => {
    const dir = cacheDir();
    new CsvCache({ dir, salt: 's' }).through(['f'], bytes('old'), () => 1);
    const next = new CsvCache({ dir, salt: 's' });
    next.through(['f'], bytes('new'), () => 2);
    next.prune();
    expect(readdirSync(dir)).toHaveLength(1);
    expect(new CsvCache({ dir, salt: 's' }).through(['f'], bytes('new'), () => 3)).toBe(2);
  });

  it('goes when the next load with the same cache does not use it, as the live preview loads on each save', () => {
    const dir = cacheDir();
    const cache = new CsvCache({ dir, salt: 's' });
    cache.through(['f'], bytes('broken'), () => 1);
    cache.prune();
    cache.through(['f'], bytes('fixed'), () => 2);
    cache.prune();
    expect(readdirSync(dir)).toHaveLength(1);
    expect(new CsvCache({ dir, salt: 's' }).through(['f'], bytes('broken'), () => 3)).toBe(3);
  });
});

describe('a load with kept readings', () => {
  const env = { SOURCE_DATE_EPOCH };
  const load = (root: string, dir?: string) =>
    loadProject(root, env, dir ? { csvCache: new CsvCache({ dir, salt: 'test' }) } : {});

  it('says what a load without them says, after each change to the files', async () => {
    const root = copy();
    const dir = cacheDir();
    const same = async () => {
      const [kept, plain] = [await load(root, dir), await load(root)];
      expect(kept.problems).toEqual(plain.problems);
      expect(kept.project).toEqual(plain.project);
      return kept;
    };
    expect((await same()).problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(existsSync(dir)).toBe(true);
    // A mistake appears in a file that was kept clean: it is read again and reported.
    replaceIn(root, 'data/feedback/palaute-2026.csv', 'P-1,2026-01-03,', 'P-1,2026-13-03,');
    const broken = await same();
    expect(broken.problems.some((p) => p.file === 'data/feedback/palaute-2026.csv' && p.severity === 'error')).toBe(
      true,
    );
    // And it is fixed: the kept reading with the mistake is not reused.
    replaceIn(root, 'data/feedback/palaute-2026.csv', 'P-1,2026-13-03,', 'P-1,2026-01-03,');
    expect((await same()).problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it("reads a file again for a site of other languages (each language's text is a column of its own)", () => {
    const dir = cacheDir();
    const read = (languages: Lang[], cache?: CsvCache) => {
      const problems: Problem[] = [];
      return { data: readDataFiles(SMALL_SITE, languages, problems, cache), problems };
    };
    const cache = () => new CsvCache({ dir, salt: 'test' });
    expect(read(['fi', 'sv', 'en'], cache())).toEqual(read(['fi', 'sv', 'en']));
    const fewer = read(['fi', 'sv']);
    expect(fewer.problems.map((p) => p.code)).toContain('column.unknown');
    expect(read(['fi', 'sv'], cache())).toEqual(fewer);
  });
});

/**
 * The sitemap is derived from the registry of kinds (src/site/kinds.ts); the pages are written
 * by src/pages/. On the built example city, the two must agree: every address in sitemap.xml
 * is a page that was built, and every built page is in the sitemap unless it is one of the
 * tools the sitemap leaves out on purpose. A kind whose pages exist but whose section forgets
 * them, or a section whose page file is missing, fails here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SECTION_NAMES } from '../../src/site/kinds.ts';
import { listFiles } from './support/build-site.ts';
import { citySite } from './support/site.ts';

/** Built on purpose but not content to find: the language redirect, search, posters and later pages of a list. */
const NOT_IN_SITEMAP = [
  /^\/$/,
  /^\/[a-z]{2}\/search\/$/,
  /^\/[a-z]{2}\/posters\/[^/]+\/[^/]+\/$/,
  /^\/[a-z]{2}\/actions\/status\/[^/]+\/\d+\/$/,
];

describe('sitemap.xml of the built example city', () => {
  const site = citySite();
  const xml = readFileSync(join(site.dir, 'sitemap.xml'), 'utf8');
  const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  const built = listFiles(site.dir)
    .filter((f) => f === 'index.html' || f.endsWith('/index.html'))
    .map((f) => `/${f.slice(0, -'index.html'.length)}`);

  it('lists only pages that were built', () => {
    const pages = new Set(built);
    expect(locs.filter((l) => !pages.has(l))).toEqual([]);
  });

  it('lists every built page except the tools it leaves out on purpose', () => {
    const listed = new Set(locs);
    expect(built.filter((p) => !listed.has(p) && !NOT_IN_SITEMAP.some((re) => re.test(p)))).toEqual([]);
  });

  it('has pages of every section of the registry (every kind and the actions)', () => {
    for (const name of SECTION_NAMES)
      expect(
        locs.some((l) => l.startsWith(`/fi/${name}/`)),
        name,
      ).toBe(true);
  });
});

/**
 * The build as a deploy sees it: the same input gives the same bytes, a validation error
 * leaves the last good site untouched, unpublished words never leave the repository, and
 * pages stay light.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { readCsv } from '../../src/csv/read.ts';
import { FEEDBACK_HEADER_ALIASES } from '../../src/schemas/feedback.ts';
import { copySite, hashTree, listFiles, repoDir, runBuild, smallSiteDir } from './support/build-site.ts';
import { pick } from './support/page-kinds.ts';
import { cityProject, citySite, smallSite } from './support/site.ts';

const scratch = (name: string) => join(inject('e2eTmp'), name);

/** A file as text to search in: Pagefind's gzip-compressed chunks unpacked first. */
function searchableText(dir: string, file: string): string {
  const bytes = readFileSync(join(dir, file));
  if (/\.pf_[a-z]+$/.test(file) && bytes[0] === 0x1f && bytes[1] === 0x8b) return gunzipSync(bytes).toString('utf8');
  return bytes.toString('utf8');
}

/** Every way an author may say yes in `publish`; anything else keeps the words private. */
const PUBLISH_YES = ['yes', 'kyllä', 'kylla', 'k', 'ja', 'true', '1', 'x'];

/**
 * Texts of feedback rows that are not to be published, read straight from the authors' CSVs.
 * A text some other row publishes word for word ("Kiitos!") may rightly appear, so it is left out.
 */
function unpublishedTexts(root: string): string[] {
  const dir = join(root, 'data/feedback');
  const texts: string[] = [];
  const published = new Set<string>();
  for (const file of listFiles(dir).filter((f) => f.endsWith('.csv'))) {
    const { table } = readCsv(file, readFileSync(join(dir, file)), { aliases: FEEDBACK_HEADER_ALIASES });
    if (!table) throw new Error(`data/feedback/${file} did not read`);
    for (const row of table.rows) {
      const text = (row.values.text ?? '').trim();
      const publish = (row.values.publish ?? '').trim().toLowerCase();
      if (!text) continue;
      if (PUBLISH_YES.includes(publish)) published.add(text);
      else texts.push(text);
    }
  }
  return [...new Set(texts)].filter((t) => !published.has(t));
}

function expectNowhere(dir: string, needles: readonly string[]): void {
  const files = listFiles(dir);
  expect(
    files.some((f) => f.startsWith('pagefind/fragment/')),
    'the search index was searched',
  ).toBe(true);
  expect(
    files.some((f) => f.startsWith('open-data/')),
    'the open data was searched',
  ).toBe(true);
  for (const file of files) {
    const text = searchableText(dir, file);
    for (const needle of needles)
      expect(text.includes(needle), `unpublished text "${needle}" found in ${file}`).toBe(false);
  }
}

describe('deterministic builds', () => {
  it('builds the small fixture site twice, from two checkouts at once, into byte-identical folders', async () => {
    // Side by side, so both see the same generator source even while it is being edited.
    const roots = [scratch('small-a'), scratch('small-b')];
    for (const root of roots) copySite(smallSiteDir, root);
    const runs = await Promise.all(roots.map((root) => runBuild(root, join(root, 'dist'))));
    for (const run of runs) expect(run.code, run.output).toBe(0);
    const [a, b] = roots.map((root) => hashTree(join(root, 'dist'))) as [
      Record<string, string>,
      Record<string, string>,
    ];
    const files = Object.keys(a);
    for (const kind of [/^pagefind\//, /\.xml$/, /\.ics$/, /^open-data\/.+\.csv$/, /^open-data\/.+\.json$/]) {
      expect(
        files.some((f) => kind.test(f)),
        `the build has files matching ${kind}`,
      ).toBe(true);
    }
    expect(Object.keys(b)).toEqual(files);
    for (const file of files) expect(b[file], file).toBe(a[file]);
  });
});

describe('a build that fails validation', () => {
  it('exits 1, says file:line:column, and leaves the previous site exactly as it was', async () => {
    const root = scratch('small-broken');
    copySite(smallSiteDir, root);
    // The last good site, built where this build writes: it keeps every CSV file it validated
    // (.kuultu/cache/csv), and the mistake must be found all the same.
    const out = join(root, 'site');
    expect((await runBuild(root, out)).code).toBe(0);
    const csvFiles = listFiles(join(root, 'data')).filter((f) => f.endsWith('.csv'));
    expect(readdirSync(join(root, '.kuultu/cache/csv'))).toHaveLength(csvFiles.length);
    // And Node's compiled code of kuultu and Astro, for the next build's start (scripts/build.ts).
    expect(readdirSync(join(root, '.kuultu/cache/node')).length).toBeGreaterThan(0);
    const before = hashTree(out);

    // Channel "kävely" (a walk) on the fixture's third feedback row: a bad enum value.
    const file = listFiles(join(root, 'data/feedback')).find((f) => f.endsWith('.csv'))!;
    const csv = join(root, 'data/feedback', file);
    const lines = readFileSync(csv, 'utf8').split('\n');
    const separator = lines[0]!.includes(';') ? ';' : ',';
    const header = lines[0]!
      .replace(/^\uFEFF/, '')
      .split(separator)
      .map((h) => h.trim().toLowerCase());
    const channelColumn = header.indexOf('channel');
    const cells = lines[3]!.split(separator);
    expect(channelColumn, 'the fixture feedback has a channel column').toBeGreaterThanOrEqual(0);
    expect(cells.length, 'the fixture row splits cleanly on its separator').toBe(header.length);
    cells[channelColumn] = 'kävely';
    lines[3] = cells.join(separator);
    writeFileSync(csv, lines.join('\n'));

    const bad = await runBuild(root, out);
    expect(bad.code).toBe(1);
    expect(bad.output).toContain(`data/feedback/${file}:4:${channelColumn + 1}`);
    expect(bad.output).toContain('kävely');
    expect(bad.output).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/);
    expect(hashTree(out)).toEqual(before);
  });
});

describe('a build given a folder that is not there', () => {
  it('says so in one sentence, exits 1 and makes no folder of its own there', async () => {
    const missing = join(scratch('no-root'), 'kuule');
    const run = await runBuild(missing, join(missing, 'dist'));
    expect(run.code).toBe(1);
    expect(run.output).toContain(`kuultu: kansiota ${missing} ei ole`);
    expect(existsSync(missing)).toBe(false);
  });
});

describe('unpublished feedback', () => {
  it('never reaches the small fixture site, its search index or its open data', () => {
    const texts = unpublishedTexts(smallSiteDir);
    expect(texts.some((t) => t.includes('Soita minulle 040 123 4567'))).toBe(true);
    expectNowhere(smallSite().dir, texts);
  });

  it('never reaches the example city, its search index or its open data', () => {
    const texts = unpublishedTexts(repoDir);
    expect(texts.length, 'the example city has unpublished feedback to look for').toBeGreaterThan(0);
    expectNowhere(citySite().dir, texts);
  });
});

describe('page weight', () => {
  const gzipped = (dir: string, file: string) => gzipSync(readFileSync(join(dir, file)), { level: 9 }).length;
  const assets = (html: string, pattern: RegExp) => [...html.matchAll(pattern)].map((m) => m[1]!.replace(/^\//, ''));

  it('ships no JavaScript on pages without a chart or search, and at most 60 kB gzipped on chart pages', async () => {
    const site = citySite();
    const picks = pick(await cityProject());
    for (const path of [
      '/fi/actions/',
      `/fi/actions/${picks.action}/`,
      '/fi/bodies/',
      `/fi/bodies/${picks.body}/`,
      `/fi/meetings/${picks.meeting}/`,
    ]) {
      expect(site.html(path), path).not.toMatch(/<script/i);
    }
    for (const path of ['/fi/', `/fi/themes/${picks.theme}/`]) {
      const html = site.html(path);
      const scripts = assets(html, /<script[^>]+src="([^"]+)"/g);
      expect(scripts.length, `${path} loads its chart script`).toBeGreaterThan(0);
      const bytes = scripts.reduce((sum, file) => sum + gzipped(site.dir, file), 0);
      expect(bytes, `${path}: gzipped JavaScript`).toBeLessThanOrEqual(60 * 1024);
    }
  });

  it("keeps a theme page's HTML and CSS within 50 kB gzipped", async () => {
    const site = citySite();
    const picks = pick(await cityProject());
    const path = `/fi/themes/${picks.theme}/`;
    const html = site.html(path);
    const css = assets(html, /<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g);
    const bytes = gzipSync(html, { level: 9 }).length + css.reduce((sum, file) => sum + gzipped(site.dir, file), 0);
    expect(bytes, `${path}: gzipped HTML + CSS`).toBeLessThanOrEqual(50 * 1024);
  });
});

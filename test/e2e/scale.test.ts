/**
 * The scale path, kept from rotting: a small city from the benchmark's generator
 * (scripts/generate-city.ts) builds and is searchable with Pagefind in Chromium; after a data drop
 * (the newest month's feedback, then one edited action) the incremental rebuild renders only part
 * of the site and publishes exactly the bytes a full build of the same input does. Not timed:
 * `npm run bench` measures.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { dropLatestMonth, editOneAction, holdBackLatestMonth } from '../../scripts/bench/data-drop.ts';
import { generateCity } from '../../scripts/generate-city.ts';
import { copySite, hashTree, runBuild } from './support/build-site.ts';
import { connectBrowser, openPage } from './support/site.ts';
import { serveStatic, type StaticServer } from './support/static-server.ts';

const scratch = (name: string) => join(inject('e2eTmp'), `scale-${name}`);
const root = scratch('city');
const out = scratch('site');

interface Built {
  code: number | null;
  output: string;
  rendered: number;
  indexed: number;
  search?: {
    /** Whether the last build's search index was copied (no page gave Pagefind anything new). */
    reused: boolean;
    /** Pages Pagefind indexes, and how many of them it was sent while pages were still rendering. */
    searchable: number;
    sentWhileRendering: number;
  };
}
/** `npm run build`, with the counts the build reports for the bench (KUULTU_PHASES_FILE). */
async function build(from: string, to: string): Promise<Built> {
  const phases = `${to}.phases.json`;
  const run = await runBuild(from, to, { KUULTU_PHASES_FILE: phases, SOURCE_DATE_EPOCH: '1795392000' });
  if (run.code !== 0) return { ...run, rendered: 0, indexed: 0 };
  return { ...run, ...(JSON.parse(readFileSync(phases, 'utf8')) as Omit<Built, 'code' | 'output'>) };
}

/** A full build of root's current content, from a copy with no cache. */
async function fullBuildOf(name: string): Promise<Record<string, string>> {
  copySite(root, scratch(`${name}-root`));
  const run = await build(scratch(`${name}-root`), scratch(`${name}-site`));
  expect(run.code, run.output).toBe(0);
  return hashTree(scratch(`${name}-site`));
}

function expectSameBytes(actual: Record<string, string>, expected: Record<string, string>): void {
  const files = [...new Set([...Object.keys(actual), ...Object.keys(expected)])].sort();
  expect(files.filter((f) => actual[f] !== expected[f])).toEqual([]);
}

let first: Built;
beforeAll(async () => {
  generateCity({ out: root, feedback: 1500, actions: 24, meetings: 8, seed: 3 });
  holdBackLatestMonth(root);
  first = await build(root, out);
});

describe('a generated city', () => {
  let browser: Browser;
  let server: StaticServer;
  afterAll(async () => {
    await server?.close();
    await browser?.close();
  });

  it('builds, and Pagefind finds its pages in Finnish and Swedish', async () => {
    expect(first.code, first.output).toBe(0);
    expect(first.indexed).toBeGreaterThan(100);
    // Pagefind indexes each page while the next ones render, not all of them once rendering is
    // over (the 404 page, answered with status 404, once held every page after it back).
    expect(first.search?.searchable).toBeGreaterThan(100);
    expect(first.search?.sentWhileRendering).toBe(first.search?.searchable);
    server = await serveStatic(out);
    browser = await connectBrowser();
    for (const [lang, label, query] of [
      ['fi', 'Hae sivustolta', 'kirjasto'],
      ['sv', 'Sök på webbplatsen', 'bibliotek'],
    ] as const) {
      const { context, page } = await openPage(browser, `${server.url}/${lang}/search/`);
      await page.getByRole('searchbox', { name: label }).fill(query);
      const results = page.locator('#search-results a');
      await results.first().waitFor();
      const hrefs = await results.evaluateAll((links) =>
        links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
      );
      expect(hrefs.length).toBeGreaterThan(0);
      for (const href of hrefs) expect(href.startsWith(`/${lang}/`), href).toBe(true);
      await context.close();
    }
  });

  it("rebuilds after a new month's feedback, re-rendering part of the site, into a full build's bytes", async () => {
    dropLatestMonth(root);
    const [rebuilt, full] = await Promise.all([build(root, out), fullBuildOf('month')]);
    expect(rebuilt.code, rebuilt.output).toBe(0);
    expect(rebuilt.rendered).toBeLessThan(first.rendered / 2);
    // New feedback changes counts and charts, which search does not index: the index is the last one.
    expect(rebuilt.search?.reused).toBe(true);
    expectSameBytes(hashTree(out), full);
  });

  it('rebuilds after an action is edited into a full build’s bytes, the action page included', async () => {
    const id = editOneAction(root, '2026-11-20');
    const [rebuilt, full] = await Promise.all([build(root, out), fullBuildOf('action')]);
    expect(rebuilt.code, rebuilt.output).toBe(0);
    expect(rebuilt.rendered).toBeLessThan(first.rendered / 2);
    expect(readFileSync(join(out, `fi/actions/${id}/index.html`), 'utf8')).toContain('– valmis');
    // Its new title is searchable: the index is made again, and is the full build's.
    expect(rebuilt.search?.reused).toBe(false);
    expectSameBytes(hashTree(out), full);
  });
});

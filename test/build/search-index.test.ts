/**
 * The search index is fed while pages render, some pages come from the incremental-build cache
 * instead: whichever way a page reached the index, the same site must give the same index bytes,
 * and a page the plan missed must fail the build rather than be left out of search.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import * as pagefind from 'pagefind';
import { afterAll, describe, expect, it } from 'vitest';
import {
  htmlFilesIn,
  pagefindReads,
  SearchFeed,
  searchInput,
  withoutIgnoredParts,
} from '../../src/build/search-index.ts';
import { SearchThread } from '../../src/build/search-thread.ts';
import { htmlFileOf } from '../../src/build/session.ts';
import { hashTree } from '../e2e/support/build-site.ts';

const tmp = mkdtempSync(join(tmpdir(), 'kuultu-search-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const PAGES: Record<string, string> = {
  'fi/index.html':
    '<html lang="fi"><body><main data-pagefind-body><h1>Etusivu</h1><p>Lumityöt ja katuvalot</p></main></body></html>',
  'fi/themes/liikenne/index.html':
    '<html lang="fi"><body><main data-pagefind-body><h1>Liikenne</h1><p>Pyörätiet ja bussit</p></main></body></html>',
  'sv/index.html':
    '<html lang="sv"><body><main data-pagefind-body><h1>Framsidan</h1><p>Snöröjning och gatubelysning</p></main></body></html>',
  '404.html': '<html lang="fi"><body><main><h1>Sivua ei löydy</h1></main></body></html>',
};
/** The order Astro renders them in: not the file names' order. */
const PLAN = ['fi/index.html', 'sv/index.html', 'fi/themes/liikenne/index.html', '404.html'];

function site(name: string): string {
  const dir = join(tmp, name);
  for (const [file, html] of Object.entries(PAGES)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), html);
  }
  return dir;
}
const pagefindFiles = (dir: string) => hashTree(join(dir, 'pagefind'));

/** A site whose every page is rendered and handed over in plan order: the index the others are compared with. */
async function indexedInPlanOrder(name: string): Promise<string> {
  const dir = site(name);
  const feed = new SearchFeed();
  feed.plan(PLAN);
  for (const f of PLAN) feed.rendered(dir, f, readFileSync(join(dir, f), 'utf8'));
  await feed.finish(dir);
  return dir;
}

describe('the search index fed while pages render', () => {
  it('names the file Astro writes for each page URL', () => {
    expect(htmlFileOf('/')).toBe('index.html');
    expect(htmlFileOf('/fi/themes/liikenne/')).toBe('fi/themes/liikenne/index.html');
    expect(htmlFileOf('/fi/themes/liikenne')).toBe('fi/themes/liikenne/index.html');
    expect(htmlFileOf('/404/')).toBe('404.html');
  });

  it('gives the same index whether a page was rendered in this build or restored from the cache', async () => {
    const rendered = site('all-rendered');
    const feed = new SearchFeed();
    feed.plan(PLAN);
    for (const f of PLAN) feed.rendered(rendered, f, readFileSync(join(rendered, f), 'utf8'));
    expect(await feed.finish(rendered)).toEqual({ pages: 4, searchable: 3 });

    // Only the third page is rendered; the others were restored to disk, before and after it.
    const mixed = site('some-restored');
    const feed2 = new SearchFeed();
    feed2.plan(PLAN);
    feed2.rendered(mixed, PLAN[2]!, readFileSync(join(mixed, PLAN[2]!), 'utf8'));
    expect(await feed2.finish(mixed)).toEqual({ pages: 4, searchable: 3 });

    const a = pagefindFiles(rendered);
    expect(Object.keys(a).some((f) => f.startsWith('index/'))).toBe(true);
    expect(pagefindFiles(mixed)).toEqual(a);
  });

  it('sends Pagefind only the title and <main> of a page, without the ignored parts, and the index is the one the whole pages give', async () => {
    const page = (lang: string, h1: string, text: string) =>
      `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>${h1} – Kaupunki</title><link rel="stylesheet" href="/a.css"><style>main{color:red}</style></head><body><header><a href="/">Kaupunki kuulee</a><nav><a href="/fi/themes/">Teemat</a></nav></header><main id="main"><h1 data-pagefind-body>${h1}</h1><p data-pagefind-body>${text}</p><p data-pagefind-ignore>Tilanne 23.11.2026</p><ul class="cards" data-pagefind-ignore><li><span data-pagefind-ignore>Tehty</span> <a href="/fi/actions/A-1/">Toinen toimenpide</a></li></ul><div data-pagefind-ignore><span data-pagefind-filter="status:done">Tehty</span></div><figure data-pagefind-ignore><img src="/kuva.png" alt="Kuva puistosta"></figure><span hidden data-pagefind-filter="kind:action"></span><span hidden data-pagefind-meta="date:2026-11-23"></span></main><footer>Yhteystiedot ja saavutettavuus</footer></body></html>`;
    const pages: Record<string, string> = {
      'fi/a/index.html': page('fi', 'Lumityöt', 'Aurataan pyörätiet ensin'),
      'sv/a/index.html': page('sv', 'Snöröjning', 'Cykelvägar plogas först'),
    };
    const stripped = searchInput(pages['fi/a/index.html']!);
    expect(stripped).toBe(
      // The ignored parts go, but for the one with a filter inside and the one with an image.
      '<!DOCTYPE html><html lang="fi"><head><title>Lumityöt – Kaupunki</title></head><body><main id="main"><h1 data-pagefind-body>Lumityöt</h1><p data-pagefind-body>Aurataan pyörätiet ensin</p><div data-pagefind-ignore><span data-pagefind-filter="status:done">Tehty</span></div><figure data-pagefind-ignore><img src="/kuva.png" alt="Kuva puistosta"></figure><span hidden data-pagefind-filter="kind:action"></span><span hidden data-pagefind-meta="date:2026-11-23"></span></main></body></html>',
    );
    // A Pagefind attribute outside <main> keeps the page whole.
    const outside = page('fi', 'x', 'y').replace('<header>', '<header data-pagefind-meta="a:b">');
    expect(searchInput(outside)).toBe(outside);

    // Through the feed (which strips), and whole pages straight to Pagefind: the same index files.
    const fed = join(tmp, 'fed');
    for (const [file, html] of Object.entries(pages)) {
      mkdirSync(dirname(join(fed, file)), { recursive: true });
      writeFileSync(join(fed, file), html);
    }
    const feed = new SearchFeed();
    feed.plan(Object.keys(pages));
    await feed.finish(fed);
    const whole = join(tmp, 'whole');
    const { index } = await pagefind.createIndex({});
    for (const [file, html] of Object.entries(pages)) await index!.addHTMLFile({ sourcePath: file, content: html });
    await index!.writeFiles({ outputPath: join(whole, 'pagefind') });
    await pagefind.close();
    expect(pagefindFiles(fed)).toEqual(pagefindFiles(whole));
  });

  it('leaves out an ignored element to its own end tag, nested elements of its name included, and keeps one it cannot close', () => {
    expect(
      withoutIgnoredParts(
        '<main><div data-pagefind-ignore><div>a</div><div><br>b<div>c</div></div></div><p>jää</p><dl data-pagefind-ignore="all"><dt>x</dt></dl></main>',
      ),
    ).toBe('<main><p>jää</p></main>');
    const unclosed = '<main><p>jää</p><section data-pagefind-ignore><p>auki</main>';
    expect(withoutIgnoredParts(unclosed)).toBe(unclosed);
    // An attribute that only starts like ignore is not one.
    const lookalike = '<main><p data-pagefind-ignored>jää</p></main>';
    expect(withoutIgnoredParts(lookalike)).toBe(lookalike);
  });

  it('gives the same index when Astro renders several pages at a time and they finish out of order', async () => {
    const inOrder = await indexedInPlanOrder('in-order');

    // Two at a time: the second page finishes first; the third is restored from the cache's copy
    // (only there while Astro copies it), the fourth starts once the first is done.
    const parallel = site('parallel');
    const copies = site('cache-copies');
    rmSync(join(parallel, PLAN[2]!));
    const read = (f: string) => readFileSync(join(copies, f), 'utf8');
    const feed2 = new SearchFeed({ restoredFrom: copies });
    feed2.plan(PLAN);
    feed2.started(PLAN[0]!);
    feed2.started(PLAN[1]!);
    feed2.rendered(parallel, PLAN[1]!, read(PLAN[1]!));
    feed2.rendered(parallel, PLAN[0]!, read(PLAN[0]!));
    feed2.started(PLAN[3]!);
    writeFileSync(join(parallel, PLAN[2]!), read(PLAN[2]!));
    feed2.rendered(parallel, PLAN[3]!, read(PLAN[3]!));
    expect(await feed2.finish(parallel)).toEqual({ pages: 4, searchable: 3 });
    expect(pagefindFiles(parallel)).toEqual(pagefindFiles(inOrder));
  });

  it('fails, naming the page, when a built page was not in the plan', async () => {
    const dir = site('unplanned');
    const feed = new SearchFeed();
    feed.plan(PLAN.slice(0, 3));
    await expect(feed.finish(dir)).rejects.toThrow(/not indexed: 404\.html/);
  });

  it('lists the HTML files of a site without Pagefind’s own', () => {
    const dir = site('listing');
    mkdirSync(join(dir, 'pagefind'), { recursive: true });
    writeFileSync(join(dir, 'pagefind/x.html'), '');
    expect(htmlFilesIn(dir)).toEqual(['404.html', 'fi/index.html', 'fi/themes/liikenne/index.html', 'sv/index.html']);
  });
});

describe('the search feed on a thread of its own', () => {
  it('writes the index the feed writes on the build’s thread, from the same calls in the same order', async () => {
    const here = await indexedInPlanOrder('on-this-thread');

    const there = site('on-a-worker');
    const thread = new SearchThread({ vocabulary: {} });
    thread.plan(PLAN);
    for (const f of PLAN) thread.rendered(there, f, readFileSync(join(there, f)));
    expect(await thread.finish(there)).toEqual({
      pages: 4,
      searchable: 3,
      reused: false,
      firstDifference: undefined,
      sentWhileRendering: 3,
    });
    expect(pagefindFiles(there)).toEqual(pagefindFiles(here));
  });

  it('fails the build with the feed’s own message', async () => {
    const dir = site('unplanned-on-a-worker');
    const thread = new SearchThread({ vocabulary: {} });
    thread.plan(PLAN.slice(0, 3));
    await expect(thread.finish(dir)).rejects.toThrow(/not indexed: 404\.html/);
  });
});

describe('a rebuild’s search index', () => {
  const page = (h1: string, count: string) =>
    `<!DOCTYPE html><html lang="fi"><head><title>${h1}</title></head><body><main><h1 data-pagefind-body>${h1}</h1><p data-pagefind-body>Aurataan pyörätiet ensin. <span data-pagefind-ignore>${count} palautetta</span></p><p>Ei haussa: ${count}</p><span hidden data-pagefind-filter="kind:action"></span></main></body></html>`;
  const write = (dir: string, pages: Record<string, string>) => {
    for (const [file, html] of Object.entries(pages)) {
      mkdirSync(dirname(join(dir, file)), { recursive: true });
      writeFileSync(join(dir, file), html);
    }
  };
  /** Builds pages into a fresh folder, as a rebuild does: every page rendered, with the cache folder given. */
  async function index(name: string, pages: Record<string, string>, cache?: string, signature?: string) {
    const dir = join(tmp, name);
    write(dir, pages);
    const feed = new SearchFeed(cache ? { cache: { dir: cache, salt: 'test', ...(signature && { signature }) } } : {});
    feed.plan(Object.keys(pages));
    for (const [file, html] of Object.entries(pages)) feed.rendered(dir, file, html);
    const sent = feed.sentWhileRendering;
    await feed.finish(dir);
    return { reused: feed.reused, files: pagefindFiles(dir), sent };
  }

  it('reads of a page what can change the index: body text and tags, ignored parts’ tags, Pagefind attributes', () => {
    const reads = pagefindReads(searchInput(page('Lumityöt', '12')));
    expect(reads).toContain('Aurataan pyörätiet ensin.');
    // searchInput has left the ignored count out; where an ignored part stays, its tags count, not its text.
    expect(reads).not.toContain('data-pagefind-ignore');
    const whole = pagefindReads(page('Lumityöt', '12'));
    expect(whole).toContain('<span data-pagefind-ignore>');
    expect(whole).not.toContain('12');
    expect(reads).toContain('data-pagefind-filter="kind:action"');
    expect(reads).toContain('<title>\0Lumityöt');
    expect(reads).not.toContain('12');
    expect(pagefindReads(searchInput(page('Lumityöt', '13')))).toBe(reads);
    expect(pagefindReads(searchInput(page('Lumityö', '12')))).not.toBe(reads);
  });

  it('copies the last index when only what search ignores changed, and it is the index a full build makes', async () => {
    const cache = join(tmp, 'cache-counts');
    const before = { 'fi/a/index.html': page('Lumityöt', '12'), 'fi/b/index.html': page('Katuvalot', '3') };
    const after = { 'fi/a/index.html': page('Lumityöt', '14'), 'fi/b/index.html': page('Katuvalot', '5') };
    expect((await index('counts-1', before, cache)).reused).toBe(false);
    const rebuilt = await index('counts-2', after, cache);
    expect(rebuilt.reused).toBe(true);
    expect(rebuilt.files).toEqual((await index('counts-full', after)).files);
  });

  it('makes the index again when a searchable text changed, into a full build’s index', async () => {
    const cache = join(tmp, 'cache-title');
    const before = { 'fi/a/index.html': page('Lumityöt', '12'), 'fi/b/index.html': page('Katuvalot', '3') };
    const after = { 'fi/a/index.html': page('Lumityöt', '12'), 'fi/b/index.html': page('Katuvalot – valmis', '3') };
    await index('title-1', before, cache);
    const rebuilt = await index('title-2', after, cache);
    expect(rebuilt.reused).toBe(false);
    expect(rebuilt.files).toEqual((await index('title-full', after)).files);
    // … and a page added or removed is a different index too.
    expect((await index('title-3', { 'fi/a/index.html': page('Lumityöt', '12') }, cache)).reused).toBe(false);
  });

  it('sends pages from the first one when the data search reads changed, and copies the last index if no page did', async () => {
    const cache = join(tmp, 'cache-signature');
    const before = { 'fi/a/index.html': page('Lumityöt', '12'), 'fi/b/index.html': page('Katuvalot', '3') };
    const counts = { 'fi/a/index.html': page('Lumityöt', '14'), 'fi/b/index.html': page('Katuvalot', '5') };
    const title = { 'fi/a/index.html': page('Lumityöt', '14'), 'fi/b/index.html': page('Katuvalot – valmis', '5') };
    await index('signature-1', before, cache, 'data-1');
    // The same data: pages are held back while they match, and the last index is copied.
    expect(await index('signature-2', counts, cache, 'data-1')).toMatchObject({ reused: true, sent: 0 });
    // Other data, but no page searches differently: every page was sent, and the last index is copied all the same.
    const bet = await index('signature-3', counts, cache, 'data-2');
    expect(bet).toMatchObject({ reused: true, sent: 2 });
    expect(bet.files).toEqual((await index('signature-full-counts', counts)).files);
    // Other data and a changed page: every page was sent from the first, into a full build's index.
    const made = await index('signature-4', title, cache, 'data-3');
    expect(made).toMatchObject({ reused: false, sent: 2 });
    expect(made.files).toEqual((await index('signature-full-title', title)).files);
    // The index it replaced waits beside it for the next build to delete it, which that build does.
    expect(existsSync(join(cache, 'pagefind.replaced'))).toBe(true);
    await index('signature-5', before, cache, 'data-4');
    expect((await index('signature-6', before, cache, 'data-4')).reused).toBe(true);
    expect(existsSync(join(cache, 'pagefind.replaced'))).toBe(false);
  });

  it('does not copy an index whose salt (code, versions, theme words) changed', async () => {
    const cache = join(tmp, 'cache-salt');
    const pages = { 'fi/a/index.html': page('Lumityöt', '12') };
    await index('salt-1', pages, cache);
    const dir = join(tmp, 'salt-2');
    write(dir, pages);
    const feed = new SearchFeed({ cache: { dir: cache, salt: 'other' } });
    feed.plan(Object.keys(pages));
    await feed.finish(dir);
    expect(feed.reused).toBe(false);
  });
});

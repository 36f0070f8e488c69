/**
 * Pagefind indexes the built pages. We call its Node API rather than an Astro integration
 * because astro-pagefind only logs its errors: a broken index must fail the build, not ship a
 * search page that finds nothing.
 *
 * The index is fed while Astro renders (see prerender.ts): Pagefind parses each page in its own
 * process, on the second core, while Node renders the next one, instead of reading the whole
 * site back from disk once rendering is over (the bench profile showed the main thread idle for
 * the 4–5 s that took at 100,000 rows).
 *
 * Pagefind numbers pages in the order they are added, and those numbers are in its index files.
 * Pages are therefore added in one fixed order, the order of Astro's static paths, whether a page
 * was rendered in this build or restored from the incremental-build cache: the same site gives
 * the same index bytes however it was built, and on any file system (`addDirectory` follows the
 * order the file system lists a folder in).
 */
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { tagPattern, VOID_ELEMENTS } from '../core/html.ts';
import { deleteInBackground } from './swap.ts';

type Index = NonNullable<Awaited<ReturnType<typeof pagefind.createIndex>>['index']>;

/** Every .html file under siteDir except Pagefind's own, as sorted `/`-separated relative paths. */
export function htmlFilesIn(siteDir: string): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, e.name);
      if (e.isDirectory()) {
        if (path !== join(siteDir, 'pagefind')) walk(path);
      } else if (e.name.endsWith('.html')) out.push(relative(siteDir, path).split(sep).join('/'));
    }
  };
  walk(siteDir);
  return out.sort();
}

/**
 * What Pagefind is sent of a page: the page's `<html>` tag (its language), its `<title>` and its
 * `<main>`, where the layout puts everything Pagefind reads (`data-pagefind-body`, `-meta`,
 * `-filter`, `-ignore`). The header, menu, footer and the head's links and styles are two-fifths
 * of a page's bytes and never indexed: leaving them out saves their encoding and parsing (10 % of
 * Pagefind's CPU on the 100k city), and the index written is byte for byte the one the whole
 * pages give (checked on the example and the 100k city when this was written). A page with a
 * Pagefind attribute outside <main>, or without one <main>, is sent whole.
 */
export function searchInput(html: string): string {
  const head = html.indexOf('<head>');
  const main = html.indexOf('<main');
  const mainEnd = html.lastIndexOf('</main>');
  if (head < 0 || main < head || mainEnd < main) return html;
  const after = mainEnd + '</main>'.length;
  if (html.lastIndexOf('data-pagefind-', main) >= 0 || html.indexOf('data-pagefind-', after) >= 0) return html;
  const titleStart = html.indexOf('<title>', head);
  const titleEnd = titleStart < 0 ? -1 : html.indexOf('</title>', titleStart);
  const title = titleStart >= 0 && titleEnd < main ? html.slice(titleStart, titleEnd + '</title>'.length) : '';
  return `${html.slice(0, head)}<head>${title}</head><body>${withoutIgnoredParts(html.slice(main, after))}</body></html>`;
}

const IGNORE_ATTRIBUTE = /\sdata-pagefind-ignore(?:[\s=>]|$)/;
/** What Pagefind reads inside an ignored part: a Pagefind attribute other than ignore, or an image. */
const READ_EVEN_IGNORED = /data-pagefind-(?!ignore[\s=>"'])|<img[\s>/]/i;

/**
 * `html` without the elements marked `data-pagefind-ignore` that hold nothing else Pagefind
 * reads: no other `data-pagefind-` attribute (an ignored part's filters and meta still count) and
 * no image (a page's first image can be its result's picture). Pagefind indexes none of their
 * words, but it parses and skips them, and they are half of what the 100k city's pages send it —
 * status badges, fact lists, cards, chart tables — so leaving them out saves a fifth of Pagefind's
 * work and the encoding and piping of 30 MB; the index written is byte for byte the same
 * (test/build/search-index.test.ts, and the 100k city when this was written). An element whose
 * end tag cannot be found is kept.
 */
export function withoutIgnoredParts(html: string): string {
  if (!html.includes('data-pagefind-ignore')) return html;
  const tags = tagPattern();
  const out: string[] = [];
  let kept = 0;
  for (let m = tags.exec(html); m; m = tags.exec(html)) {
    const [, closing, rawName = '', attributes = ''] = m;
    if (closing || !IGNORE_ATTRIBUTE.test(attributes)) continue;
    const name = rawName.toLowerCase();
    if (VOID_ELEMENTS.has(name) || attributes.endsWith('/')) continue;
    const end = endOf(html, tags.lastIndex, name);
    if (end < 0) continue;
    const part = html.slice(m.index, end);
    if (READ_EVEN_IGNORED.test(part)) continue;
    out.push(html.slice(kept, m.index));
    kept = end;
    tags.lastIndex = end;
  }
  out.push(html.slice(kept));
  return out.join('');
}

/** Where the element whose start tag ends at `from` ends (after its end tag), or -1. */
function endOf(html: string, from: number, name: string): number {
  const tags = tagPattern();
  tags.lastIndex = from;
  const open: string[] = [name];
  for (let m = tags.exec(html); m; m = tags.exec(html)) {
    const [, closing, rawName = '', attributes = ''] = m;
    const tagName = rawName.toLowerCase();
    if (closing) {
      const at = open.lastIndexOf(tagName);
      if (at < 0) continue;
      open.length = at;
      if (open.length === 0) return tags.lastIndex;
      continue;
    }
    if (RAW_TEXT.has(tagName)) {
      const close = html.indexOf(`</${tagName}`, tags.lastIndex);
      if (close < 0) return -1;
      tags.lastIndex = close;
      continue;
    }
    if (!VOID_ELEMENTS.has(tagName) && !attributes.endsWith('/')) open.push(tagName);
  }
  return -1;
}

/**
 * Puts every file under `from` at the same place under `to` as a hard link (a copy across file
 * systems). Nothing writes into a built site or the cache in place — the site is replaced whole
 * by renames, the cache's index by a new folder — so sharing the files is safe, and linking the
 * index's 7,000 files is a fraction of copying them.
 */
function linkTree(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const e of readdirSync(from, { withFileTypes: true })) {
    const [source, target] = [join(from, e.name), join(to, e.name)];
    if (e.isDirectory()) linkTree(source, target);
    else
      try {
        linkSync(source, target);
      } catch {
        copyFileSync(source, target);
      }
  }
}

function failIf(errors: readonly string[], what: string): void {
  if (errors.length > 0) throw new Error(`Pagefind could not ${what}: ${errors.join('; ')}`);
}

const UTF8 = new TextDecoder();
const TAG = tagPattern();
/** Elements whose content is text, not markup: skipped to their end tag so a `</div>` in a script closes nothing. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);

/**
 * Everything of a page (as searchInput sends it) that Pagefind's index can depend on, as one
 * string to digest: every tag and text inside `data-pagefind-body` elements, except the text of
 * `data-pagefind-ignore` parts (their tags stay: ids, images, filters); everywhere else, the
 * `<html>` tag, the title and every tag with a `data-pagefind-` attribute, with the text that
 * follows it. It errs towards including too much: a part that cannot change the index but is
 * included only costs a reuse of the index, never a stale one.
 */
export function pagefindReads(html: string): string {
  const out: string[] = [];
  const stack: { name: string; body: boolean; ignore: boolean }[] = [];
  let body = false;
  let ignore = false;
  let keepText = false;
  let last = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    if (m.index > last && ((body && !ignore) || keepText)) out.push(html.slice(last, m.index));
    last = TAG.lastIndex;
    const [tag, closing, rawName = '', attributes = ''] = m;
    const name = rawName.toLowerCase();
    const marked = attributes.includes('data-pagefind-');
    if (closing) {
      if (body) out.push(tag);
      keepText = false;
      const at = stack.findLastIndex((e) => e.name === name);
      if (at >= 0) {
        ({ body, ignore } = stack[at]!);
        stack.length = at;
      }
      continue;
    }
    const inBody: boolean = body || attributes.includes('data-pagefind-body');
    if (inBody || marked || name === 'html' || name === 'title') out.push(tag);
    keepText = marked && !inBody;
    if (RAW_TEXT.has(name)) {
      const close = html.indexOf(`</${name}`, last);
      const end = close < 0 ? html.length : close;
      if ((inBody && !ignore) || name === 'title') out.push(html.slice(last, end));
      last = end;
      TAG.lastIndex = end;
      continue;
    }
    if (VOID_ELEMENTS.has(name) || attributes.endsWith('/')) continue;
    stack.push({ name, body, ignore });
    body = inBody;
    ignore = ignore || attributes.includes('data-pagefind-ignore');
  }
  if (body && !ignore) out.push(html.slice(last));
  return out.join('\0');
}

const digestOf = (html: string): string => createHash('sha256').update(pagefindReads(html)).digest('base64url');

/** What the last build indexed, kept in the cache folder beside a copy of the index it wrote. */
interface SearchRecord {
  /** The record's own version and the caller's salt (code, versions, vocabulary): another one, another index. */
  header: string;
  /** Each HTML file's digest (pagefindReads), or null for a page Pagefind was not sent. */
  pages: Record<string, string | null>;
  /** The caller's digest of the data the searchable text comes from (`signature`), if it gave one. */
  signature?: string;
}

const RECORD_VERSION = 1;
/** Where the index a build replaced waits in the cache folder to be deleted by the next build. */
const REPLACED_INDEX = 'pagefind.replaced';

/** What the build's render loop tells a search feed (session.ts): the plan, and each page as Astro starts and renders it. */
export interface PageFeed {
  plan(files: readonly string[]): void;
  started(file: string): void;
  /** A page's bytes may be taken over (moved to another thread): the caller must not use them after. */
  rendered(siteDir: string, file: string, page: string | Uint8Array): void;
}

/**
 * A search index that takes pages in a planned order. `plan()` names the site's HTML files in the
 * order they must be added; `started()` says Astro has begun to render a page, `rendered()` hands
 * over its bytes as soon as Astro has them (pages may finish out of order when Astro renders
 * several at a time: they wait for the ones before them); a planned page that was passed over is
 * restored from the incremental cache and read from the cache's copy (`restoredFrom`);
 * `finish()` adds the rest, checks that the plan matched the files on disk and writes the index.
 *
 * With a cache folder, a rebuild whose pages give Pagefind exactly what the last build's did (in
 * the same order) copies the last build's index instead of making it again: Pagefind cannot
 * update an index, and remaking it was most of a rebuild's CPU after a data drop that changes
 * only counts and charts (which search does not index). Pages are held back, not sent, while
 * they match the last build page for page; at the first page that differs they are all sent and
 * the index is made as without a cache. A restored page is the last build's page, so its digest
 * is the recorded one and it is not even read unless it has to be sent.
 *
 * Holding back is a bet that nothing searchable changed. The caller's `signature` digests the data
 * searchable text comes from (all of it but the feedback rows): when it differs from the last
 * build's, the bet is off and pages are sent from the first one, so Pagefind indexes while Astro
 * renders instead of starting at the first changed page (an edited action's page comes two thirds
 * of the way through a city's plan). Whether the last index is copied is still decided by the
 * pages alone: if none differs after all, what Pagefind was sent is dropped.
 */
export class SearchFeed implements PageFeed {
  #index: Promise<Index>;
  #plan: string[] = [];
  #position = new Map<string, number>();
  #next = 0;
  #pending: Promise<unknown>[] = [];
  #errors: string[] = [];
  #added = 0;
  #prepare: (html: string) => string;
  #cache?: { dir: string; header: string; signature?: string; previous?: SearchRecord };
  /** The last build's replaced index, being deleted while this build renders. */
  #cleared: Promise<void> = Promise.resolve();
  /** This build's record, filled as pages are added. */
  #pages: Record<string, string | null> = {};
  /** Searchable pages so far, as `file\0digest`, and the last build's, to compare position by position. */
  #sequence: string[] = [];
  #previousSequence: string[] = [];
  /** Pages not yet sent to Pagefind because every page so far matched the last build (content, or read later). */
  #held: { file: string; html?: string }[] | undefined;
  /** Whether every searchable page so far is the last build's, in the same place. */
  #matching = false;
  #siteDir = '';
  /** Where Astro's incremental build keeps the copies it restores pages from. */
  #restoredDir: string | undefined;
  /** By plan position: Astro began rendering it, has rendered it (its HTML waits in #html), or restored it. */
  #state: ('rendering' | 'rendered' | 'restored' | undefined)[] = [];
  #html = new Map<number, string>();
  /** The last plan position Astro has begun to render. */
  #started = -1;
  /** Pages sent to Pagefind before finish() was called, i.e. while Astro was still rendering. */
  sentWhileRendering = 0;
  #finishing = false;
  /** Whether finish() copied the last build's index. */
  reused = false;
  /** The first page that differed from the last build's (and so made the index be made again). */
  firstDifference: string | undefined;

  /**
   * `prepare` changes a searchable page's HTML before Pagefind reads it, the same way whether the
   * page was rendered or restored from disk (build/search-terms.ts adds compound words).
   * `cache` is a folder kept between builds (the content root's .kuultu/cache/search) and a salt
   * digesting everything else the index depends on: the code that makes it, Pagefind's version and
   * what `prepare` adds.
   */
  constructor(
    options: {
      prepare?: (html: string) => string;
      cache?: { dir: string; salt: string; signature?: string };
      restoredFrom?: string;
    } = {},
  ) {
    this.#prepare = options.prepare ?? ((html) => html);
    this.#restoredDir = options.restoredFrom;
    if (options.cache) {
      const header = `${RECORD_VERSION}\0${options.cache.salt}`;
      this.#cache = { dir: options.cache.dir, header };
      if (options.cache.signature !== undefined) this.#cache.signature = options.cache.signature;
      // Deleted on the thread pool while Astro bundles: at the end of a build it was half a second.
      // Renamed away at once (deleteInBackground), so this build may put its own replaced index there;
      // a failure to delete leaves only a folder behind, never an unhandled rejection.
      this.#cleared = deleteInBackground(join(options.cache.dir, REPLACED_INDEX)).catch(() => undefined);
      try {
        const previous = JSON.parse(readFileSync(join(options.cache.dir, 'pages.json'), 'utf8')) as SearchRecord;
        if (previous.header === header && existsSync(join(options.cache.dir, 'pagefind'))) {
          this.#cache.previous = previous;
          this.#matching = true;
          if (previous.signature === options.cache.signature) this.#held = [];
        }
      } catch {
        // No record (a first build, or the last one failed): the index is made from the pages.
      }
    }
    this.#index = pagefind.createIndex({}).then(({ index, errors }) => {
      if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
      return index;
    });
    // Surfaced by finish(); without a handler a failed start would be an unhandled rejection.
    this.#index.catch(() => undefined);
  }

  /** The site's HTML files, relative to the output folder, in the order they are to be added. */
  plan(files: readonly string[]): void {
    this.#plan = [...files];
    this.#position = new Map(files.map((f, i) => [f, i]));
    this.#next = 0;
    this.#state = [];
    this.#started = -1;
    const previous = this.#cache?.previous;
    if (previous) {
      this.#previousSequence = Object.entries(previous.pages)
        .filter(([, digest]) => digest !== null)
        .map(([file, digest]) => `${file}\0${digest}`);
    }
    // From here on the cache's record and index describe no build until finish() writes them again:
    // a build that fails half-way leaves the cache's pages and this record out of step.
    if (this.#cache) rmSync(join(this.#cache.dir, 'pages.json'), { force: true });
  }

  #send(file: string, html: string): void {
    if (!this.#finishing) this.sentWhileRendering++;
    const prepared = this.#prepare(searchInput(html));
    const added = this.#index
      .then((index) => index.addHTMLFile({ sourcePath: file, content: prepared }))
      .then((r) => this.#errors.push(...r.errors.map((e) => `${file}: ${e}`)));
    // Not waited for when the last index is copied after all: Pagefind is stopped instead.
    added.catch(() => undefined);
    this.#pending.push(added);
  }

  /** Sends the pages held back: from here on the index is made, not copied. */
  #release(): void {
    const held = this.#held ?? [];
    this.#held = undefined;
    for (const { file, html } of held) this.#send(file, html ?? this.#read(file));
  }

  /**
   * A page in plan order: its HTML (rendered), or undefined for a page restored from the cache,
   * read only when needed.
   */
  #add(file: string, html: string | undefined): void {
    const recorded = html === undefined ? this.#cache?.previous?.pages[file] : undefined;
    let digest: string | null;
    if (recorded !== undefined) digest = recorded;
    else {
      html ??= this.#read(file);
      // Pagefind leaves out every page without data-pagefind-body once one page has it, as the
      // layout's searchable pages all do (posters, the 404 page and redirects do not): such pages
      // are not sent at all, which saves Pagefind parsing them and leaves the index bytes the same.
      digest = !html.includes('data-pagefind-body') ? null : this.#cache ? digestOf(searchInput(html)) : '';
    }
    this.#pages[file] = digest;
    if (digest === null) return;
    this.#added++;
    const entry = `${file}\0${digest}`;
    if (this.#matching && this.#previousSequence[this.#sequence.length] !== entry) {
      this.#matching = false;
      this.firstDifference = file;
      this.#release();
    }
    this.#sequence.push(entry);
    if (this.#held) this.#held.push({ file, html });
    else this.#send(file, html ?? this.#read(file));
  }

  /**
   * Astro has begun to render `file` (it is not restored from the cache). Astro starts its pages in
   * the plan's order, up to build.concurrency at a time, and decides at each start whether the
   * page is restored: so once a page has begun, every earlier page that has not is restored, and
   * its bytes are the cache's copy.
   */
  started(file: string): void {
    const at = this.#position.get(file);
    if (at === undefined) return;
    if (at < this.#next || this.#state[at] !== undefined) {
      this.#errors.push(`${file} was rendered out of the planned order`);
      return;
    }
    this.#state[at] = 'rendering';
    this.#started = Math.max(this.#started, at);
    this.#advance();
  }

  /** A page Astro has just rendered. Pages not in the plan are left for finish() to report. */
  rendered(siteDir: string, file: string, page: string | Uint8Array): void {
    this.#siteDir = siteDir;
    const html = typeof page === 'string' ? page : UTF8.decode(page);
    const at = this.#position.get(file);
    if (at === undefined) return;
    if (this.#state[at] === undefined) this.started(file);
    if (this.#state[at] !== 'rendering') return;
    this.#state[at] = 'rendered';
    this.#html.set(at, html);
    this.#advance();
  }

  /** Adds pages in plan order as far as it is known what each is: rendered, or restored from the cache. */
  #advance(): void {
    for (; this.#next <= this.#started; this.#next++) {
      const state = this.#state[this.#next];
      const file = this.#plan[this.#next]!;
      if (state === 'rendering') return;
      if (state === 'rendered') {
        this.#add(file, this.#html.get(this.#next));
        this.#html.delete(this.#next);
      } else {
        // Restored: Astro copies the cache's copy. Without one (it was deleted) Astro renders the
        // page after all, so it is waited for.
        if (!this.#restoredDir || !existsSync(join(this.#restoredDir, file))) return;
        this.#state[this.#next] = 'restored';
        this.#add(file, undefined);
      }
    }
  }

  /** A page's bytes as this build publishes them (a restored page's from the cache's copy while Astro copies it). */
  #read(file: string): string {
    const at = this.#position.get(file);
    const copy = at !== undefined && this.#state[at] === 'restored' && this.#restoredDir;
    return readFileSync(join(copy || this.#siteDir, file), 'utf8');
  }

  /** Adds the planned pages not yet added, checks the plan against the site and writes the index. */
  async finish(siteDir: string): Promise<{ pages: number; searchable: number }> {
    this.#siteDir = siteDir;
    this.#finishing = true;
    const index = await this.#index;
    try {
      // Every page is on disk now: the rest are added from it, in plan order.
      for (; this.#next < this.#plan.length; this.#next++) {
        this.#add(this.#plan[this.#next]!, this.#html.get(this.#next));
        this.#html.delete(this.#next);
      }
      const onDisk = htmlFilesIn(siteDir);
      // Sets both ways: `includes` over 7,757 files for each of 7,757 pages was 1.2 s of a rebuild's profile.
      const planned = new Set(this.#plan);
      const built = new Set(onDisk);
      const missing = onDisk.filter((f) => !planned.has(f));
      const extra = this.#plan.filter((f) => !built.has(f));
      if (missing.length || extra.length)
        this.#errors.push(
          `the pages indexed differ from the pages built (not indexed: ${missing.slice(0, 5).join(', ') || 'none'}; indexed but not built: ${extra.slice(0, 5).join(', ') || 'none'})`,
        );
      const output = join(siteDir, 'pagefind');
      const cache = this.#cache;
      this.reused = cache !== undefined && this.#matching && this.#sequence.length === this.#previousSequence.length;
      if (cache && this.reused) {
        failIf(this.#errors, 'index the site');
      } else {
        this.#release();
        await Promise.all(this.#pending);
        failIf(this.#errors, 'index the site');
        // With a cache the index is written there and linked into the site (below), so keeping it
        // for the next build costs no copy of its 7,000 files.
        const target = cache ? join(cache.dir, 'pagefind.next') : output;
        rmSync(target, { recursive: true, force: true });
        const written = await index.writeFiles({ outputPath: target });
        failIf(written.errors, 'write its index');
        if (cache) {
          // The index it replaces is moved aside, and deleted by the next build (#cleared).
          if (existsSync(join(cache.dir, 'pagefind')))
            renameSync(join(cache.dir, 'pagefind'), join(cache.dir, REPLACED_INDEX));
          renameSync(target, join(cache.dir, 'pagefind'));
        }
      }
      if (cache) linkTree(join(cache.dir, 'pagefind'), output);
      if (cache) {
        mkdirSync(cache.dir, { recursive: true });
        const record: SearchRecord = { header: cache.header, pages: this.#pages };
        if (cache.signature !== undefined) record.signature = cache.signature;
        writeFileSync(join(cache.dir, 'pages.json'), JSON.stringify(record));
      }
      return { pages: this.#plan.length, searchable: this.#added };
    } finally {
      // Pages sent on a lost bet are not indexed to the end only to be dropped.
      if (!(this.reused && this.#held === undefined)) await index.deleteIndex();
      await pagefind.close();
      await this.#cleared;
    }
  }

  /** Stops Pagefind without writing anything (the build failed). */
  async abandon(): Promise<void> {
    try {
      const index = await this.#index;
      await Promise.allSettled(this.#pending);
      await index.deleteIndex();
    } catch {
      // Pagefind never started: nothing to stop.
    }
    await pagefind.close();
  }
}

/** The whole built site indexed at once, in file-name order (a site built without the feed). */
export async function indexSite(siteDir: string): Promise<{ pages: number; searchable: number }> {
  const feed = new SearchFeed();
  feed.plan(htmlFilesIn(siteDir));
  return feed.finish(siteDir);
}

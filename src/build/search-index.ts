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
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';

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
  return `${html.slice(0, head)}<head>${title}</head><body>${html.slice(main, after)}</body></html>`;
}

function failIf(errors: readonly string[], what: string): void {
  if (errors.length > 0) throw new Error(`Pagefind could not ${what}: ${errors.join('; ')}`);
}

/**
 * A search index that takes pages in a planned order. `plan()` names the site's HTML files in the
 * order they must be added; `rendered()` hands over a page's bytes as soon as Astro has them;
 * `restoredBefore()` adds, from disk, the planned pages before a position that were not rendered
 * (the incremental cache restored them); `finish()` adds the rest, checks that the plan matched
 * the files on disk and writes the index.
 */
export class SearchFeed {
  #index: Promise<Index>;
  #plan: string[] = [];
  #position = new Map<string, number>();
  #next = 0;
  #pending: Promise<unknown>[] = [];
  #errors: string[] = [];
  #added = 0;
  #prepare: (html: string) => string;

  /**
   * `prepare` changes a searchable page's HTML before Pagefind reads it, the same way whether the
   * page was rendered or restored from disk (build/search-terms.ts adds compound words).
   */
  constructor(options: { prepare?: (html: string) => string } = {}) {
    this.#prepare = options.prepare ?? ((html) => html);
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
  }

  #add(file: string, content: string): void {
    // Pagefind leaves out every page without data-pagefind-body once one page has it, as the
    // layout's searchable pages all do (posters, the 404 page and redirects do not): such pages
    // are not sent at all, which saves Pagefind parsing them and leaves the index bytes the same.
    if (!content.includes('data-pagefind-body')) return;
    this.#added++;
    const prepared = this.#prepare(searchInput(content));
    this.#pending.push(
      this.#index
        .then((index) => index.addHTMLFile({ sourcePath: file, content: prepared }))
        .then((r) => this.#errors.push(...r.errors.map((e) => `${file}: ${e}`))),
    );
  }

  /** Adds, from siteDir, every planned page before `file` that has not been added. */
  restoredBefore(siteDir: string, file: string): void {
    const at = this.#position.get(file);
    if (at === undefined) return;
    for (; this.#next < at; this.#next++) {
      const f = this.#plan[this.#next]!;
      this.#add(f, readFileSync(join(siteDir, f), 'utf8'));
    }
  }

  /** A page Astro has just rendered. Pages not in the plan are left for finish() to report. */
  rendered(siteDir: string, file: string, html: string): void {
    const at = this.#position.get(file);
    if (at === undefined || at < this.#next) {
      this.#errors.push(`${file} was rendered out of the planned order`);
      return;
    }
    this.restoredBefore(siteDir, file);
    this.#add(file, html);
    this.#next = at + 1;
  }

  /** Adds the planned pages not yet added, checks the plan against the site and writes the index. */
  async finish(siteDir: string): Promise<{ pages: number; searchable: number }> {
    const index = await this.#index;
    try {
      for (; this.#next < this.#plan.length; this.#next++) {
        const f = this.#plan[this.#next]!;
        this.#add(f, readFileSync(join(siteDir, f), 'utf8'));
      }
      await Promise.all(this.#pending);
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
      failIf(this.#errors, 'index the site');
      const written = await index.writeFiles({ outputPath: join(siteDir, 'pagefind') });
      failIf(written.errors, 'write its index');
      return { pages: this.#plan.length, searchable: this.#added };
    } finally {
      await index.deleteIndex();
      await pagefind.close();
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

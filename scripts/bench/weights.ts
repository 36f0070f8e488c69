/**
 * What a built site weighs: per page kind, the HTML and CSS a reader downloads and the JavaScript
 * the page loads (gzipped, everything it loads, transitively), checked against the page-weight
 * budgets (PRODUCT.md §7); pages per language and the size of dist/.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { htmlFilesIn } from '../../src/build/search-index.ts';
import { fmtKb, median, table, treeBytes } from './lib.ts';

/** Page-weight budgets, in bytes (1 kB = 1000 bytes). */
export const BUDGET = { chartJsGzip: 60_000, themeHtmlCssGzip: 50_000 };

export function pageKind(rel: string): string {
  const parts = rel.split('/');
  if (rel === 'index.html') return 'root redirect';
  if (rel === '404.html' || parts.at(-1) === '404.html') return '404';
  if (parts.length === 2) return 'home';
  const section = parts[1]!;
  const deep = parts.length > 3;
  const lists: Record<string, [string, string]> = {
    themes: ['themes list', 'theme'],
    actions: ['actions list', 'action'],
    bodies: ['bodies', 'body'],
    meetings: ['meetings', 'meeting'],
    surveys: ['surveys', 'survey'],
    votes: ['votes', 'vote'],
    posters: ['posters', 'poster'],
    pages: ['pages', 'page'],
  };
  if (section === 'actions' && parts[2] === 'status') return 'actions by status';
  const pair = lists[section];
  if (pair) return deep ? pair[1] : pair[0];
  if (section === 'accessibility' || section === 'open-data' || section === 'search')
    return deep ? `${section} (sub)` : section;
  return `other (${section})`;
}

const KIND_ORDER = [
  'root redirect',
  'home',
  'themes list',
  'theme',
  'actions list',
  'actions by status',
  'action',
  'bodies',
  'body',
  'meetings',
  'meeting',
  'surveys',
  'survey',
  'votes',
  'vote',
  'pages',
  'page',
  'accessibility',
  'open-data',
  'posters',
  'poster',
  'search',
  '404',
];

interface PageWeight {
  path: string;
  kind: string;
  lang: string;
  htmlBytes: number;
  htmlGzip: number;
  cssGzip: number;
  jsGzip: number;
  chart: boolean;
}

function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return m ? (m[1] ?? m[2] ?? m[3]) : undefined;
}
/** A local URL as a file in the built site, or undefined for other hosts. */
function localFile(site: string, fromUrlPath: string, url: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(url)) return undefined;
  const clean = url.split(/[?#]/)[0]!;
  const urlPath = clean.startsWith('/') ? clean : posix.join(posix.dirname(fromUrlPath), clean);
  return join(site, ...urlPath.split('/').filter(Boolean));
}
const STATIC_IMPORT = /\b(?:import|export)\s*(?:[^'"`;()]*?\bfrom\s*)?["']([^"'\s]+\.m?js)["']/g;

class Weigher {
  #gzip = new Map<string, number>();
  readonly site: string;
  constructor(site: string) {
    this.site = site;
  }

  fileGzip(path: string): number {
    let n = this.#gzip.get(path);
    if (n === undefined) {
      n = existsSync(path) ? gzipSync(readFileSync(path)).length : 0;
      this.#gzip.set(path, n);
    }
    return n;
  }

  /** A module and its static imports, transitively (dynamic import() is loaded later, on demand). */
  moduleGraph(entryUrl: string, seen: Set<string>): void {
    const file = localFile(this.site, '/', entryUrl);
    if (!file || seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    const urlPath = `/${relative(this.site, file).split(sep).join('/')}`;
    for (const m of code.matchAll(STATIC_IMPORT))
      this.moduleGraph(posix.join(posix.dirname(urlPath), m[1]!).replace(/^(?!\/)/, '/'), seen);
  }

  page(rel: string): PageWeight {
    const urlPath = `/${rel}`;
    const html = readFileSync(join(this.site, rel), 'utf8');
    const css = new Set<string>();
    const js = new Set<string>();
    const asUrl = (f: string): string => `/${relative(this.site, f).split(sep).join('/')}`;
    let inlineJs = '';
    for (const m of html.matchAll(/<link\b[^>]*>/gi)) {
      const tag = m[0];
      if (!/\brel\s*=\s*["']?[^"'>]*\bstylesheet\b/i.test(tag)) continue;
      const href = attr(tag, 'href');
      const f = href ? localFile(this.site, urlPath, href) : undefined;
      if (f) css.add(f);
    }
    for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
      const tag = m[1]!;
      const type = (attr(tag, 'type') ?? '').toLowerCase();
      if (type !== '' && type !== 'module' && type !== 'text/javascript' && type !== 'application/javascript') continue; // JSON data, ld+json
      const src = attr(tag, 'src');
      if (src) {
        const f = localFile(this.site, urlPath, src);
        if (f) this.moduleGraph(asUrl(f), js);
      } else if (m[2]!.trim() !== '') {
        inlineJs += m[2];
        if (type === 'module')
          for (const i of m[2]!.matchAll(STATIC_IMPORT)) {
            const f = localFile(this.site, urlPath, i[1]!);
            if (f) this.moduleGraph(asUrl(f), js);
          }
      }
    }
    const sum = (files: Set<string>): number => [...files].reduce((n, f) => n + this.fileGzip(f), 0);
    return {
      path: urlPath,
      kind: pageKind(rel),
      lang: /<html\b[^>]*\blang="([^"]+)"/i.exec(html)?.[1] ?? '?',
      htmlBytes: Buffer.byteLength(html),
      htmlGzip: gzipSync(html).length,
      cssGzip: sum(css),
      jsGzip: sum(js) + (inlineJs ? gzipSync(inlineJs).length : 0),
      chart: /<canvas\b[^>]*\bdata-chart\b/i.test(html),
    };
  }
}

export interface KindSummary {
  kind: string;
  pages: number;
  /** Median of HTML + CSS gzipped, bytes. */
  htmlCssGzipMedian: number;
  htmlCssGzipMax: number;
  /** Median of the JavaScript the page loads, gzipped, bytes. */
  jsGzipMedian: number;
  jsGzipMax: number;
  htmlMedian: number;
  chartPages: number;
  overBudget: string[];
}
export interface SiteWeights {
  pages: number;
  pagesByLang: Record<string, number>;
  distBytes: number;
  htmlBytes: number;
  kinds: KindSummary[];
}

function summarise(kind: string, ps: readonly PageWeight[]): KindSummary {
  const overBudget: string[] = [];
  const jsWithout = ps.filter((p) => p.jsGzip > 0 && !p.chart && kind !== 'search');
  if (jsWithout.length)
    overBudget.push(`${jsWithout.length} page(s) load JS without a chart or search (e.g. ${jsWithout[0]!.path})`);
  const heavyCharts = ps.filter((p) => p.chart && p.jsGzip > BUDGET.chartJsGzip);
  if (heavyCharts.length)
    overBudget.push(
      `${heavyCharts.length} chart page(s) over ${fmtKb(BUDGET.chartJsGzip)} kB JS gzipped (max ${fmtKb(Math.max(...heavyCharts.map((p) => p.jsGzip)))} kB)`,
    );
  if (kind === 'theme') {
    const heavy = ps.filter((p) => p.htmlGzip + p.cssGzip > BUDGET.themeHtmlCssGzip);
    if (heavy.length)
      overBudget.push(
        `${heavy.length} theme page(s) over ${fmtKb(BUDGET.themeHtmlCssGzip)} kB HTML+CSS gzipped (max ${fmtKb(Math.max(...heavy.map((p) => p.htmlGzip + p.cssGzip)))} kB, ${heavy[0]!.path})`,
      );
  }
  const htmlCss = ps.map((p) => p.htmlGzip + p.cssGzip);
  return {
    kind,
    pages: ps.length,
    htmlCssGzipMedian: median(htmlCss),
    htmlCssGzipMax: Math.max(...htmlCss),
    jsGzipMedian: median(ps.map((p) => p.jsGzip)),
    jsGzipMax: Math.max(...ps.map((p) => p.jsGzip)),
    htmlMedian: median(ps.map((p) => p.htmlBytes)),
    chartPages: ps.filter((p) => p.chart).length,
    overBudget,
  };
}

export function siteWeights(site: string): SiteWeights {
  const weigher = new Weigher(site);
  const pages = htmlFilesIn(site).map((rel) => weigher.page(rel));
  const byKind = new Map<string, PageWeight[]>();
  const pagesByLang: Record<string, number> = {};
  for (const p of pages) {
    byKind.set(p.kind, [...(byKind.get(p.kind) ?? []), p]);
    pagesByLang[p.lang] = (pagesByLang[p.lang] ?? 0) + 1;
  }
  const order = (k: string): number => (KIND_ORDER.includes(k) ? KIND_ORDER.indexOf(k) : KIND_ORDER.length);
  const kinds = [...byKind.entries()]
    .sort(([a], [b]) => order(a) - order(b) || (a < b ? -1 : 1))
    .map(([kind, ps]) => summarise(kind, ps));
  return {
    pages: pages.length,
    pagesByLang,
    distBytes: treeBytes(site),
    htmlBytes: pages.reduce((n, p) => n + p.htmlBytes, 0),
    kinds,
  };
}

export function weightsTable(w: SiteWeights): string {
  return table(
    ['kind', 'pages', 'HTML+CSS gz median kB', 'max', 'JS gz median kB', 'max', 'charts', 'budget'],
    w.kinds.map((k) => [
      k.kind,
      String(k.pages),
      fmtKb(k.htmlCssGzipMedian),
      fmtKb(k.htmlCssGzipMax),
      fmtKb(k.jsGzipMedian),
      fmtKb(k.jsGzipMax),
      String(k.chartPages),
      k.overBudget.length ? 'OVER' : 'ok',
    ]),
    (i) => i > 0 && i < 7,
  );
}

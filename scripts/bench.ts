/**
 * `npm run bench [-- --runs 3] [-- --site auto|10k|100k|none] [-- --max-build-seconds 300] [-- --keep]`
 *
 * Generates city-scale data (scripts/generate-city.ts) at 10k and 100k feedback rows, validates
 * each in fresh child processes (time and peak memory), checks that validation grows linearly,
 * builds a site, and prints per page kind the bytes of HTML and the gzipped CSS and JS each page
 * loads, against the page-weight budgets. Numbers also go to bench-out/bench.json.
 *
 * `--site auto` (the default) builds the 10k site first, estimates the 100k build from it, and
 * builds 100k only if the estimate is within --max-build-seconds; the output says which it built.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, posix, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { CITY_SOURCE_DATE_EPOCH, generateCity, type CityOptions } from './generate-city.ts';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const NODE = process.execPath;
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
const ENV = { ...process.env, SOURCE_DATE_EPOCH: CITY_SOURCE_DATE_EPOCH };

/** Page-weight budgets (PRODUCT.md §7, the bench issue), in bytes (1 kB = 1000 bytes). */
const BUDGET = { chartJsGzip: 60_000, themeHtmlCssGzip: 50_000, validate100kMs: 2000 };

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    site: { type: 'string', default: 'auto' },
    'max-build-seconds': { type: 'string', default: '300' },
    keep: { type: 'boolean', default: false },
  },
});
const RUNS = Math.max(1, Number(args.runs) || 3);
const MAX_BUILD_SECONDS = Number(args['max-build-seconds']) || 300;

const SIZES = [
  { name: '10k', feedback: 10_000, actions: 200, meetings: 30 },
  { name: '100k', feedback: 100_000, actions: 2000, meetings: 300 },
] as const;
type SizeName = (typeof SIZES)[number]['name'];

// ---------------------------------------------------------------------------------------------
// Small helpers

function fmtMs(ms: number): string {
  return ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`;
}
function fmtKb(bytes: number): string {
  return (bytes / 1000).toFixed(1);
}
function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}
function table(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  rightAlign: (i: number) => boolean = (i) => i > 0,
): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: readonly string[]): string =>
    r
      .map((c, i) => (rightAlign(i) ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

interface Timed {
  wallMs: number;
  /** Peak resident set size of the process tree's largest process (GNU time %M), in MB. */
  maxRssMb?: number;
  cpuMs?: number;
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node script args…` in a fresh process, under /usr/bin/time when the machine has it. */
function runNode(script: string, scriptArgs: readonly string[]): Timed {
  const statsFile = join(tmpdir(), `kuultu-bench-time-${process.pid}.txt`);
  const command = TIME ? TIME : NODE;
  const commandArgs = TIME
    ? ['-o', statsFile, '-f', '%e %U %S %M', NODE, script, ...scriptArgs]
    : [script, ...scriptArgs];
  const started = performance.now();
  const child = spawnSync(command, commandArgs, { cwd: REPO, env: ENV, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const wallMs = performance.now() - started;
  const timed: Timed = { wallMs, status: child.status, stdout: child.stdout ?? '', stderr: child.stderr ?? '' };
  if (TIME && existsSync(statsFile)) {
    const last = readFileSync(statsFile, 'utf8').trim().split('\n').at(-1) ?? '';
    const [, user, sys, rssKb] = last.split(/\s+/).map(Number);
    if (Number.isFinite(rssKb)) timed.maxRssMb = rssKb! / 1024;
    if (Number.isFinite(user) && Number.isFinite(sys)) timed.cpuMs = (user! + sys!) * 1000;
    rmSync(statsFile, { force: true });
  }
  return timed;
}

// ---------------------------------------------------------------------------------------------
// 1. Data

const work = mkdtempSync(join(tmpdir(), 'kuultu-bench-'));
console.log(
  `kuultu bench — ${cpus().length} CPU(s) (${cpus()[0]?.model ?? 'unknown'}), Node ${process.version}, load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
const busy = loadavg()[0]! > cpus().length;
if (busy)
  console.log(
    `the machine is busy (load ${loadavg()[0]!.toFixed(1)} on ${cpus().length} CPUs): wall times are inflated, CPU times are the better guide`,
  );
console.log(`working folder: ${work}${args.keep ? ' (kept)' : ' (removed at the end)'}\n`);

const roots = {} as Record<SizeName, string>;
const generation: Record<string, { ms: number; feedback: number; actions: number; meetings: number }> = {};
for (const size of SIZES) {
  const options: CityOptions = {
    out: join(work, size.name),
    feedback: size.feedback,
    actions: size.actions,
    meetings: size.meetings,
    seed: 1,
  };
  const started = performance.now();
  generateCity(options);
  const ms = performance.now() - started;
  roots[size.name] = options.out;
  generation[size.name] = { ms, feedback: size.feedback, actions: size.actions, meetings: size.meetings };
  console.log(
    `generated ${size.name}: ${size.feedback} feedback rows, ${size.actions} actions, ${size.meetings} meetings in ${fmtMs(ms)}`,
  );
}

// ---------------------------------------------------------------------------------------------
// 2. Validation, each run in a fresh process

interface ValidationRun {
  validateMs: number;
  validateCpuMs: number;
  startupMs: number;
  cpuMs: number;
  maxRssMb: number;
  processWallMs: number;
  errors: number;
  warnings: number;
}
const validation: Record<
  string,
  {
    runs: ValidationRun[];
    validateMs: number;
    validateMedianMs: number;
    validateCpuMs: number;
    processWallMs: number;
    cpuMs: number;
    maxRssMb: number;
  }
> = {};
console.log(`\nValidation (loadProject in a fresh process, ${RUNS} run(s) each; best and median)`);
for (const size of SIZES) {
  const runs: ValidationRun[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = runNode('scripts/bench-validate.ts', [roots[size.name]]);
    const line = t.stdout.trim().split('\n').at(-1) ?? '';
    if (t.status !== 0 || !line.startsWith('{')) {
      console.error(`validation of ${size.name} failed:\n${t.stdout}\n${t.stderr}`);
      process.exit(1);
    }
    const r = JSON.parse(line) as Omit<ValidationRun, 'processWallMs'>;
    if (r.errors > 0 || r.warnings > 0) {
      console.error(
        `the generated ${size.name} data has ${r.errors} error(s) and ${r.warnings} warning(s): fix scripts/generate-city.ts`,
      );
      process.exit(1);
    }
    runs.push({ ...r, processWallMs: t.wallMs, maxRssMb: Math.max(r.maxRssMb, t.maxRssMb ?? 0) });
  }
  validation[size.name] = {
    runs,
    validateMs: Math.min(...runs.map((r) => r.validateMs)),
    validateMedianMs: median(runs.map((r) => r.validateMs)),
    validateCpuMs: Math.min(...runs.map((r) => r.validateCpuMs)),
    processWallMs: Math.min(...runs.map((r) => r.processWallMs)),
    cpuMs: Math.min(...runs.map((r) => r.cpuMs)),
    maxRssMb: Math.max(...runs.map((r) => r.maxRssMb)),
  };
}
const v10 = validation['10k']!;
const v100 = validation['100k']!;
// Wall time on a busy machine says more about the neighbours than about kuultu: growth is judged
// on CPU time, which other processes do not inflate as much.
const growth = v100.validateCpuMs / v10.validateCpuMs;
const growthWall = v100.validateMs / v10.validateMs;
console.log(
  table(
    ['rows', 'loadProject wall (best)', 'median', 'loadProject CPU', 'whole process wall', 'process CPU', 'peak RSS'],
    SIZES.map((s) => {
      const v = validation[s.name]!;
      return [
        s.name,
        fmtMs(v.validateMs),
        fmtMs(v.validateMedianMs),
        fmtMs(v.validateCpuMs),
        fmtMs(v.processWallMs),
        fmtMs(v.cpuMs),
        `${Math.round(v.maxRssMb)} MB`,
      ];
    }),
  ),
);
const linear = growth <= 12;
console.log(
  `growth 10k → 100k rows: ×${growth.toFixed(1)} CPU time (×${growthWall.toFixed(1)} wall) for ×10 rows — ${linear ? 'linear' : 'worse than linear'}; ${(v10.validateCpuMs / 10).toFixed(0)} → ${(v100.validateCpuMs / 100).toFixed(0)} ms CPU per 1000 rows`,
);
const validateOk = v100.validateMs <= BUDGET.validate100kMs;
const cpuOk = v100.validateCpuMs <= BUDGET.validate100kMs;
console.log(
  `target: 100k rows validated in ≤ ${BUDGET.validate100kMs / 1000} s — ${validateOk ? 'met' : busy && cpuOk ? 'not verifiable on this busy machine' : 'MISSED'} (wall ${fmtMs(v100.validateMs)}, CPU ${fmtMs(v100.validateCpuMs)})`,
);

// ---------------------------------------------------------------------------------------------
// 3. Build and page weights

type Kind = string;
function pageKind(rel: string): Kind {
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

interface PageWeight {
  path: string;
  kind: Kind;
  htmlBytes: number;
  htmlGzip: number;
  cssGzip: number;
  jsGzip: number;
  chart: boolean;
  jsFiles: string[];
}

const gzipCache = new Map<string, number>();
function gzipSize(data: Buffer | string): number {
  return gzipSync(data).length;
}
function fileGzip(path: string): number {
  let n = gzipCache.get(path);
  if (n === undefined) {
    n = existsSync(path) ? gzipSize(readFileSync(path)) : 0;
    gzipCache.set(path, n);
  }
  return n;
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
/** A module and its static imports, transitively (dynamic import() is loaded later, on demand). */
function moduleGraph(site: string, entryUrl: string, seen: Set<string>): void {
  const file = localFile(site, '/', entryUrl);
  if (!file || seen.has(file) || !existsSync(file)) return;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  const urlPath = `/${relative(site, file).split(sep).join('/')}`;
  for (const m of code.matchAll(STATIC_IMPORT))
    moduleGraph(site, posix.join(posix.dirname(urlPath), m[1]!).replace(/^(?!\/)/, '/'), seen);
}

function pageWeight(site: string, file: string): PageWeight {
  const rel = relative(site, file).split(sep).join('/');
  const urlPath = `/${rel}`;
  const html = readFileSync(file, 'utf8');
  const css = new Set<string>();
  const js = new Set<string>();
  let inlineJs = '';
  for (const m of html.matchAll(/<link\b[^>]*>/gi)) {
    const tag = m[0];
    if (!/\brel\s*=\s*["']?[^"'>]*\bstylesheet\b/i.test(tag)) continue;
    const href = attr(tag, 'href');
    const f = href ? localFile(site, urlPath, href) : undefined;
    if (f) css.add(f);
  }
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const tag = m[1]!;
    const type = (attr(tag, 'type') ?? '').toLowerCase();
    if (type !== '' && type !== 'module' && type !== 'text/javascript' && type !== 'application/javascript') continue; // JSON data, ld+json
    const src = attr(tag, 'src');
    if (src) {
      const f = localFile(site, urlPath, src);
      if (f) moduleGraph(site, `/${relative(site, f).split(sep).join('/')}`, js);
    } else if (m[2]!.trim() !== '') {
      inlineJs += m[2];
      if (type === 'module')
        for (const i of m[2]!.matchAll(STATIC_IMPORT)) {
          const f = localFile(site, urlPath, i[1]!);
          if (f) moduleGraph(site, `/${relative(site, f).split(sep).join('/')}`, js);
        }
    }
  }
  const sum = (files: Set<string>): number => [...files].reduce((n, f) => n + fileGzip(f), 0);
  return {
    path: urlPath,
    kind: pageKind(rel),
    htmlBytes: Buffer.byteLength(html),
    htmlGzip: gzipSize(html),
    cssGzip: sum(css),
    jsGzip: sum(js) + (inlineJs ? gzipSize(inlineJs) : 0),
    chart: /<canvas\b[^>]*\bdata-chart\b/i.test(html),
    jsFiles: [...js].map((f) => relative(site, f).split(sep).join('/')).sort(),
  };
}

function htmlFiles(dir: string, out: string[] = []): string[] {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.isDirectory()) {
      if (e.name !== 'pagefind') htmlFiles(join(dir, e.name), out);
    } else if (e.name.endsWith('.html')) out.push(join(dir, e.name));
  }
  return out;
}

interface BuildResult {
  size: SizeName;
  ok: boolean;
  wallMs: number;
  cpuMs?: number;
  maxRssMb?: number;
  pages: number;
  pagefindPages?: number;
  outDir: string;
}
function build(size: SizeName): BuildResult {
  const outDir = join(work, `${size}-site`);
  console.log(`\nbuilding the ${size} site …`);
  const t = runNode('scripts/build.ts', ['--root', roots[size], '--out', outDir]);
  const ok = t.status === 0;
  if (!ok) console.error(`the ${size} build failed:\n${t.stdout}\n${t.stderr}`);
  const pagefindPages = Number(/built (\d+) pages/.exec(t.stdout)?.[1]);
  const pages = ok ? htmlFiles(outDir).length : 0;
  console.log(
    `  ${ok ? 'built' : 'FAILED'} in ${fmtMs(t.wallMs)}${t.cpuMs !== undefined ? ` (CPU ${fmtMs(t.cpuMs)})` : ''}, peak RSS ${t.maxRssMb !== undefined ? `${Math.round(t.maxRssMb)} MB` : 'unknown'}, ${pages} HTML pages`,
  );
  return {
    size,
    ok,
    wallMs: t.wallMs,
    cpuMs: t.cpuMs,
    maxRssMb: t.maxRssMb,
    pages,
    pagefindPages: Number.isFinite(pagefindPages) ? pagefindPages : undefined,
    outDir,
  };
}

const builds: BuildResult[] = [];
let siteChoice = '';
if (args.site !== 'none') {
  if (args.site === '100k') {
    builds.push(build('100k'));
    siteChoice = '100k (asked for with --site 100k)';
  } else {
    const small = build('10k');
    builds.push(small);
    if (args.site === '10k') siteChoice = '10k (asked for with --site 10k)';
    else if (small.ok) {
      // Pages grow with actions and meetings (×10), not with feedback rows; time per page stays about
      // the same. On a busy machine wall time is inflated, so the CPU time is the better estimate.
      const estimateMs = Math.min(small.wallMs, small.cpuMs ?? Infinity) * 10;
      if (estimateMs / 1000 <= MAX_BUILD_SECONDS) {
        builds.push(build('100k'));
        siteChoice = `100k (the 10k build took ${fmtMs(small.wallMs)}, CPU ${fmtMs(small.cpuMs ?? NaN)}; 100k estimated at ${fmtMs(estimateMs)} ≤ ${MAX_BUILD_SECONDS} s)`;
      } else {
        siteChoice = `10k only (the 10k build took ${fmtMs(small.wallMs)}; 100k estimated at ${fmtMs(estimateMs)} > --max-build-seconds ${MAX_BUILD_SECONDS})`;
      }
    }
  }
  console.log(`site measured: ${siteChoice}`);
}

interface KindSummary {
  kind: Kind;
  pages: number;
  htmlAvg: number;
  htmlMax: number;
  htmlGzipAvg: number;
  htmlGzipMax: number;
  cssGzipMax: number;
  jsGzipMax: number;
  chartPages: number;
  overBudget: string[];
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
function summarise(pages: readonly PageWeight[]): KindSummary[] {
  const byKind = new Map<Kind, PageWeight[]>();
  for (const p of pages) byKind.set(p.kind, [...(byKind.get(p.kind) ?? []), p]);
  const order = (k: Kind): number => (KIND_ORDER.includes(k) ? KIND_ORDER.indexOf(k) : KIND_ORDER.length);
  return [...byKind.entries()]
    .sort(([a], [b]) => order(a) - order(b) || (a < b ? -1 : 1))
    .map(([kind, ps]) => {
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
      const avg = (f: (p: PageWeight) => number): number => ps.reduce((n, p) => n + f(p), 0) / ps.length;
      const max = (f: (p: PageWeight) => number): number => Math.max(...ps.map(f));
      return {
        kind,
        pages: ps.length,
        htmlAvg: avg((p) => p.htmlBytes),
        htmlMax: max((p) => p.htmlBytes),
        htmlGzipAvg: avg((p) => p.htmlGzip),
        htmlGzipMax: max((p) => p.htmlGzip),
        cssGzipMax: max((p) => p.cssGzip),
        jsGzipMax: max((p) => p.jsGzip),
        chartPages: ps.filter((p) => p.chart).length,
        overBudget,
      };
    });
}

const siteReports: Record<string, { build: BuildResult; kinds: KindSummary[]; totalHtmlBytes: number }> = {};
for (const b of builds.filter((x) => x.ok)) {
  const pages = htmlFiles(b.outDir)
    .sort()
    .map((f) => pageWeight(b.outDir, f));
  const kinds = summarise(pages);
  siteReports[b.size] = { build: b, kinds, totalHtmlBytes: pages.reduce((n, p) => n + p.htmlBytes, 0) };
  console.log(
    `\nPage weights, ${b.size} site (${pages.length} pages; kB = 1000 bytes; CSS and JS: gzipped, everything the page loads)`,
  );
  console.log(
    table(
      ['kind', 'pages', 'HTML avg kB', 'HTML max kB', 'HTML gz max', 'CSS gz', 'JS gz max', 'charts', 'budget'],
      kinds.map((k) => [
        k.kind,
        String(k.pages),
        fmtKb(k.htmlAvg),
        fmtKb(k.htmlMax),
        fmtKb(k.htmlGzipMax),
        fmtKb(k.cssGzipMax),
        fmtKb(k.jsGzipMax),
        String(k.chartPages),
        k.overBudget.length ? 'OVER' : 'ok',
      ]),
      (i) => i > 0 && i < 8,
    ),
  );
  for (const k of kinds) for (const o of k.overBudget) console.log(`  over budget — ${k.kind}: ${o}`);
}

// ---------------------------------------------------------------------------------------------
// 4. Summary and JSON

const misses: string[] = [];
if (!validateOk)
  misses.push(
    `validation of 100k rows took ${fmtMs(v100.validateMs)} wall, ${fmtMs(v100.validateCpuMs)} CPU (target ≤ 2 s)${busy ? ', on a busy machine' : ''}`,
  );
if (!linear) misses.push(`validation grows ×${growth.toFixed(1)} for ×10 rows`);
for (const [size, r] of Object.entries(siteReports))
  for (const k of r.kinds) for (const o of k.overBudget) misses.push(`${size} site, ${k.kind}: ${o}`);
for (const b of builds.filter((x) => !x.ok)) misses.push(`the ${b.size} build failed`);

const outDir = join(REPO, 'bench-out');
mkdirSync(outDir, { recursive: true });
writeFileSync(
  join(outDir, 'bench.json'),
  `${JSON.stringify(
    {
      machine: {
        cpus: cpus().length,
        model: cpus()[0]?.model,
        node: process.version,
        busyAtStart: busy,
        loadAverageAtEnd: loadavg(),
      },
      budgets: BUDGET,
      generation,
      validation: Object.fromEntries(Object.entries(validation).map(([k, v]) => [k, { ...v, runs: v.runs }])),
      validationGrowth: { cpu: growth, wall: growthWall },
      siteChoice,
      sites: Object.fromEntries(
        Object.entries(siteReports).map(([k, r]) => [
          k,
          { build: { ...r.build, outDir: undefined }, totalHtmlBytes: r.totalHtmlBytes, kinds: r.kinds },
        ]),
      ),
      misses,
    },
    null,
    2,
  )}\n`,
);
console.log(`\n${misses.length ? `MISSED (${misses.length}):\n  ${misses.join('\n  ')}` : 'all targets met'}`);
console.log(`numbers written to ${relative(process.cwd(), join(outDir, 'bench.json')) || 'bench-out/bench.json'}`);
if (!args.keep) rmSync(work, { recursive: true, force: true });

/**
 * The live preview behind `npm run dev` (and a bare `astro dev`): the content root is validated
 * before any page is served, and again whenever one of its files has changed since the last
 * check. While the files have problems that would stop the build, every page answers
 * 503 with the problem list instead of a page built from old files; the terminal prints the same
 * list. When the files are fixed, the next request gets the page again — no restart.
 *
 * Saving a file is noticed two ways: the file watcher re-validates at once and tells the open
 * browser tabs to reload, and each page request compares the files' sizes and times with the
 * last check, so a request that arrives before the watcher has fired still waits for the new
 * result instead of getting a stale page.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, relative, sep } from 'node:path';
import type { AstroIntegration } from 'astro';
import type { Lang, Text } from '../core/lang.ts';
import { internalError, type Problem } from '../core/problem.ts';
import type { Project } from '../schemas/project.ts';
import { basePath } from '../site/base.ts';
import { withSiteChecks } from '../site/own-links.ts';
import { internalErrorPage, problemPage } from '../site/problem-page.ts';
import { provideProject } from '../site/project-data.ts';
import { fails, renderReport } from '../validate/cli.ts';
import { authorLanguage } from '../validate/language.ts';
import { type LoadOptions, loadProject } from '../validate/load-project.ts';

type DevServer = Parameters<NonNullable<AstroIntegration['hooks']['astro:server:setup']>>[0]['server'];

/** The files a save of which changes the site: what validation reads. */
const WATCHED = /\.(csv|mdx|md|ya?ml)$/i;
const FOLDERS = ['content', 'data'];

export interface PreviewOptions {
  root: string;
  lang?: Lang;
  strict: boolean;
  /** The site's stylesheet, for the problem page. */
  css: string;
  /** The base the server was started with: a new `url` path in site.yaml needs a restart. */
  base: string;
  /** Which MDX files a project compiles: when it changes, the pages' modules must be run again. */
  mdxFiles: (project: Project) => string;
  print: (text: string) => void;
  /** Keeps validated CSV files between checks, shared with the builds (src/validate/csv-cache.ts). */
  load?: LoadOptions;
}

interface Checked {
  problems: Problem[];
  failing: boolean;
}

/** Sizes and modification times of every watched file: cheap to take on each request. */
export function fingerprint(root: string): string {
  const parts: string[] = [];
  const walk = (dir: string): void => {
    let entries: import('node:fs').Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const path = join(dir, e.name);
      if (e.isDirectory()) walk(path);
      else if (WATCHED.test(e.name)) {
        try {
          const s = statSync(path);
          parts.push(`${relative(root, path)}:${s.size}:${s.mtimeMs}`);
        } catch {
          parts.push(`${relative(root, path)}:gone`);
        }
      }
    }
  };
  for (const folder of FOLDERS) walk(join(root, folder));
  return parts.sort().join('\n');
}

const SAY = {
  checking: (files: string): Text => ({
    fi: `kuultu: ${files} muuttui, tarkistetaan…`,
    sv: `kuultu: ${files} ändrades, kontrollerar…`,
    en: `kuultu: ${files} changed, checking…`,
  }),
  showing: {
    fi: 'kuultu: esikatselu näyttää sivut.',
    sv: 'kuultu: förhandsvisningen visar sidorna.',
    en: 'kuultu: the preview shows the pages.',
  },
  blocked: {
    fi: 'kuultu: esikatselu näyttää ongelmaluettelon, kunnes ne on korjattu.',
    sv: 'kuultu: förhandsvisningen visar listan över problem tills de är rättade.',
    en: 'kuultu: the preview shows the list of problems until they are fixed.',
  },
  restart: (from: string, to: string): Text => ({
    fi: `kuultu: sivuston osoitteen kansio muuttui (${from} → ${to}): pysäytä esikatselu (Ctrl+C) ja käynnistä npm run dev uudelleen.`,
    sv: `kuultu: mappen i webbplatsens adress ändrades (${from} → ${to}): stoppa förhandsvisningen (Ctrl+C) och starta npm run dev igen.`,
    en: `kuultu: the folder of the site's address changed (${from} → ${to}): stop the preview (Ctrl+C) and start npm run dev again.`,
  }),
  internal: internalError,
};

export class LivePreview {
  readonly lang: Lang;
  private stamp = '';
  private checked: Checked = { problems: [], failing: true };
  private running: Promise<Checked> | undefined;
  /** Called after each check whose outcome may differ: the server reloads open tabs. */
  onChange: (mdxFilesChanged: boolean) => void = () => {};
  private mdxFiles: string | undefined;
  /** Called when Astro failed to render a page that passed validation. */
  onInternalError: (url: string) => void = () => {};

  private readonly options: PreviewOptions;

  constructor(options: PreviewOptions) {
    this.options = options;
    this.lang = authorLanguage(options.root, options.lang);
  }

  /** The result for the files as they are on disk now, validating again if they changed. */
  async current(): Promise<Checked> {
    for (;;) {
      if (this.running) await this.running;
      const now = fingerprint(this.options.root);
      if (now === this.stamp) return this.checked;
      await this.check(now);
    }
  }

  /** Validate now (the watcher saw a save), unless a check of the same files is running. */
  async changed(files: readonly string[]): Promise<void> {
    if (this.running) await this.running;
    const now = fingerprint(this.options.root);
    if (now === this.stamp) return;
    if (files.length > 0) this.options.print(SAY.checking(files.join(', '))[this.lang]);
    await this.check(now);
  }

  private check(stamp: string): Promise<Checked> {
    const before = this.mdxFiles;
    const run = this.validate(stamp).then((checked) => {
      this.onChange(before !== this.mdxFiles);
      return checked;
    });
    this.running = run;
    return run.finally(() => {
      if (this.running === run) this.running = undefined;
    });
  }

  private async validate(stamp: string): Promise<Checked> {
    const { root, strict, print } = this.options;
    const lang = this.lang;
    try {
      const result = withSiteChecks(await loadProject(root, process.env, this.options.load));
      const failing = !result.project || fails(result.problems, strict);
      print(
        renderReport(result.problems, { counts: result.counts }, { root, strict, format: 'text', github: false, lang }),
      );
      print((failing ? SAY.blocked : SAY.showing)[lang]);
      if (!failing && result.project) {
        provideProject(result.project);
        this.mdxFiles = this.options.mdxFiles(result.project);
        const base = basePath(result.project.site.url);
        if (base !== this.options.base) print(SAY.restart(this.options.base, base)[lang]);
      }
      this.checked = { problems: result.problems, failing };
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      print(SAY.internal(message)[lang]);
      this.checked = {
        problems: [
          {
            severity: 'error',
            file: 'kuultu',
            line: 0,
            column: 0,
            code: 'internal',
            message: SAY.internal(message),
          },
        ],
        failing: true,
      };
    }
    this.stamp = stamp;
    return this.checked;
  }

  problemHtml(problems: readonly Problem[], head: string): string {
    return problemPage(problems, { lang: this.lang, css: this.options.css, strict: this.options.strict, head });
  }

  internalHtml(message: string, head: string): string {
    return internalErrorPage(message, { lang: this.lang, css: this.options.css, head });
  }
}

/** Vite's own requests (modules, HMR, dependencies) are not pages: they pass untouched. */
export function isPageRequest(url: string | undefined): boolean {
  if (!url) return false;
  const path = url.split('?')[0] ?? '';
  if (url.includes('?')) {
    const query = url.slice(url.indexOf('?') + 1);
    if (/(^|&)(import|raw|url|direct|worker|inline|v=|t=|astro)/.test(query)) return false;
  }
  return !/^\/(@|__|node_modules\/|src\/|_astro\/)/.test(path) && !path.includes('/node_modules/');
}

// The reload client: Vite's own, which the pages load too, so a fixed file brings the page back.
const RELOAD = '<script type="module" src="/@vite/client"></script>';

function sendHtml(res: ServerResponse, status: number, html: string): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.end(html);
}

/**
 * A page Astro fails to render answers with Astro's error page and stack trace. Authors never
 * see one: the response is caught on its way out and replaced with one sentence.
 */
function guardInternalErrors(req: IncomingMessage, res: ServerResponse, preview: LivePreview, head: string): void {
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
  const write = res.write.bind(res) as (...args: unknown[]) => boolean;
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
  let failed = false;
  res.writeHead = ((status: number, ...rest: unknown[]) => {
    if (status >= 500) {
      failed = true;
      res.statusCode = status;
      return res;
    }
    return writeHead(status, ...rest);
  }) as typeof res.writeHead;
  res.write = ((...args: unknown[]) => {
    if (!failed && res.statusCode < 500) return write(...args);
    failed = true;
    return true;
  }) as typeof res.write;
  res.end = ((...args: unknown[]) => {
    if (!failed && res.statusCode < 500) return end(...args);
    const message = `${req.url ?? ''}`;
    preview.onInternalError(message);
    res.removeHeader('Content-Length');
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('Cache-Control', 'no-store');
    res.statusCode = 500;
    writeHead(500);
    return end(preview.internalHtml(message, head));
  }) as typeof res.end;
}

/** Hooks the preview into Astro's dev server: initial check, watcher, and the page guard. */
export async function startPreview(server: DevServer, options: PreviewOptions): Promise<LivePreview> {
  const preview = new LivePreview(options);
  await preview.current();
  const { root } = options;
  for (const folder of FOLDERS) server.watcher.add(join(root, folder));
  let queued: string[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const saved = (path: string): void => {
    const rel = relative(root, path);
    if (rel.startsWith('..') || !WATCHED.test(path) || rel.split(sep).some((part) => part.startsWith('.'))) return;
    queued.push(rel.split(sep).join('/'));
    clearTimeout(timer);
    // An editor's save is often several events (write, rename, chmod): check once they settle.
    timer = setTimeout(() => {
      const files = [...new Set(queued)].sort();
      queued = [];
      void preview.changed(files);
    }, 50);
  };
  server.watcher.on('change', saved);
  server.watcher.on('add', saved);
  server.watcher.on('unlink', saved);
  preview.onChange = (mdxFilesChanged) => {
    for (const environment of Object.values(server.environments)) {
      if (mdxFilesChanged) {
        // A new or removed MDX file changes the list of compiled bodies, and the modules that
        // imported the old list must run again: drop them all (their compiled code stays
        // cached, so this costs a re-run, not a re-compile). Pages read the data itself
        // through getProject() on every request, so other saves need none of this.
        const graph = environment.moduleGraph;
        const mod = graph.getModuleById('\0virtual:kuultu/mdx');
        if (mod) graph.invalidateModule(mod);
        if ('runner' in environment) (environment.runner as { clearCache(): void }).clearCache();
      }
      // Astro keeps each route's getStaticPaths result until content changes: a theme whose
      // file was deleted must answer 404, not its old page.
      environment.hot.send('astro:content-changed', {});
    }
    server.ws.send({ type: 'full-reload', path: '*' });
  };
  preview.onInternalError = (url) => options.print(SAY.internal(url)[preview.lang]);
  server.middlewares.use((req, res, next) => {
    if (!isPageRequest(req.url)) return next();
    preview.current().then(
      (state) => {
        if (state.failing) return sendHtml(res, 503, preview.problemHtml(state.problems, RELOAD));
        guardInternalErrors(req, res, preview, RELOAD);
        next();
      },
      (e: unknown) => sendHtml(res, 500, preview.internalHtml(e instanceof Error ? e.message : String(e), RELOAD)),
    );
  });
  return preview;
}

/** The site's stylesheet as the problem page inlines it. */
export function siteCss(kuultuDir: string): string {
  try {
    return readFileSync(join(kuultuDir, 'src', 'styles', 'global.css'), 'utf8');
  } catch {
    return '';
  }
}

/**
 * What `npm run build` hands to the Astro build running in the same process: the search index to
 * feed while pages render, and the clock the bench reads its phases from. A bare `astro build`
 * has no session; the integration then leaves Astro's rendering exactly as it is.
 *
 * The integration wraps Astro's prerenderer (the `astro:build:start` hook's `setPrerenderer`):
 * each page Astro renders passes through on its way to disk and is handed to Pagefind as well.
 */
import { createWriteStream, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroPrerenderer } from 'astro';
import type { PageFeed } from './search-index.ts';

/** A moment of the build: wall clock (ms since the process started) and the process's CPU time. */
export interface Mark {
  at: number;
  cpuMs: number;
}
export function mark(): Mark {
  const cpu = process.cpuUsage();
  return { at: performance.now(), cpuMs: (cpu.user + cpu.system) / 1000 };
}

export interface BuildSession {
  search: PageFeed;
  marks: Partial<Record<'renderStart' | 'renderEnd', Mark>>;
  /** Pages Astro rendered in this build (the rest, if any, came from the incremental cache). */
  rendered: number;
}

const KEY = Symbol.for('kuultu.build-session');
type Holder = { [KEY]?: BuildSession };

export function startSession(search: PageFeed): BuildSession {
  const session: BuildSession = { search, marks: {}, rendered: 0 };
  (globalThis as Holder)[KEY] = session;
  return session;
}
function currentSession(): BuildSession | undefined {
  return (globalThis as Holder)[KEY];
}

const STATUS_PAGES = new Set(['404', '500']);

/**
 * The HTML file a page's URL path is written to with `build.format: 'directory'`, relative to
 * the output folder: `/fi/themes/x/` → `fi/themes/x/index.html`, `/404/` → `404.html`.
 */
export function htmlFileOf(pathname: string): string {
  const p = pathname.replace(/^\/+|\/+$/g, '');
  if (p === '') return 'index.html';
  if (STATUS_PAGES.has(p)) return `${p}.html`;
  return `${p}/index.html`;
}

/**
 * Where Astro 7's incremental build keeps the copies it restores unchanged pages from
 * (`<cacheDir>/dist/`, astro/dist/core/build/incremental.js). The search feed reads a restored
 * page there while Astro copies it; were it to move, restored pages would be read once the build
 * is over instead (slower, the same index).
 */
export function restoredCopies(cacheDir: string): string {
  return join(cacheDir, 'dist');
}

/** Writes a response body to a file piece by piece, as the body makes them. */
async function streamToFile(body: ReadableStream<Uint8Array>, file: string): Promise<void> {
  mkdirSync(dirname(file), { recursive: true });
  await pipeline(Readable.fromWeb(body as WebReadableStream<Uint8Array>), createWriteStream(file));
}

export function buildSession(): AstroIntegration {
  let outDir = '';
  let base = '/';
  return {
    name: 'kuultu:build-session',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:start': ({ setPrerenderer }) => {
        const session = currentSession();
        if (!session) return;
        setPrerenderer((astro: AstroPrerenderer): AstroPrerenderer => {
          const sitePath = (url: string): string => {
            const path = decodeURI(new URL(url).pathname);
            return path.startsWith(base) ? `/${path.slice(base.length)}` : path;
          };
          return {
            ...astro,
            name: 'kuultu:search-while-rendering',
            async setup() {
              await astro.setup?.();
              session.marks.renderStart = mark();
            },
            async getStaticPaths() {
              const paths = await astro.getStaticPaths();
              const files = paths.filter((p) => p.route.type === 'page').map((p) => htmlFileOf(p.pathname));
              session.search.plan([...new Set(files)]);
              return paths;
            },
            async render(request, options) {
              // An endpoint (a feed, the open-data files) has no cache key, so Astro's incremental
              // build records nothing of it: rendered without collecting that record, its body stays
              // a stream instead of being gathered whole first.
              const endpoint = options.routeData.type === 'endpoint';
              // Said before anything is awaited: Astro is starting this page now, so every planned
              // page before it that has not started is being restored from the cache.
              const page = options.routeData.type === 'page' ? htmlFileOf(sitePath(request.url)) : undefined;
              if (page) session.search.started(page);
              const result = await astro.render(request, endpoint ? { ...options, collectMetadata: false } : options);
              session.rendered++;
              const response = result instanceof Response ? result : result.response;
              if (endpoint && response.status === 200 && response.body) {
                // Astro would gather the whole body in memory before writing it (a million feedback
                // rows are a 200 MB JSON file): the file is streamed to disk here instead, and Astro,
                // handed an empty body, writes nothing over it.
                await streamToFile(response.body, join(outDir, sitePath(request.url).replace(/\/+$/, '')));
                const empty = new Response(null, { status: 200, headers: response.headers });
                return result instanceof Response ? empty : { ...result, response: empty };
              }
              // A page of any status is handed over: the 404 page answers 404 and is written all the
              // same, and were it never handed over every page planned after it would wait for it
              // (so Pagefind would be sent nothing until rendering was over).
              if (!page || !response.body) return result;
              const bytes = new Uint8Array(await response.arrayBuffer());
              // The Response copies the bytes it is given, so the feed may then take these over
              // (moved to its thread, not copied: cloning them was 0.8 s of the 100k city's render).
              const copy = new Response(bytes, {
                status: response.status,
                statusText: response.statusText,
                headers: response.headers,
              });
              session.search.rendered(outDir, page, bytes);
              return result instanceof Response ? copy : { ...result, response: copy };
            },
            async teardown() {
              session.marks.renderEnd = mark();
              await astro.teardown?.();
            },
          };
        });
      },
    },
  };
}

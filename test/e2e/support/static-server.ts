/**
 * The smallest static host that behaves like the real ones kuultu is deployed to: a folder's
 * index.html, honest content types (Pagefind refuses a .wasm served as text), and the site's
 * own 404.html with status 404.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.xml': 'application/rss+xml; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

export function contentType(file: string): string {
  const ext = extname(file);
  // Pagefind's index, fragments, filters and metadata are gzip-compressed binary chunks.
  if (ext.startsWith('.pf_')) return 'application/octet-stream';
  return CONTENT_TYPES[ext] ?? 'application/octet-stream';
}

/** The file a URL path names, or undefined: a directory means its index.html; nothing outside root. */
export function resolveFile(root: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0]?.split('#')[0] ?? '/');
  } catch {
    return undefined;
  }
  const full = normalize(join(root, decoded));
  if (full !== root && !full.startsWith(root.endsWith(sep) ? root : root + sep)) return undefined;
  if (!existsSync(full)) return undefined;
  const stat = statSync(full);
  if (stat.isDirectory()) {
    const index = join(full, 'index.html');
    return existsSync(index) ? index : undefined;
  }
  return stat.isFile() ? full : undefined;
}

export interface StaticServer {
  url: string;
  close: () => Promise<void>;
}

export function serveStatic(root: string): Promise<StaticServer> {
  const server: Server = createServer((req, res) => {
    const path = req.url ?? '/';
    // A directory without its trailing slash would break relative links: redirect like hosts do.
    const file = resolveFile(root, path);
    if (file?.endsWith(`${sep}index.html`) && !path.split('?')[0]!.endsWith('/') && !path.endsWith('index.html')) {
      res.writeHead(301, { location: `${path.split('?')[0]}/` });
      res.end();
      return;
    }
    const status = file ? 200 : 404;
    const body = file ?? resolveFile(root, '/404.html');
    if (!body) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('404: and the site has no 404.html');
      return;
    }
    res.writeHead(status, { 'content-type': contentType(body) });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    createReadStream(body).pipe(res);
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      done({
        url: `http://127.0.0.1:${port}`,
        close: () =>
          new Promise((closed) => {
            server.closeAllConnections();
            server.close(() => closed());
          }),
      });
    });
  });
}

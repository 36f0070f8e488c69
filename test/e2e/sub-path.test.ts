/**
 * A site published under a path, as a GitHub project site is (`https://org.github.io/repo/`):
 * built by the real `npm run build` with that address in site.yaml, every link, asset, feed
 * entry, calendar URL and sitemap entry of every file must lead to a file of the built site.
 * A link that forgot the base (`/fi/…` instead of `/repo/fi/…`) leaves the site and fails here.
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { copySite, listFiles, runBuild, smallSiteDir, type BuildRun } from './support/build-site.ts';

const SITE_URL = 'https://pikkula.github.io/kuulee/';
const BASE = '/kuulee/';

const root = join(inject('e2eTmp'), 'sub-path');
const out = join(root, 'dist');
let run: BuildRun;

beforeAll(async () => {
  copySite(smallSiteDir, root);
  const site = join(root, 'content/site.yaml');
  writeFileSync(site, readFileSync(site, 'utf8').replace(/^url: .*$/m, `url: ${SITE_URL}`));
  // An author links to the site's own page from its root; the published link must carry the base.
  const page = join(root, 'content/pages/fi/tietoa.mdx');
  writeFileSync(page, `${readFileSync(page, 'utf8')}\nLue myös [kirjastoista](/fi/themes/kirjastot/).\n`);
  run = await runBuild(root, out);
}, 300_000);

function decodeEntities(s: string): string {
  return s
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");
}

/** Every URL a file points at, by the syntax its format uses. */
function urlsIn(file: string, text: string): string[] {
  if (file.endsWith('.html')) {
    const attributes = [...text.matchAll(/\s(?:href|src|action|data-src)="([^"]*)"/g)].map((m) => m[1]!);
    const srcsets = [...text.matchAll(/\ssrcset="([^"]*)"/g)].flatMap((m) =>
      m[1]!.split(',').map((part) => part.trim().split(/\s+/)[0]!),
    );
    const refresh = [...text.matchAll(/content="\d+; url=([^"]*)"/g)].map((m) => m[1]!);
    // The search page loads Pagefind's bundle at run time, from a URL written in its script.
    const imports = [...text.matchAll(/import\(`([^`]*)`\)/g)].map((m) => m[1]!);
    return [...attributes, ...srcsets, ...refresh, ...imports].map(decodeEntities);
  }
  if (file.endsWith('.xml')) {
    const elements = [...text.matchAll(/<(?:loc|link)[^>]*>([^<]+)</g)].map((m) => m[1]!);
    const attributes = [...text.matchAll(/\shref="([^"]*)"/g)].map((m) => m[1]!);
    return [...elements, ...attributes].map(decodeEntities);
  }
  if (file.endsWith('.ics')) {
    // iCalendar folds long lines: a line starting with a space continues the one before.
    const unfolded = text.replace(/\r?\n[ \t]/g, '');
    return [...unfolded.matchAll(/^(?:URL|SOURCE)[^:]*:(\S+)/gm)].map((m) => m[1]!);
  }
  // A script loads Pagefind's bundle at run time (the search page's, inline or in its own file).
  if (file.endsWith('.js')) return [...text.matchAll(/import\(`([^`]*)`\)/g)].map((m) => m[1]!);
  if (file.endsWith('.css')) return [...text.matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)/g)].map((m) => m[1]!);
  if (file === 'robots.txt') return [...text.matchAll(/^Sitemap: (\S+)/gm)].map((m) => m[1]!);
  return [];
}

/** The file a URL of the site names, or a reason it names none. */
function target(url: string, from: string): { file?: string; problem?: string } {
  if (/^(mailto|tel|data):/i.test(url) || url.startsWith('#')) return {};
  const page = new URL(`${BASE}${from}`, new URL(SITE_URL).origin);
  const resolved = new URL(url, page);
  if (resolved.origin !== page.origin) return {};
  if (!resolved.pathname.startsWith(BASE)) return { problem: 'leaves the site (no base)' };
  const path = decodeURIComponent(resolved.pathname.slice(BASE.length));
  const file = path === '' || path.endsWith('/') ? `${path}index.html` : path;
  if (existsSync(join(out, file)) && statSync(join(out, file)).isFile()) return { file };
  return { problem: `no file ${file}` };
}

describe('a site published under a path (GitHub project pages)', () => {
  it('builds', () => {
    expect(run.code, run.output).toBe(0);
  });

  it('leads every link, asset, feed entry, calendar URL and sitemap entry to a file of the site', () => {
    const broken: string[] = [];
    let checked = 0;
    const kinds = new Set<string>();
    for (const file of listFiles(out)) {
      if (!/\.(html|xml|ics|css)$|^robots\.txt$|^_astro\/.*\.js$/.test(file)) continue;
      for (const url of urlsIn(file, readFileSync(join(out, file), 'utf8'))) {
        const { file: found, problem } = target(url, file);
        if (problem) broken.push(`${file}: ${url} ${problem}`);
        if (found) {
          checked++;
          kinds.add(found.split('.').pop()!);
        }
      }
    }
    expect(broken).toEqual([]);
    // The check found links of every kind it is meant to check, not an empty site.
    expect(checked).toBeGreaterThan(1000);
    expect([...kinds].sort()).toEqual(expect.arrayContaining(['css', 'html', 'ics', 'js', 'xml']));
  });

  it('links the pages, assets, search bundle and feeds under the base', () => {
    const home = readFileSync(join(out, 'fi/index.html'), 'utf8');
    expect(home).toContain(`href="${BASE}fi/themes/"`);
    expect(home).toMatch(new RegExp(`href="${BASE}_astro/[^"]+\\.css"`));
    expect(home).toContain(`href="${BASE}fi/actions.xml"`);
    expect(home).toContain(`<link rel="canonical" href="${SITE_URL}fi/">`);
    const searchPage = readFileSync(join(out, 'fi/search/index.html'), 'utf8');
    // The search script is inline or, once it passes Vite's inlining limit, a file of its own.
    const src = /<script type="module" src="([^"]+)"/.exec(searchPage)?.[1];
    const search = src ? readFileSync(join(out, src.slice(BASE.length)), 'utf8') : searchPage;
    expect(search).toContain(`import(\`${BASE}pagefind/pagefind.js\`)`);
    expect(search).toContain(`baseUrl:\`${BASE}\``);
    expect(existsSync(join(out, 'pagefind/pagefind.js'))).toBe(true);
    const about = readFileSync(join(out, 'fi/pages/tietoa/index.html'), 'utf8');
    expect(about).toContain(`<a href="${BASE}fi/themes/kirjastot/">kirjastoista</a>`);
    expect(readFileSync(join(out, 'sitemap.xml'), 'utf8')).toContain(`<loc>${SITE_URL}fi/themes/kirjastot/</loc>`);
    expect(readFileSync(join(out, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${SITE_URL}sitemap.xml`);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain(`content="0; url=${BASE}fi/"`);
  });
});

/**
 * The floor: a bare Astro 7 + Pagefind site with the same pages as a kuultu build — the same
 * count, the same languages, each page about as large and with about as much text to index —
 * and no data work at all. What kuultu costs beyond it is what kuultu itself adds.
 *
 * The floor is shaped from a built kuultu site (`floorSpec`), written as a small Astro project
 * (`writeFloorSite`: one catch-all page, one layout, kuultu's stylesheet) and built by
 * scripts/bench/floor-build.ts the way a plain Astro site is built: `astro build`, then Pagefind
 * over the output folder.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { mulberry32 } from '../lib/synthetic-data.ts';
import { htmlFilesIn } from '../../src/build/search-index.ts';

export interface FloorPage {
  /** URL path without slashes at the ends ('' for the root, '404' for the 404 page). */
  path: string;
  lang: string;
  title: string;
  paragraphs: string[];
  links: { href: string; label: string }[];
}

const WORDS = (
  'palaute asukas kaupunki katu puisto koulu kirjasto liikenne valaistus lumityö päiväkoti ' +
  'pyörätie bussi leikkipaikka uimahalli terveys asema tori kirkko ranta polku silta ' +
  'toimenpide päätös kokous lautakunta valtuusto kysely vastaus kiitos ehdotus ongelma ' +
  'respons invånare stad gata park skola bibliotek trafik belysning snöröjning förslag ' +
  'feedback resident city street library traffic lighting decision meeting survey answer'
).split(' ');

function text(rand: () => number, chars: number): string {
  const out: string[] = [];
  let n = 0;
  while (n < chars) {
    const w = WORDS[Math.floor(rand() * WORDS.length)]!;
    out.push(w);
    n += w.length + 1;
  }
  return out.join(' ');
}

/** The text a reader (and Pagefind) finds in a page's <main>, roughly: tags dropped. */
function mainText(html: string): string {
  const main = /<main\b[\s\S]*?<\/main>/i.exec(html)?.[0] ?? html;
  return main
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** One floor page per HTML page of a built kuultu site, with the same language, size and amount of text. */
export function floorSpec(siteDir: string): FloorPage[] {
  const rand = mulberry32(7);
  return htmlFilesIn(siteDir).map((file) => {
    const html = readFileSync(join(siteDir, file), 'utf8');
    const lang = /<html\b[^>]*\blang="([^"]+)"/i.exec(html)?.[1] ?? 'fi';
    const textChars = mainText(html).length;
    const path = file === 'index.html' ? '' : file.replace(/\/?index\.html$/, '').replace(/\.html$/, '');
    const paragraphs: string[] = [];
    for (let left = textChars; left > 0; left -= 400) paragraphs.push(text(rand, Math.min(400, left)));
    // The rest of the page's bytes as markup: links in a list, as kuultu's lists of actions are.
    const links: FloorPage['links'] = [];
    // (The floor's own head, header and footer are about 1.5 kB lighter than kuultu's, which
    // evens out the bytes the list's own tags take: the two sites' HTML totals match within a few %.)
    for (let left = Buffer.byteLength(html) - textChars * 1.05; left > 0; left -= 60)
      links.push({ href: `/${lang}/x/${links.length}/`, label: text(rand, 12) });
    return { path, lang, title: text(rand, 40), paragraphs, links };
  });
}

const CONFIG = `import { defineConfig } from 'astro/config';
export default defineConfig({ output: 'static', trailingSlash: 'always', build: { format: 'directory' }, devToolbar: { enabled: false } });
`;

const LAYOUT = `---
import '../styles/global.css';
const { lang, title } = Astro.props;
---
<!DOCTYPE html>
<html lang={lang}>
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>{title}</title>
    <link rel="canonical" href={\`https://floor.example\${Astro.url.pathname}\`} />
  </head>
  <body>
    <a class="skip" href="#main">Skip</a>
    <header class="site-header"><nav aria-label="Main"><ul>
      {['themes', 'actions', 'meetings', 'bodies', 'surveys', 'votes', 'search'].map((s) => <li><a href={\`/\${lang}/\${s}/\`}>{s}</a></li>)}
    </ul></nav></header>
    <main id="main" data-pagefind-body><slot /></main>
    <footer class="site-footer"><p>Floor site</p><a href={\`/\${lang}/accessibility/\`}>Accessibility</a></footer>
  </body>
</html>
`;

const PAGE = `---
import { readFileSync } from 'node:fs';
import Base from '../layouts/Base.astro';
export function getStaticPaths() {
  const pages = JSON.parse(readFileSync(process.env.FLOOR_SPEC, 'utf8'));
  return pages.map((p) => ({ params: { path: p.path === '' ? undefined : p.path }, props: p }));
}
const { lang, title, paragraphs, links } = Astro.props;
---
<Base lang={lang} title={title}>
  <h1>{title}</h1>
  {paragraphs.map((p) => <p>{p}</p>)}
  {links.length > 0 && <ul class="card-list">{links.map((l) => <li><a href={l.href}>{l.label}</a></li>)}</ul>}
</Base>
`;

/** Writes the floor's Astro project into dir; node_modules is kuultu's own, linked. */
export function writeFloorSite(repo: string, dir: string, pages: readonly FloorPage[]): string {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'src/pages'), { recursive: true });
  mkdirSync(join(dir, 'src/layouts'), { recursive: true });
  mkdirSync(join(dir, 'src/styles'), { recursive: true });
  symlinkSync(join(repo, 'node_modules'), join(dir, 'node_modules'), 'dir');
  writeFileSync(join(dir, 'package.json'), '{ "name": "kuultu-floor", "private": true, "type": "module" }\n');
  writeFileSync(join(dir, 'astro.config.mjs'), CONFIG);
  writeFileSync(join(dir, 'src/layouts/Base.astro'), LAYOUT);
  writeFileSync(join(dir, 'src/pages/[...path].astro'), PAGE);
  cpSync(join(repo, 'src/styles/global.css'), join(dir, 'src/styles/global.css'));
  const spec = join(dir, 'pages.json');
  writeFileSync(spec, JSON.stringify(pages));
  return spec;
}

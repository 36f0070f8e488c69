/**
 * Compound words for the search index (src/domain/compounds.ts): before Pagefind reads a Finnish
 * or Swedish page, the theme words found as the later part of a compound in the page's indexed
 * text are added to it as searchable metadata (`terms`), so "kirjasto" also finds a meeting whose
 * minutes speak of "pääkirjastoon". The page written to disk is not changed; the words are not
 * shown and do not appear in excerpts.
 */
import { stemmer as finnish } from '@orama/stemmers/finnish';
import { stemmer as swedish } from '@orama/stemmers/swedish';
import { tagPattern, VOID_ELEMENTS } from '../core/html.ts';
import { type BaseWord, baseWordsOf, compoundBases, MIN_HEAD } from '../domain/compounds.ts';
import type { Lang } from '../schemas/fields.ts';
import type { Project } from '../schemas/project.ts';

/** The languages that write compounds as one word, with the Snowball stemmer Pagefind uses for each. */
const COMPOUNDING: Partial<Record<Lang, (word: string) => string>> = { fi: finnish, sv: swedish };

/** The theme titles of each compounding language, as base words. */
export function themeVocabulary(project: Pick<Project, 'themes' | 'languages'>): Partial<Record<Lang, BaseWord[]>> {
  const out: Partial<Record<Lang, BaseWord[]>> = {};
  for (const lang of project.languages) {
    const stem = COMPOUNDING[lang];
    if (!stem) continue;
    const titles = project.themes.flatMap((t) => {
      const title = t.translations[lang]?.data.title;
      return title ? [title] : [];
    });
    out[lang] = baseWordsOf(titles, stem);
  }
  return out;
}

/** Elements whose content is not text a reader sees (Pagefind skips them too). */
const SKIPPED = new Set(['script', 'style', 'svg', 'template', 'noscript', 'nav', 'footer', 'form']);
const TAG = tagPattern();

/**
 * The text of a page that Pagefind indexes: inside `data-pagefind-body` and outside
 * `data-pagefind-ignore`. kuultu's own HTML only — well formed, as Astro writes it — so a tag
 * scanner is enough, and it is fast: it runs on every page of the build.
 */
export function indexedText(html: string): string {
  const out: string[] = [];
  const stack: { name: string; body: boolean; ignore: boolean }[] = [];
  let body = false;
  let ignore = false;
  let last = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    if (body && !ignore && m.index > last) out.push(html.slice(last, m.index));
    last = TAG.lastIndex;
    const name = m[2]!.toLowerCase();
    const attributes = m[3]!;
    if (m[1]) {
      // A closing tag ends its element (and any left open inside it).
      while (stack.length > 0) {
        const open = stack.pop()!;
        ({ body, ignore } = open);
        if (open.name === name) break;
      }
      continue;
    }
    if (SKIPPED.has(name)) {
      const close = html.indexOf(`</${name}>`, last);
      last = close < 0 ? html.length : close + name.length + 3;
      TAG.lastIndex = last;
      continue;
    }
    if (VOID_ELEMENTS.has(name) || attributes.endsWith('/')) continue;
    stack.push({ name, body, ignore });
    if (/\sdata-pagefind-body[\s=]|\sdata-pagefind-body$/.test(attributes)) body = true;
    if (/\sdata-pagefind-ignore[\s=]|\sdata-pagefind-ignore$/.test(attributes)) ignore = true;
  }
  return out.join(' ');
}

const LANG = /<html[^>]*\slang="([^"]+)"/;

/**
 * What the search feed does to a page before Pagefind reads it: adds the compound base words of
 * its language found in its indexed text, as `terms` metadata. A page with none is left as it is.
 */
export function compoundTerms(vocabulary: Partial<Record<Lang, BaseWord[]>>): (html: string) => string {
  // Most pages hold no theme word inside a longer one: one pass of this over <main> rules them
  // out before the page is scanned for its indexed text (the build runs this on every page).
  const candidates = new Map<string, RegExp>();
  for (const [lang, bases] of Object.entries(vocabulary)) {
    if (bases.length === 0) continue;
    const stems = bases.map((b) => b.stem.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
    // Latin letters (Finnish and Swedish ones included) rather than \p{L}: ten times faster here.
    candidates.set(lang, new RegExp(`[a-zà-öø-ÿ]{${MIN_HEAD}}(?:${stems})`, 'i'));
  }
  if (candidates.size === 0) return (html) => html;
  return (html) => {
    const lang = LANG.exec(html)?.[1] ?? '';
    const candidate = candidates.get(lang);
    const bases = vocabulary[lang as Lang];
    if (!candidate || !bases) return html;
    const start = html.indexOf('<main');
    const end = html.lastIndexOf('</main>');
    const main = start >= 0 && end > start ? html.slice(start, end) : html;
    if (!candidate.test(main)) return html;
    const terms = compoundBases(indexedText(main), bases);
    if (terms.length === 0) return html;
    const at = html.lastIndexOf('</body>');
    if (at < 0) return html;
    const span = `<span hidden data-pagefind-meta="terms:${terms.join(' ')}"></span>`;
    return html.slice(0, at) + span + html.slice(at);
  };
}

/**
 * The fall-back rule of PRODUCT.md §3: text missing in a language is shown in the default
 * language, marked with its real `lang` so screen readers pronounce it right, and flagged so
 * the page can say "not available in Svenska".
 */
import { definedOnly } from '../core/collections.ts';
import type { Entry } from '../schemas/project.ts';
import type { Lang, Localized } from '../schemas/fields.ts';

export interface Shown<T> {
  value: T;
  /** The language the value is actually in. */
  lang: Lang;
  /** True when the reader's language had none and the default language is shown instead. */
  fallback: boolean;
}

export function pickText(text: Localized, lang: Lang, defaultLang: Lang): Shown<string> | undefined {
  const own = text[lang];
  if (own !== undefined && own !== '') return { value: own, lang, fallback: false };
  const fallback = text[defaultLang];
  if (fallback === undefined || fallback === '') return undefined;
  return { value: fallback, lang: defaultLang, fallback: lang !== defaultLang };
}

export interface LocalizedEntry<F> {
  slug: string;
  /** Frontmatter with the translation's keys over the default language's. */
  data: F;
  /**
   * Language of the frontmatter text shown. A translation must give every word the default file
   * requires (title/name, summary, cadence, place), so this holds for those; an optional key it
   * leaves out (a meeting's agenda, a page's summary) may be in the default language: `langOf`.
   */
  lang: Lang;
  /** The language one frontmatter key's value is actually in. */
  langOf: (key: keyof F) => Lang;
  /** The MDX file whose body is shown, and the language it is in. */
  bodyFile?: string;
  bodyLang: Lang;
  /** True when the reader's language has no file at all. */
  fallback: boolean;
  bodyFallback: boolean;
}

export function localizeEntry<F>(entry: Entry<F>, lang: Lang, defaultLang: Lang): LocalizedEntry<F> {
  const own = entry.translations[lang];
  const base = entry.translations[defaultLang];
  const data = own && lang !== defaultLang ? ({ ...entry.data, ...definedOnly(own.data) } as F) : entry.data;
  const body = own?.hasBody ? own : base?.hasBody ? base : undefined;
  return {
    slug: entry.slug,
    data,
    lang: own ? lang : defaultLang,
    langOf: (key) => (own && own.data[key] !== undefined ? own.lang : defaultLang),
    bodyFile: body?.file,
    bodyLang: body?.lang ?? defaultLang,
    fallback: !own,
    bodyFallback: body !== undefined && body.lang !== lang,
  };
}

/**
 * Which of kuultu's languages a resident's text seems to be written in, from the short words
 * nearly every sentence of a language has. Only for a warning: a published Swedish quote left
 * without `lang` is marked as Finnish, and a screen reader reads it with Finnish sounds (WCAG
 * 3.1.2). The lists leave out words two of the languages share ("en", "se", "on"), and the guess
 * needs three of a language's words and three times those of the language the row declares, so
 * a Finnish text that quotes a Swedish name is not flagged.
 */
import type { Lang } from '../core/lang.ts';

const MARKERS: Readonly<Record<Lang, ReadonlySet<string>>> = {
  fi: new Set(
    'ja ei että kun mutta myös ole olisi oli ovat kuin vain tai nyt hyvä liian pitäisi tämä koska kanssa olla voisi ihan'.split(
      ' ',
    ),
  ),
  sv: new Set(
    'och att det är inte som för på med jag ett till av har vi kan om så men vill skulle bra mycket när eller finns'.split(
      ' ',
    ),
  ),
  en: new Set('the and is to of not for with please we our it are be this that would there'.split(' ')),
};

const LANGS = Object.keys(MARKERS) as Lang[];

/** At least this many of a language's words before a text is said to be in it. */
const MIN_WORDS = 3;

export interface LanguageGuess {
  lang: Lang;
  /** The language's words found, in the order they first appear (at most three, for the message). */
  words: string[];
}

/** The language `text` seems to be in, when that is not `declared`; undefined when it is, or when it cannot tell. */
export function otherLanguage(text: string, declared: Lang): LanguageGuess | undefined {
  // One pass over the words (it runs on every published row of a city's feedback).
  const found: Record<Lang, string[]> = { fi: [], sv: [], en: [] };
  for (const word of text.toLowerCase().match(/[\p{L}']+/gu) ?? [])
    for (const lang of LANGS) if (MARKERS[lang].has(word)) found[lang].push(word);
  const own = found[declared].length;
  let best: LanguageGuess | undefined;
  for (const lang of LANGS) {
    const hits = found[lang];
    if (lang === declared || hits.length < MIN_WORDS || hits.length < 3 * own) continue;
    if (!best || hits.length > found[best.lang].length) best = { lang, words: [...new Set(hits)].slice(0, 3) };
  }
  return best;
}

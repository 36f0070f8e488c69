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

/** At least this many of a language's words before a text is said to be in it. */
const MIN_WORDS = 3;

export interface LanguageGuess {
  lang: Lang;
  /** The language's words found, in the order they first appear (at most three, for the message). */
  words: string[];
}

/** The language `text` seems to be in, when that is not `declared`; undefined when it is, or when it cannot tell. */
export function otherLanguage(text: string, declared: Lang): LanguageGuess | undefined {
  const words = text.toLowerCase().match(/[\p{L}']+/gu) ?? [];
  const found = (lang: Lang) => words.filter((w) => MARKERS[lang].has(w));
  const own = found(declared).length;
  let best: LanguageGuess | undefined;
  let bestCount = 0;
  for (const lang of Object.keys(MARKERS) as Lang[]) {
    if (lang === declared) continue;
    const hits = found(lang);
    if (hits.length >= MIN_WORDS && hits.length >= 3 * own && hits.length > bestCount) {
      best = { lang, words: [...new Set(hits)].slice(0, 3) };
      bestCount = hits.length;
    }
  }
  return best;
}

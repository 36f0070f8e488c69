/**
 * Finnish and Swedish write compounds as one word: "pääkirjastoon" (main library + "to"),
 * "Omatoimikirjasto", "huvudbiblioteket". Pagefind matches the beginning of a word, so a
 * search for "kirjasto" finds "kirjastoon" and "Kirjastot" but not a compound whose later part
 * is the library. These functions find, in a page's text, the theme words that are the later
 * part of a compound, so the index can list them with the page (build/search-terms.ts).
 *
 * The vocabulary is the themes' own titles: the words an author already chose to name what the
 * site is about, in each language. A word is matched by its stem (Snowball, as Pagefind stems),
 * so "Kirjastot" is found inside "pääkirjastoon" and "Bibliotek" inside "närbiblioteket".
 */

export interface BaseWord {
  /** The word as the theme title writes it, lower-cased: what the index lists. */
  word: string;
  /** Its stem: what a compound contains. */
  stem: string;
}

/** Shorter stems ("gat" of "gator") would be found inside unrelated words. */
export const MIN_STEM = 4;
/** Letters a compound has before its base word at least ("pää|kirjasto", "när|bibliotek"). */
export const MIN_HEAD = 2;

const WORDS = /\p{L}+/gu;

function wordsOf(text: string): string[] {
  return text.toLowerCase().match(WORDS) ?? [];
}

/** The base words of some titles: each word's stem, if long enough, once (the first word kept). */
export function baseWordsOf(titles: readonly string[], stem: (word: string) => string): BaseWord[] {
  const byStem = new Map<string, BaseWord>();
  for (const word of titles.flatMap(wordsOf)) {
    const s = stem(word);
    if (s.length >= MIN_STEM && !byStem.has(s)) byStem.set(s, { word, stem: s });
  }
  return [...byStem.values()];
}

/**
 * The base words found inside a longer word of the text, after at least MIN_HEAD letters — the
 * later part of a compound — sorted. A base word only at a word's beginning is left out: Pagefind
 * finds those already.
 */
export function compoundBases(text: string, bases: readonly BaseWord[]): string[] {
  const found = new Set<string>();
  for (const word of new Set(wordsOf(text))) {
    for (const base of bases) {
      if (word.length < base.stem.length + MIN_HEAD) continue;
      if (word.indexOf(base.stem, MIN_HEAD) > 0) found.add(base.word);
    }
  }
  return [...found].sort();
}

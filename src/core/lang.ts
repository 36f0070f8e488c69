/**
 * The languages kuultu speaks, and the one shape of words an author reads: `Text`, the same
 * sentence in Finnish, Swedish and English. It sits in core because every layer that talks to
 * an author (the CSV reader, the schemas, the validator, the commands) builds messages with it,
 * and the type makes all three languages required: a message written in one language only does
 * not compile.
 */

export const LANGUAGES = ['fi', 'sv', 'en'] as const;
export type Lang = (typeof LANGUAGES)[number];

/** One sentence (or phrase) in every language kuultu speaks. */
export type Text = Readonly<Record<Lang, string>>;

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * Builds a Text from one function of the language, for messages put together from parts:
 * `each((l) => `${label} "${value}" ${predicate[l]}`)`.
 */
export function each(words: (lang: Lang) => string): Text {
  return { fi: words('fi'), sv: words('sv'), en: words('en') };
}

/** The same characters in every language: a file name, a value, an example the author copies. */
export function same(text: string): Text {
  return { fi: text, sv: text, en: text };
}

/** Joins Texts language by language: `join([a, b], ' ')`. */
export function join(parts: readonly (Text | string)[], separator = ''): Text {
  return each((l) => parts.map((p) => (typeof p === 'string' ? p : p[l])).join(separator));
}

/**
 * `1 virhe`, `2 virhettä`: a count with its noun. Finnish takes the partitive after numbers
 * other than one, so each language gives both forms.
 */
export interface Countable {
  one: Text;
  many: Text;
}

export function count(n: number, noun: Countable, lang: Lang): string {
  return `${n} ${(n === 1 ? noun.one : noun.many)[lang]}`;
}

/** `a, b ja c` / `a, b och c` / `a, b and c`. */
export function listing(items: readonly string[], lang: Lang): string {
  if (items.length <= 1) return items.join('');
  const and = lang === 'fi' ? 'ja' : lang === 'sv' ? 'och' : 'and';
  return `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}`;
}

/**
 * Small pieces of natural wording that Intl does not give: Finnish case endings on numbers
 * ("3,1:stä 3,6:een") and lists whose items may be in another language than the sentence.
 */
import type { FormatLang } from './i18n-format.ts';

export type NumberCase = 'elative' | 'illative';

/**
 * The ending a Finnish reader says after a written number depends on how the number is read
 * aloud, which is decided by its last word: 3,1 is "kolme pilkku yksi" → yhdestä / yhteen.
 * Index = the last digit; vowel harmony follows that word.
 */
const ELATIVE_BY_DIGIT = ['sta', 'stä', 'sta', 'sta', 'stä', 'stä', 'sta', 'stä', 'sta', 'stä'];
const ILLATIVE_BY_DIGIT = ['aan', 'een', 'een', 'een', 'ään', 'een', 'een', 'ään', 'aan', 'ään'];

function finnishEnding(formatted: string, grammaticalCase: NumberCase): string {
  const digits = formatted.replace(/[^\d,]/g, '');
  const [whole = '', fraction] = digits.split(',');
  const elative = grammaticalCase === 'elative';
  // A decimal is read digit by digit after the comma, so its last digit decides, zero included.
  if (fraction !== undefined && fraction !== '') {
    const d = Number(fraction[fraction.length - 1]);
    return (elative ? ELATIVE_BY_DIGIT : ILLATIVE_BY_DIGIT)[d]!;
  }
  const trailingZeros = /0*$/.exec(whole)![0].length;
  if (whole === '0' || whole === '') return elative ? 'sta' : 'aan';
  if (trailingZeros === 0) return (elative ? ELATIVE_BY_DIGIT : ILLATIVE_BY_DIGIT)[Number(whole[whole.length - 1])]!;
  // Round numbers end in their unit word: kymmenen, sata, tuhat, miljoona.
  if (trailingZeros % 3 === 1) return elative ? 'stä' : 'een';
  if (trailingZeros % 3 === 2) return elative ? 'sta' : 'aan';
  if (trailingZeros < 6) return elative ? 'sta' : 'een';
  return elative ? 'sta' : 'aan';
}

/**
 * A formatted number with the case ending its sentence needs: fi `3,1:stä`, `3,6:een`;
 * Swedish and English use prepositions instead, so the number is returned as it is.
 */
export function numberInCase(formatted: string, lang: FormatLang, grammaticalCase: NumberCase): string {
  return lang === 'fi' ? `${formatted}:${finnishEnding(formatted, grammaticalCase)}` : formatted;
}

/** One piece of a formatted list: an item (by its index in the input) or the words between. */
export type ListPart = { kind: 'item'; index: number } | { kind: 'literal'; text: string };

const LIST_LOCALE: Record<FormatLang, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

/**
 * "Pizza ja Tortillat", "A, B och C" as parts, so a page can mark each item with its own
 * `lang` when it fell back to another language than the sentence around it.
 */
export function listParts(count: number, lang: FormatLang): ListPart[] {
  const placeholders = Array.from({ length: count }, (_, i) => `\u0001${i}\u0001`);
  const parts = new Intl.ListFormat(LIST_LOCALE[lang], { type: 'conjunction' }).formatToParts(placeholders);
  return parts.map((p) =>
    p.type === 'element' ? { kind: 'item', index: Number(p.value.slice(1, -1)) } : { kind: 'literal', text: p.value },
  );
}

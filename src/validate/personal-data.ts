/**
 * Personal data in residents' words (PRODUCT.md §6). Every match blocks a publication, so a
 * false positive costs as much as a miss: each kind is confirmed by its structure (phone
 * prefixes, calendar dates) or its checksum (HETU, IBAN) before it counts.
 *
 * Every pattern is linear: no nested quantifiers over the same characters, and e-mail
 * addresses are grown outwards from each `@` instead of being searched for by a regex.
 */

import type { Text } from '../core/lang.ts';

export type PersonalDataKind = 'email' | 'phone' | 'hetu' | 'iban';

export interface PersonalDataMatch {
  kind: PersonalDataKind;
  value: string;
  /** 0-based offset in the text. */
  index: number;
}

const DESCRIPTIONS: Record<PersonalDataKind, Text> = {
  email: { fi: 'sähköpostiosoitteen', sv: 'en e-postadress', en: 'an e-mail address' },
  phone: { fi: 'puhelinnumeron', sv: 'ett telefonnummer', en: 'a phone number' },
  hetu: { fi: 'henkilötunnuksen', sv: 'en finsk personbeteckning', en: 'a Finnish personal identity code' },
  iban: { fi: 'IBAN-tilinumeron', sv: 'ett IBAN-kontonummer', en: 'an IBAN bank account number' },
};

/** What a published text may hold, for every message about personal data in one. */
export const PERSONAL_DATA_EXPECTED: Text = {
  fi: 'julkaistavassa tekstissä ei sähköpostiosoitteita, puhelinnumeroita, henkilötunnuksia eikä tilinumeroita',
  sv: 'inga e-postadresser, telefonnummer, personbeteckningar eller kontonummer i publicerad text',
  en: 'no e-mail addresses, phone numbers, personal identity codes or bank account numbers in published text',
};

/** A phrase for messages, e.g. `text contains a phone number` (Finnish: the object case, "puhelinnumeron"). */
export function describePersonalData(kind: PersonalDataKind): Text {
  return DESCRIPTIONS[kind];
}

/** All personal data in `text`, sorted by index, without overlapping matches. */
export function findPersonalData(text: string): PersonalDataMatch[] {
  return dropOverlaps([...findEmails(text), ...findPhones(text), ...findHetus(text), ...findIbans(text)]);
}

/** One finding per stretch of text: `0401234567@example.fi` is one e-mail, not also a phone. */
function dropOverlaps(matches: PersonalDataMatch[]): PersonalDataMatch[] {
  const sorted = matches.sort((a, b) => a.index - b.index || b.value.length - a.value.length);
  const kept: PersonalDataMatch[] = [];
  let end = 0;
  for (const m of sorted) {
    if (m.index < end) continue;
    kept.push(m);
    end = m.index + m.value.length;
  }
  return kept;
}

// ---------------------------------------------------------------------------------------------
// E-mail

const LOCAL_CHAR = /[\p{L}\p{N}._%+-]/u;
const DOMAIN_CHAR = /[\p{L}\p{N}.-]/u;
const DOMAIN_LABEL = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?$/u;
const TOP_LEVEL_DOMAIN = /^\p{L}{2,}$/u;

function findEmails(text: string): PersonalDataMatch[] {
  const found: PersonalDataMatch[] = [];
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    const match = emailAround(text, at);
    if (match) found.push(match);
  }
  return found;
}

function emailAround(text: string, at: number): PersonalDataMatch | undefined {
  let start = at;
  while (start > 0 && LOCAL_CHAR.test(text.charAt(start - 1))) start--;
  let end = at + 1;
  while (end < text.length && DOMAIN_CHAR.test(text.charAt(end))) end++;
  // A sentence may end right after the address ("...@kunta.fi.") or an ellipsis precede it.
  while (start < at && text.charAt(start) === '.') start++;
  while (end > at + 1 && '.-'.includes(text.charAt(end - 1))) end--;
  if (start === at || !isDomain(text.slice(at + 1, end))) return undefined;
  return { kind: 'email', value: text.slice(start, end), index: start };
}

function isDomain(domain: string): boolean {
  const labels = domain.split('.');
  const tld = labels[labels.length - 1] ?? '';
  return labels.length >= 2 && labels.every((l) => DOMAIN_LABEL.test(l)) && TOP_LEVEL_DOMAIN.test(tld);
}

// ---------------------------------------------------------------------------------------------
// Phone numbers

/**
 * A candidate is a run of digit groups that starts like a Finnish number: `+358`/`00358`, an
 * area code in brackets, or a leading 0. The lookbehind refuses runs glued to a word or
 * continuing another number (`2026-01-03`, `A-2025-014`, `1 040 500 €`). The regex never
 * backtracks into a shorter match; the right edge and the digit count are judged in code. The
 * group count is bounded so that a long run of numbers costs linear time.
 */
const PHONE_CANDIDATE = new RegExp(
  String.raw`(?<![\p{L}\p{N}_]|\p{N}[ \u00A0.,:/\-–])` +
    String.raw`(?:(?<intl>\+358|00358)[ \u00A0-]?(?:\(0\)[ \u00A0-]?)?|\((?<area>0\d{1,2})\)[ \u00A0-]?|(?=0))` +
    String.raw`(?<digits>\d{1,12}(?:[ \u00A0-]\d{1,8}){0,6})`,
  'gu',
);
const PHONE_SEPARATOR = /[ \u00A0-]/u;
/** Mobile 04x and 050; landline area codes 02, 03, 05, 06, 08, 09 and 013–019. */
const FINNISH_PREFIX = /^0(?:4\d|50|1[3-9]|[235689])/;
/** A number goes on: a digit or letter, a decimal or date part (`09.00`), a sum or a share. */
const NUMBER_CONTINUES = /^(?:[\p{L}\p{N}_]|[.,:/\-–]\p{N}|[ \u00A0]?[€%])/u;
const SUBSCRIBER_DIGITS = { min: 5, max: 8 };
const INTERNATIONAL_DIGITS = { min: 6, max: 12 };

function findPhones(text: string): PersonalDataMatch[] {
  const found: PersonalDataMatch[] = [];
  for (const m of text.matchAll(PHONE_CANDIDATE)) {
    const match = phoneFrom(text, m);
    if (match) found.push(match);
  }
  return found;
}

function phoneFrom(text: string, m: RegExpExecArray): PersonalDataMatch | undefined {
  const end = m.index + m[0].length;
  if (NUMBER_CONTINUES.test(text.slice(end, end + 2))) return undefined;
  const digits = m.groups?.['digits'] ?? '';
  const kept = phoneDigits(digits, m.groups?.['intl'], m.groups?.['area']);
  if (kept === undefined) return undefined;
  return { kind: 'phone', value: text.slice(m.index, end - digits.length + kept.length), index: m.index };
}

/** The part of the digit groups that makes up the number, or undefined when it is none. */
function phoneDigits(digits: string, intl: string | undefined, area: string | undefined): string | undefined {
  if (intl) return fitGroups(digits, 0, INTERNATIONAL_DIGITS);
  if (area) return FINNISH_PREFIX.exec(area)?.[0] === area ? fitGroups(digits, 0, SUBSCRIBER_DIGITS) : undefined;
  const groups = digits.split(PHONE_SEPARATOR);
  const first = groups[0] ?? '';
  // `02100 12` is a postcode followed by a number; nobody splits a phone number 5 + n.
  if (first.length === 5 && groups.length > 1) return undefined;
  const prefix = FINNISH_PREFIX.exec(first)?.[0];
  return prefix ? fitGroups(digits, prefix.length, SUBSCRIBER_DIGITS) : undefined;
}

/**
 * Drops trailing space-separated groups that cannot belong to the number ("040 123 4567 2
 * kertaa"), then checks the digits after the prefix are as many as a Finnish number has. A dash
 * binds its groups into one token, so a dashed run that is too long or ends in a single digit is
 * some other code: a property id `091-012-0034-0005` or a business id `0201256-6`.
 */
function fitGroups(digits: string, prefixLength: number, range: { min: number; max: number }): string | undefined {
  let kept = digits;
  const count = (): number => kept.replace(/\D/g, '').length - prefixLength;
  for (let sep = lastSeparator(kept); sep >= 0; sep = lastSeparator(kept)) {
    if (count() <= range.max && kept.length - sep - 1 > 1) break;
    if (kept.charAt(sep) === '-') return undefined;
    kept = kept.slice(0, sep);
  }
  return count() >= range.min && count() <= range.max ? kept : undefined;
}

function lastSeparator(digits: string): number {
  return Math.max(digits.lastIndexOf(' '), digits.lastIndexOf('\u00A0'), digits.lastIndexOf('-'));
}

// ---------------------------------------------------------------------------------------------
// Finnish personal identity code (henkilötunnus)

const HETU_CANDIDATE = /(?<![\p{L}\p{N}_])(\d{2})(\d{2})(\d{2})([-+A-FU-Y])(\d{3})([0-9A-Y])(?![\p{L}\p{N}_])/gu;
const HETU_CHECK_CHARS = '0123456789ABCDEFHJKLMNPRSTUVWXY';

function centuryOf(sign: string): number {
  if (sign === '+') return 1800;
  return 'ABCDEF'.includes(sign) ? 2000 : 1900;
}

function findHetus(text: string): PersonalDataMatch[] {
  const found: PersonalDataMatch[] = [];
  for (const m of text.matchAll(HETU_CANDIDATE)) {
    const [value, dd = '', mm = '', yy = '', sign = '', nnn = '', check = ''] = m;
    const year = centuryOf(sign) + Number(yy);
    if (!isCalendarDate(year, Number(mm), Number(dd))) continue;
    if (HETU_CHECK_CHARS[Number(dd + mm + yy + nnn) % 31] !== check) continue;
    found.push({ kind: 'hetu', value, index: m.index });
  }
  return found;
}

function isCalendarDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

// ---------------------------------------------------------------------------------------------
// IBAN

/** Either unbroken, or in the printed form of groups of four separated by single spaces. */
const IBAN_CANDIDATE =
  /(?<![\p{L}\p{N}_])[A-Z]{2}\d{2}(?:[A-Z0-9]{11,30}|(?: [A-Z0-9]{4}){2,7}(?: [A-Z0-9]{1,4})?)(?![\p{L}\p{N}_])/giu;

/** ISO 13616 lengths; a country not listed may use any length from 15 to 34. */
const IBAN_LENGTHS: Readonly<Record<string, number>> = {
  AD: 24,
  AT: 20,
  BA: 20,
  BE: 16,
  BG: 22,
  CH: 21,
  CY: 28,
  CZ: 24,
  DE: 22,
  DK: 18,
  EE: 20,
  ES: 24,
  FI: 18,
  FO: 18,
  FR: 27,
  GB: 22,
  GI: 23,
  GL: 18,
  GR: 27,
  HR: 21,
  HU: 28,
  IE: 22,
  IS: 26,
  IT: 27,
  LI: 21,
  LT: 20,
  LU: 20,
  LV: 21,
  MC: 27,
  MT: 31,
  NL: 18,
  NO: 15,
  PL: 28,
  PT: 25,
  RO: 24,
  SE: 24,
  SI: 19,
  SK: 24,
  SM: 27,
  UA: 29,
};

function findIbans(text: string): PersonalDataMatch[] {
  const found: PersonalDataMatch[] = [];
  for (const m of text.matchAll(IBAN_CANDIDATE)) {
    const value = longestValidIban(m[0]);
    if (value) found.push({ kind: 'iban', value, index: m.index });
  }
  return found;
}

/** The candidate may have swallowed a following word of four letters ("... 7466 talo"). */
function longestValidIban(candidate: string): string | undefined {
  const parts = candidate.split(' ');
  for (let n = parts.length; n >= 1; n--) {
    const kept = parts.slice(0, n);
    if (isValidIban(kept.join('').toUpperCase())) return kept.join(' ');
  }
  return undefined;
}

function isValidIban(iban: string): boolean {
  const expected = IBAN_LENGTHS[iban.slice(0, 2)];
  const lengthOk = expected === undefined ? iban.length >= 15 && iban.length <= 34 : iban.length === expected;
  // 00, 01 and 99 are never issued, although 00 and 01 can pass mod 97 (as 97 and 98 would).
  const checkDigits = Number(iban.slice(2, 4));
  return lengthOk && checkDigits >= 2 && checkDigits <= 98 && mod97(iban) === 1;
}

function mod97(iban: string): number {
  let remainder = 0;
  for (const ch of iban.slice(4) + iban.slice(0, 4)) {
    const value = parseInt(ch, 36);
    remainder = (remainder * (value < 10 ? 10 : 100) + value) % 97;
  }
  return remainder;
}

/**
 * Dates, months, quarters and numbers in each UI language, through `Intl`: `23.11.2026`,
 * `1 234,5`. Dates are built in UTC from the ISO parts and formatted in UTC, so the build
 * machine's time zone can never shift a date by a day.
 */
import { isoParts } from '../core/dates.ts';

export type FormatLang = 'fi' | 'sv' | 'en';

/** sv-FI writes dates as 23.11.2026 (plain sv gives 2026-11-23); en-GB gives 23 November 2026. */
const LOCALE: Record<FormatLang, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

function dateFormat(lang: FormatLang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALE[lang], { ...options, timeZone: 'UTC' });
    dateFormats.set(key, format);
  }
  return format;
}

function numberFormat(lang: FormatLang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(LOCALE[lang], options);
    numberFormats.set(key, format);
  }
  return format;
}

function utcDate(year: number, month: number, day: number): Date {
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC maps years 0–99 to 1900–1999.
  date.setUTCFullYear(year);
  return date;
}

/** fi/sv `23.11.2026`, en `23 November 2026`. */
export function formatDate(iso: string, lang: FormatLang): string {
  const p = isoParts(iso);
  if (!p) throw new RangeError(`"${iso}" is not an ISO date (yyyy-mm-dd).`);
  const date = utcDate(p.year, p.month, p.day);
  const options: Intl.DateTimeFormatOptions =
    lang === 'en'
      ? { day: 'numeric', month: 'long', year: 'numeric' }
      : { day: 'numeric', month: 'numeric', year: 'numeric' };
  return dateFormat(lang, options).format(date);
}

/** `2026-01` → fi `tammikuu 2026` (short: `tammi 2026`), sv `januari 2026`, en `January 2026`. */
export function formatMonth(period: string, lang: FormatLang, options: { short?: boolean } = {}): string {
  const m = /^(\d{4})-(\d{2})$/.exec(period);
  if (!m) throw new RangeError(`"${period}" is not a month (yyyy-mm).`);
  return dateFormat(lang, { month: options.short ? 'short' : 'long', year: 'numeric' }).format(
    utcDate(Number(m[1]), Number(m[2]), 1),
  );
}

const QUARTER_WORDS: Record<FormatLang, (q: number, year: string) => string> = {
  fi: (q, year) => `${q}. neljännes ${year}`,
  sv: (q, year) => `${q}:${q <= 2 ? 'a' : 'e'} kvartalet ${year}`,
  en: (q, year) => `${['first', 'second', 'third', 'fourth'][q - 1]} quarter of ${year}`,
};

/** `2026-Q1` → `Q1 2026`; long: fi `1. neljännes 2026`, sv `1:a kvartalet 2026`, en `first quarter of 2026`. */
export function formatQuarter(quarter: string, lang: FormatLang, options: { long?: boolean } = {}): string {
  const m = /^(\d{4})-Q([1-4])$/.exec(quarter);
  if (!m) throw new RangeError(`"${quarter}" is not a quarter (yyyy-Qn).`);
  return options.long ? QUARTER_WORDS[lang](Number(m[2]), m[1]!) : `Q${m[2]} ${m[1]}`;
}

/** fi/sv `1 234,5` (no-break space, as Intl writes it), en `1,234.5`; at most `maxFractionDigits` decimals. */
export function formatNumber(n: number, lang: FormatLang, options: { maxFractionDigits?: number } = {}): string {
  return numberFormat(lang, { maximumFractionDigits: options.maxFractionDigits ?? 3 }).format(n);
}

/**
 * A fraction as a percentage: 0.25 → fi `25 %`, en `25%`. Survey and vote shares are already
 * whole percentages: pass `share / 100`.
 */
export function formatPercent(fraction: number, lang: FormatLang, options: { fractionDigits?: number } = {}): string {
  const digits = options.fractionDigits ?? 0;
  return numberFormat(lang, { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits }).format(
    fraction,
  );
}

/** A number with exactly `digits` decimals (default 1): fi/sv `3,5` and `4,0`, en `3.5`. */
export function formatDecimal(n: number, lang: FormatLang, digits = 1): string {
  return numberFormat(lang, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(n);
}

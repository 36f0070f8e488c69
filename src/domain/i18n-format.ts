/**
 * Dates, months, quarters and numbers in each UI language, through `Intl`: `23.11.2026`,
 * `1 234,5`. Dates are built in UTC from the ISO parts and formatted in UTC, so the build
 * machine's time zone can never shift a date by a day.
 */
import { isoParts } from '../core/dates.ts';
import { type DateRange, quarterRange } from './periods.ts';

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

function numberFormat(
  lang: FormatLang,
  options: Pick<Intl.NumberFormatOptions, 'style' | 'minimumFractionDigits' | 'maximumFractionDigits'>,
): Intl.NumberFormat {
  // Not JSON.stringify(options): numbers are formatted tens of thousands of times a build.
  const key = `${lang}|${options.style}|${options.minimumFractionDigits}|${options.maximumFractionDigits}`;
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

/** Dates written so far: a city's pages write the same few thousand days hundreds of thousands of times. */
const writtenDates = new Map<string, string>();

/** fi/sv `23.11.2026`, en `23 November 2026`. */
export function formatDate(iso: string, lang: FormatLang): string {
  const key = `${lang}${iso}`;
  let written = writtenDates.get(key);
  if (written === undefined) {
    written = writeDate(iso, lang);
    writtenDates.set(key, written);
  }
  return written;
}

function writeDate(iso: string, lang: FormatLang): string {
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

/** How each language names a quarter, in running text, tables, charts and posters alike. */
const QUARTER_WORDS: Record<FormatLang, (q: string, year: string) => string> = {
  fi: (q, year) => `${q}. neljännes ${year}`,
  sv: (q, year) => `kvartal ${q} ${year}`,
  en: (q, year) => `Q${q} ${year}`,
};

/**
 * `2026-Q3` → fi `3. neljännes 2026`, sv `kvartal 3 2026`, en `Q3 2026`: one name per language
 * everywhere. Given the days the figures cover (`covered`: the data's first day and the as-of
 * date), a quarter they cover only in part says which days: fi `3. neljännes 2026 (1.7.–18.11.)`,
 * sv `kvartal 3 2026 (1.7–18.11)`, en `Q3 2026 (1 Jul–18 Nov)` — so a quarter still under way
 * is never read as a whole, quieter quarter.
 */
export function formatQuarter(quarter: string, lang: FormatLang, covered?: Partial<DateRange>): string {
  const m = /^(\d{4})-Q([1-4])$/.exec(quarter);
  if (!m) throw new RangeError(`"${quarter}" is not a quarter (yyyy-Qn).`);
  const name = QUARTER_WORDS[lang](m[2]!, m[1]!);
  const whole = quarterRange(quarter);
  const from = covered?.from !== undefined && covered.from > whole.from ? covered.from : whole.from;
  const to = covered?.to !== undefined && covered.to < whole.to ? covered.to : whole.to;
  if ((from === whole.from && to === whole.to) || from > to) return name;
  // Within one month the month is written once: fi `1.–18.11.`, sv `1–18.11`, en `1–18 Nov`.
  const first =
    from.slice(0, 7) === to.slice(0, 7)
      ? `${isoParts(from)!.day}${lang === 'fi' ? '.' : ''}`
      : formatDayMonth(from, lang);
  return `${name} (${first}–${formatDayMonth(to, lang)})`;
}

/** A day of the year without the year: fi `1.7.`, sv `1.7`, en `1 Jul` (as Intl writes them). */
export function formatDayMonth(iso: string, lang: FormatLang): string {
  const p = isoParts(iso);
  if (!p) throw new RangeError(`"${iso}" is not an ISO date (yyyy-mm-dd).`);
  const options: Intl.DateTimeFormatOptions =
    lang === 'en' ? { day: 'numeric', month: 'short' } : { day: 'numeric', month: 'numeric' };
  return dateFormat(lang, options).format(utcDate(p.year, p.month, p.day));
}

/** fi `ke 25.11.2026`, sv `ons 25.11.2026`, en `Wed 25 November 2026`: a day people plan around. */
export function formatWeekdayDate(iso: string, lang: FormatLang): string {
  const p = isoParts(iso);
  if (!p) throw new RangeError(`"${iso}" is not an ISO date (yyyy-mm-dd).`);
  const weekday = dateFormat(lang, { weekday: 'short' }).format(utcDate(p.year, p.month, p.day));
  return `${weekday} ${formatDate(iso, lang)}`;
}

/**
 * A clock time as Finnish and Finland-Swedish texts write it (`17.00`, `9.30`), English with a
 * colon (`17:00`); a range joined with an en dash.
 */
export function formatClock(time: string, lang: FormatLang): string {
  const m = /^(\d{1,2}):(\d{2})$/.exec(time);
  if (!m) throw new RangeError(`"${time}" is not a time of day (HH:MM).`);
  const hours = lang === 'en' ? m[1]!.padStart(2, '0') : String(Number(m[1]));
  return `${hours}${lang === 'en' ? ':' : '.'}${m[2]}`;
}

export function formatTimeRange(
  start: string | undefined,
  end: string | undefined,
  lang: FormatLang,
): string | undefined {
  if (start === undefined) return undefined;
  return end === undefined ? formatClock(start, lang) : `${formatClock(start, lang)}–${formatClock(end, lang)}`;
}

/** What stands between the day and the clock time: Finnish `klo`, Swedish `kl.`, an English comma. */
const CLOCK_WORD: Record<FormatLang, string> = { fi: ' klo ', sv: ' kl. ', en: ', ' };

/**
 * When something happens, weekday first: fi `ke 25.11.2026 klo 12.15–14.00`,
 * sv `ons 25.11.2026 kl. 12.15`, en `Wed 25 November 2026, 12:15`; the day alone without a time.
 */
export function formatWhen(iso: string, lang: FormatLang, start?: string, end?: string): string {
  const time = formatTimeRange(start, end, lang);
  return time === undefined
    ? formatWeekdayDate(iso, lang)
    : `${formatWeekdayDate(iso, lang)}${CLOCK_WORD[lang]}${time}`;
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

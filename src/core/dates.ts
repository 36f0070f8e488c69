/**
 * The one date parser for everything authors write: CSV cells and MDX/YAML frontmatter.
 * Finnish Excel writes `3.1.2026`; people also type `03.01.2026` or ISO `2026-01-03`.
 * Dates are kept as ISO strings: they sort as text and never shift with a time zone.
 */

/** A date's numbers as written; not necessarily a day that exists. */
export interface DateParts {
  year: number;
  month: number;
  day: number;
}

export type DateResult =
  | { ok: true; iso: string }
  | { ok: false; reason: 'format' }
  /** Read as a date, but no such day: the parts say what the author wrote, for the message. */
  | { ok: false; reason: 'impossible'; parts: DateParts };

const FINNISH = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The one reading of an ISO `yyyy-mm-dd` string, for every module that works on ISO dates:
 * its numbers, or undefined when it is not written that way (the day is not checked to exist).
 */
export function isoParts(iso: string): DateParts | undefined {
  const m = ISO.exec(iso);
  return m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : undefined;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  // Date.UTC reads years 0–99 as 1900–1999; keep that reading for them, and count the rest
  // without allocating a Date: this runs once per date cell, hundreds of thousands of times.
  if (year < 100 || month < 1 || month > 12 || !Number.isInteger(year) || !Number.isInteger(month))
    return new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (month !== 2) return DAYS_IN_MONTH[month - 1]!;
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

export function parseDate(input: string): DateResult {
  const text = input.trim();
  const fi = FINNISH.exec(text);
  const iso = fi ? undefined : isoParts(text);
  const parts = fi ? { year: Number(fi[3]), month: Number(fi[2]), day: Number(fi[1]) } : iso;
  if (!parts) return { ok: false, reason: 'format' };
  const { year, month, day } = parts;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return { ok: false, reason: 'impossible', parts };
  }
  // An ISO date that exists is already written the way it is returned.
  return { ok: true, iso: iso ? text : `${pad(year, 4)}-${pad(month)}-${pad(day)}` };
}

/** `23.11.2026` for messages to Finnish authors, whatever they typed. */
export function finnishDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${Number(d)}.${Number(m)}.${y}`;
}

/** How a date may be written, in each language's words (the formats themselves are the same). */
export const DATE_FORMATS = {
  fi: 'päivämäärä muodossa p.k.vvvv (esim. 3.1.2026) tai vvvv-kk-pp',
  sv: 'ett datum som d.m.åååå (t.ex. 3.1.2026) eller åååå-mm-dd',
  en: 'a date as d.m.yyyy (e.g. 3.1.2026) or yyyy-mm-dd',
} as const;

/** Integers as authors type them: `1 234`, `1234`, with an optional sign. */
export function parseInteger(input: string): number | undefined {
  const text = input.trim().replace(/[\s\u00a0\u202f]/g, '');
  if (!/^[+-]?\d+$/.test(text)) return undefined;
  const n = Number(text);
  return Number.isSafeInteger(n) ? n : undefined;
}

/**
 * A whole number of per cent: `50`, or with the sign a cell Excel formats as a percentage is saved
 * with (`50 %`, `50%`, the space also Excel's no-break one).
 */
export function parsePercent(input: string): number | undefined {
  return parseInteger(input.replace(/[\s\u00a0\u202f]*%\s*$/, ''));
}

/**
 * Decimals with a Finnish comma (`3,5`) or a point (`3.5`), spaces as thousands separators.
 * No column holds a decimal yet; PRODUCT.md §4 promises authors `,` decimals, so this is the one
 * decimal parser a future decimal field must use (as `integer` uses `parseInteger`).
 */
export function parseDecimal(input: string): number | undefined {
  const text = input
    .trim()
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(',', '.');
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(text)) return undefined;
  return Number(text);
}

/** `HH:MM` or `H.MM` (Finnish style) → `HH:MM`, or undefined. */
export function parseClockTime(input: string): string | undefined {
  const m = /^(\d{1,2})[:.](\d{2})$/.exec(input.trim());
  if (!m) return undefined;
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (h > 23 || min > 59) return undefined;
  return `${pad(h)}:${pad(min)}`;
}

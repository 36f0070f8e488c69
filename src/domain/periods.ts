/**
 * Calendar periods for counting: months (`2026-01`), quarters (`2026-Q1`) and years. Dates are
 * ISO `yyyy-mm-dd` strings everywhere; working on the strings (not on `Date`) means no time zone
 * can ever move a date into the neighbouring day.
 */

import { daysInMonth, isoParts, type DateParts } from '../core/dates.ts';

export type Granularity = 'month' | 'quarter';

/** An inclusive range of ISO dates. */
export interface DateRange {
  from: string;
  to: string;
}

const MONTH = /^(\d{4})-(\d{2})$/;
const QUARTER = /^(\d{4})-Q([1-4])$/;

function parts(date: string): DateParts {
  const p = isoParts(date);
  if (!p) throw new RangeError(`"${date}" is not an ISO date (yyyy-mm-dd).`);
  return p;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** `2026-01-15` → `2026-01` */
export function monthOf(date: string): string {
  const { year, month } = parts(date);
  return `${pad(year, 4)}-${pad(month)}`;
}

/** `2026-02-15` → `2026-Q1` */
export function quarterOf(date: string): string {
  const { year, month } = parts(date);
  return `${pad(year, 4)}-Q${Math.floor((month - 1) / 3) + 1}`;
}

/** The month or quarter a date falls in. */
export function periodOf(date: string, granularity: Granularity): string {
  return granularity === 'month' ? monthOf(date) : quarterOf(date);
}

/**
 * Moves a date by whole months; a day that does not exist in the target month becomes its last
 * day (`2026-01-31` + 1 month → `2026-02-28`). A month period (`2026-01`) moves as a month.
 */
export function addMonths(date: string, months: number): string {
  const month = MONTH.exec(date);
  if (month) return addMonths(`${date}-01`, months).slice(0, 7);
  const p = parts(date);
  const index = p.year * 12 + (p.month - 1) + months;
  const year = Math.floor(index / 12);
  const m = index - year * 12 + 1;
  const day = Math.min(p.day, daysInMonth(year, m));
  return `${pad(year, 4)}-${pad(m)}-${pad(day)}`;
}

/** Moves a date by whole days. */
export function addDays(date: string, days: number): string {
  const p = parts(date);
  const d = new Date(Date.UTC(p.year, p.month - 1, p.day + days));
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** The first and last day of a quarter: `2026-Q1` → { from: 2026-01-01, to: 2026-03-31 }. */
export function quarterRange(quarter: string): DateRange {
  const m = QUARTER.exec(quarter);
  if (!m) throw new RangeError(`"${quarter}" is not a quarter (yyyy-Qn).`);
  const year = Number(m[1]);
  const first = (Number(m[2]) - 1) * 3 + 1;
  return { from: `${m[1]}-${pad(first)}-01`, to: `${m[1]}-${pad(first + 2)}-${pad(daysInMonth(year, first + 2))}` };
}

/**
 * Every month or quarter from the one containing `from` to the one containing `to`, inclusive,
 * oldest first — the rows of a chart, so that a month without feedback still shows as 0.
 * `from` and `to` are ISO dates; an empty list when `from` is after `to`.
 */
export function periodsBetween(from: string, to: string, granularity: Granularity): string[] {
  if (from > to) return [];
  const step = granularity === 'month' ? 1 : 3;
  const last = periodOf(to, granularity);
  const periods: string[] = [];
  let cursor = `${monthOf(from)}-01`;
  for (;;) {
    const period = periodOf(cursor, granularity);
    if (periods[periods.length - 1] !== period) periods.push(period);
    if (period === last) return periods;
    cursor = addMonths(cursor, step);
  }
}

/**
 * "You said": what residents told us, counted. Every total is weighted by `count`, because one
 * row may stand for many pieces of feedback (an aggregate from a survey or a phone log).
 */
import { CHANNELS, FEEDBACK_TYPES } from '../schemas/feedback.ts';
import { addDays, addMonths, periodOf, periodsBetween, type DateRange, type Granularity } from './periods.ts';

/** What these functions read of a piece of feedback (`Feedback` from the schemas fits). */
export interface FeedbackLike {
  id: string;
  date: string;
  theme: string;
  type: string;
  channel: string;
  count: number;
  quote?: string;
}

/** Optional inclusive date limits. */
export interface OptionalRange {
  from?: string;
  to?: string;
}

export interface ThemeCount {
  theme: string;
  count: number;
}

export interface PeriodCount {
  period: string;
  count: number;
}

/** `V` is the counted field's type, so a page can complete a UI key from it (`themes.type.${value}`). */
export interface ValueCount<V extends string = string> {
  value: V;
  count: number;
}

function inRange(date: string, range: OptionalRange): boolean {
  return (range.from === undefined || date >= range.from) && (range.to === undefined || date <= range.to);
}

function total(feedback: readonly FeedbackLike[]): number {
  return feedback.reduce((sum, f) => sum + f.count, 0);
}

function byDateThenId(a: FeedbackLike, b: FeedbackLike): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Feedback per theme within the range, most first, ties by theme slug. Only themes with feedback
 * appear, unless `themes` lists every theme: then those without feedback appear with 0.
 */
export function countFeedbackByTheme(
  feedback: readonly FeedbackLike[],
  options: OptionalRange & { themes?: readonly string[] } = {},
): ThemeCount[] {
  const counts = new Map<string, number>();
  for (const theme of options.themes ?? []) counts.set(theme, 0);
  for (const f of feedback) {
    if (inRange(f.date, options)) counts.set(f.theme, (counts.get(f.theme) ?? 0) + f.count);
  }
  return [...counts]
    .map(([theme, count]) => ({ theme, count }))
    .sort((a, b) => b.count - a.count || (a.theme < b.theme ? -1 : a.theme > b.theme ? 1 : 0));
}

/** Every month or quarter touched by the range, oldest first, with its count (0 when quiet). */
export function feedbackOverTime(
  feedback: readonly FeedbackLike[],
  granularity: Granularity,
  range: DateRange,
): PeriodCount[] {
  const counts = new Map<string, number>(periodsBetween(range.from, range.to, granularity).map((p) => [p, 0]));
  for (const f of feedback) {
    if (!inRange(f.date, range)) continue;
    const period = periodOf(f.date, granularity);
    counts.set(period, (counts.get(period) ?? 0) + f.count);
  }
  return [...counts].map(([period, count]) => ({ period, count }));
}

/** The order in which types and channels are listed: the schemas' order, the same on every page. */
export const COUNT_ORDER: { readonly type: readonly string[]; readonly channel: readonly string[] } = {
  /** praise, criticism, idea, question */
  type: FEEDBACK_TYPES,
  /** web, email, phone, meeting, survey, social, visit, other */
  channel: CHANNELS,
};

/**
 * Feedback per type or per channel, in the fixed order of `COUNT_ORDER` with zero counts kept,
 * so that every theme's table has the same rows. A value outside the list (which validation
 * prevents) is still counted, after the listed ones in alphabetical order.
 */
export function countBy<F extends FeedbackLike, K extends 'type' | 'channel'>(
  feedback: readonly F[],
  key: K,
  range: OptionalRange = {},
): ValueCount<F[K]>[] {
  // COUNT_ORDER lists the schema's values, which are the values of F[K] for the real Feedback.
  const counts = new Map<F[K], number>((COUNT_ORDER[key] as readonly F[K][]).map((v) => [v, 0]));
  const extra = new Set<F[K]>();
  for (const f of feedback) {
    if (!inRange(f.date, range)) continue;
    const value = f[key];
    if (!counts.has(value)) extra.add(value);
    counts.set(value, (counts.get(value) ?? 0) + f.count);
  }
  const order = [...(COUNT_ORDER[key] as readonly F[K][]), ...[...extra].sort()];
  return order.map((value) => ({ value, count: counts.get(value) ?? 0 }));
}

/** Below this many in both years a change means little, so the trend is called flat. */
export const TREND_MIN_COUNT = 10;
/** A change of at most this many per cent of the earlier year's count is flat. */
export const TREND_FLAT_PERCENT = 10;

export type TrendDirection = 'up' | 'down' | 'flat';

export interface ThemeTrend {
  theme: string;
  /** The 12 months ending on the as-of date. */
  recent: DateRange & { count: number };
  /** The 12 months before those. */
  previous: DateRange & { count: number };
  direction: TrendDirection;
  /** Both counts are below `TREND_MIN_COUNT`: the direction is flat because the numbers are small. */
  few: boolean;
}

/**
 * The theme's feedback in the last 12 months (ending on `asOf`) against the 12 months before.
 * Flat when the change is within ±10 % of the earlier count, or when both counts are below
 * `TREND_MIN_COUNT` (3 → 6 is not a doubling anyone should read into).
 */
export function themeTrend(feedback: readonly FeedbackLike[], theme: string, asOf: string): ThemeTrend {
  const yearAgo = addMonths(asOf, -12);
  const recentRange = { from: addDays(yearAgo, 1), to: asOf };
  const previousRange = { from: addDays(addMonths(asOf, -24), 1), to: yearAgo };
  const ofTheme = feedback.filter((f) => f.theme === theme);
  const recent = total(ofTheme.filter((f) => inRange(f.date, recentRange)));
  const previous = total(ofTheme.filter((f) => inRange(f.date, previousRange)));
  const few = recent < TREND_MIN_COUNT && previous < TREND_MIN_COUNT;
  let direction: TrendDirection;
  if (few || Math.abs(recent - previous) * 100 <= TREND_FLAT_PERCENT * previous) {
    direction = 'flat';
  } else {
    direction = recent > previous ? 'up' : 'down';
  }
  return {
    theme,
    recent: { ...recentRange, count: recent },
    previous: { ...previousRange, count: previous },
    direction,
    few,
  };
}

/** What counts as a quote everywhere: a published quote with some text in it. */
export function hasPublishedQuote<T extends FeedbackLike>(f: T): f is T & { quote: string } {
  return typeof f.quote === 'string' && f.quote.trim() !== '';
}

/**
 * The first `limit` quotes of `quotes` (already in the order to show them) whose words differ:
 * two residents who asked the same thing in the same words read as a repeated line, not as two
 * voices, so the newer one stands for both (case, spacing and quote marks aside).
 */
export function distinctQuotes<T extends { quote: string }>(quotes: readonly T[], limit: number): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  for (const q of quotes) {
    if (out.length >= limit) break;
    const key = q.quote
      .normalize('NFC')
      .replace(/["”“„'’]/g, '')
      .replace(/\s+/g, ' ')
      .trim()
      .toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(q);
  }
  return out;
}

/** The theme's newest published quotes, newest first (same day: by id), at most `limit`, no words twice. */
export function latestQuotes<T extends FeedbackLike>(
  feedback: readonly T[],
  theme: string,
  limit: number,
): (T & { quote: string })[] {
  const quotes = feedback
    .filter((f): f is T & { quote: string } => f.theme === theme && hasPublishedQuote(f))
    .sort((a, b) => (a.date > b.date ? -1 : a.date < b.date ? 1 : byDateThenId(a, b)));
  return distinctQuotes(quotes, Math.max(0, limit));
}

/** How many published quotes the theme has: all that `latestQuotes` chooses from. */
export function publishedQuoteCount(feedback: readonly FeedbackLike[], theme: string): number {
  let n = 0;
  for (const f of feedback) if (f.theme === theme && hasPublishedQuote(f)) n++;
  return n;
}

export interface FeedbackBefore<T extends string = string> extends DateRange {
  /** Feedback on the themes in the range, weighted by `count`. */
  total: number;
  /** Per type, in `COUNT_ORDER.type` with zeros kept. */
  byType: ValueCount<T>[];
}

/** The first index in the sorted `dates` whose date is at least `date` (`strict`: after `date`). */
function firstAtOrAfter(dates: readonly string[], date: string, strict: boolean): number {
  let lo = 0;
  let hi = dates.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (dates[mid]! < date || (strict && dates[mid] === date)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** One theme's feedback per type as running sums over its days, oldest first. */
interface ThemeDays {
  /** The days with feedback, sorted, each once. */
  dates: string[];
  /** Per type: `count` weighted sum (and number of rows) of the days before index i, at i. */
  sums: Map<string, { count: number[]; rows: number[] }>;
}

/**
 * Feedback counted once per build, per theme, type and day, so that a count over a range of
 * days costs two binary searches instead of a pass over every row: the 6,000 action pages of a
 * city each count their themes' year before the action, which with a million rows would be
 * a billion row visits.
 */
export class FeedbackTally<T extends string = string> {
  readonly #themes = new Map<string, ThemeDays>();

  constructor(feedback: Iterable<FeedbackLike & { type: T }>) {
    const perDay = new Map<string, Map<string, Map<string, { count: number; rows: number }>>>();
    for (const f of feedback) {
      let days = perDay.get(f.theme);
      if (!days) {
        days = new Map();
        perDay.set(f.theme, days);
      }
      let types = days.get(f.date);
      if (!types) {
        types = new Map();
        days.set(f.date, types);
      }
      const cell = types.get(f.type);
      if (cell) {
        cell.count += f.count;
        cell.rows++;
      } else types.set(f.type, { count: f.count, rows: 1 });
    }
    for (const [theme, days] of perDay) {
      const dates = [...days.keys()].sort();
      const sums = new Map<string, { count: number[]; rows: number[] }>();
      for (const types of days.values())
        for (const type of types.keys()) if (!sums.has(type)) sums.set(type, { count: [0], rows: [0] });
      for (const date of dates) {
        const types = days.get(date)!;
        for (const [type, sum] of sums) {
          const cell = types.get(type);
          sum.count.push(sum.count.at(-1)! + (cell?.count ?? 0));
          sum.rows.push(sum.rows.at(-1)! + (cell?.rows ?? 0));
        }
      }
      this.#themes.set(theme, { dates, sums });
    }
  }

  /**
   * The themes' feedback from `from` to `to` (inclusive) per type, weighted by `count`, in
   * `COUNT_ORDER.type` with zeros kept, then any other type that has rows in the range, sorted
   * (as `countBy` lists them).
   */
  byType(themes: readonly string[], range: DateRange): ValueCount<T>[] {
    const counts = new Map<string, number>(COUNT_ORDER.type.map((v) => [v, 0]));
    const extra = new Set<string>();
    for (const theme of new Set(themes)) {
      const days = this.#themes.get(theme);
      if (!days) continue;
      const lo = firstAtOrAfter(days.dates, range.from, false);
      const hi = firstAtOrAfter(days.dates, range.to, true);
      if (hi <= lo) continue;
      for (const [type, sum] of days.sums) {
        if (sum.rows[hi]! - sum.rows[lo]! === 0) continue;
        if (!counts.has(type)) extra.add(type);
        counts.set(type, (counts.get(type) ?? 0) + sum.count[hi]! - sum.count[lo]!);
      }
    }
    // COUNT_ORDER lists the schema's types, which are the values of T for the real Feedback.
    const order = [...COUNT_ORDER.type, ...[...extra].sort()] as T[];
    return order.map((value) => ({ value, count: counts.get(value) ?? 0 }));
  }
}

/**
 * What residents said before an action began, as far as kuultu can count it: the feedback on
 * the action's themes in the 12 months before the day it was opened (that day not included).
 * Pass a `FeedbackTally` when counting for many actions.
 */
export function feedbackBefore<T extends string>(
  feedback: readonly (FeedbackLike & { type: T })[] | FeedbackTally<T>,
  themes: readonly string[],
  opened: string,
): FeedbackBefore<T> {
  const range = { from: addMonths(opened, -12), to: addDays(opened, -1) };
  const tally = feedback instanceof FeedbackTally ? feedback : new FeedbackTally<T>(feedback);
  const byType = tally.byType(themes, range);
  return { ...range, total: byType.reduce((n, c) => n + c.count, 0), byType };
}

/**
 * The service promise, measured (issue 11): of the feedback that arrived in a quarter, how much
 * was answered within the promised number of days, and the median days to an answer. Only
 * feedback that is answered one by one counts (not a meeting's or a survey's aggregate rows),
 * and only once it can be judged: answered, or older than the promise without an answer. Too
 * few judged pieces and no share or median is claimed, only n.
 */
import { addDays, addMonths, quarterOf, quarterRange } from './periods.ts';

/**
 * Below this many judged pieces in a quarter, one slow answer moves the share by five points or
 * more: the page then says there were too few to say, and shows n. The same bar holds for the
 * median, counted over the answered pieces.
 */
export const PROMISE_MIN_N = 20;

/** Channels whose feedback is aggregated, never answered one by one. */
const AGGREGATE_CHANNELS: ReadonlySet<string> = new Set(['meeting', 'survey']);

export interface PromiseFeedback {
  date: string;
  answered?: string;
  channel: string;
  count: number;
}

export interface PromiseQuarter {
  /** `2026-Q3`. */
  quarter: string;
  /** Pieces that can be judged: answered, or unanswered for longer than the promise. */
  n: number;
  /** Of those, answered within the promise. */
  kept: number;
  /** Of those, answered at all: what the median is taken over. */
  answered: number;
  /** kept / n, when n ≥ PROMISE_MIN_N. */
  share?: number;
  /** Median days to answer, when answered ≥ PROMISE_MIN_N. */
  medianDays?: number;
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Whether a piece of feedback is answered one by one, so the promise applies to it. */
export function isAnswerable(f: PromiseFeedback): boolean {
  return f.count === 1 && !AGGREGATE_CHANNELS.has(f.channel);
}

/**
 * The last `quarters` quarters up to the one `asOf` falls in, oldest first. A quarter appears
 * even without feedback (n = 0), so a silent quarter is not hidden.
 */
export function promiseByQuarter(
  feedback: readonly PromiseFeedback[],
  withinDays: number,
  asOf: string,
  quarters = 4,
): PromiseQuarter[] {
  const last = quarterOf(asOf);
  const first = quarterOf(addMonths(quarterRange(last).from, -3 * (quarters - 1)));
  const from = quarterRange(first).from;
  // Feedback newer than this has had less time than the promise gives: not judged yet, unless answered.
  const judgedUntil = addDays(asOf, -withinDays);
  const byQuarter = new Map<string, { n: number; kept: number; days: number[] }>();
  for (let q = first; ; q = quarterOf(addMonths(quarterRange(q).from, 3))) {
    byQuarter.set(q, { n: 0, kept: 0, days: [] });
    if (q === last) break;
  }
  for (const f of feedback) {
    if (f.date < from || f.date > asOf || !isAnswerable(f)) continue;
    const answered = f.answered !== undefined && f.answered <= asOf ? f.answered : undefined;
    if (answered === undefined && f.date >= judgedUntil) continue;
    const slot = byQuarter.get(quarterOf(f.date))!;
    slot.n++;
    if (answered === undefined) continue;
    const days = daysBetween(f.date, answered);
    slot.days.push(days);
    if (days <= withinDays) slot.kept++;
  }
  return [...byQuarter].map(([quarter, s]) => {
    const q: PromiseQuarter = { quarter, n: s.n, kept: s.kept, answered: s.days.length };
    if (s.n >= PROMISE_MIN_N) q.share = s.kept / s.n;
    if (s.days.length >= PROMISE_MIN_N) q.medianDays = median(s.days)!;
    return q;
  });
}

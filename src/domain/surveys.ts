/**
 * Survey results: each question's distribution per round, always with n, and a cautious trend
 * across rounds (PRODUCT.md §3.6: not only the mean).
 */
import { compareText } from '../core/collections.ts';
import { largestRemainderShares } from './shares.ts';

/** One row of a survey's CSV: how many answered 1..5 in one round to one question. */
export interface SurveyRowLike {
  /** The date the round closed. */
  round: string;
  question: string;
  n1: number;
  n2: number;
  n3: number;
  n4: number;
  n5: number;
  no_answer?: number;
}

export interface SurveyRoundResult {
  round: string;
  /** How many answered 1, 2, 3, 4, 5. */
  counts: [number, number, number, number, number];
  /** How many answered (1..5); those who did not answer are not in it. */
  n: number;
  noAnswer: number;
  /** Whole percentages of `n` for 1..5, adding up to exactly 100 (all 0 when n is 0). */
  shares: number[];
  /** Mean of the answers to 1 decimal; undefined when nobody answered. */
  mean: number | undefined;
}

/** Below this many answers in any round, no trend direction is given. */
export const MIN_N_FOR_TREND = 30;

/** One round of one question. */
export function surveyRoundResult(row: SurveyRowLike): SurveyRoundResult {
  const counts: [number, number, number, number, number] = [row.n1, row.n2, row.n3, row.n4, row.n5];
  const n = counts.reduce((a, b) => a + b, 0);
  const weighted = counts.reduce((sum, c, i) => sum + c * (i + 1), 0);
  // Rounding weighted * 10 / n (a ratio of whole numbers) keeps exact halves exact: 3.45 → 3.5.
  const mean = n === 0 ? undefined : Math.round((weighted * 10) / n) / 10;
  return { round: row.round, counts, n, noAnswer: row.no_answer ?? 0, shares: largestRemainderShares(counts), mean };
}

/** A question's results, one per round, oldest round first. */
export function surveyQuestionSeries(rows: readonly SurveyRowLike[], questionId: string): SurveyRoundResult[] {
  return rows
    .filter((r) => r.question === questionId)
    .sort((a, b) => compareText(a.round, b.round))
    .map(surveyRoundResult);
}

/** The survey's rounds, oldest first, each once. */
export function surveyRounds(rows: readonly SurveyRowLike[]): string[] {
  return [...new Set(rows.map((r) => r.round))].sort(compareText);
}

export interface RoundMean {
  round: string;
  mean: number | undefined;
  n: number;
}

export interface MeanTrend {
  first: RoundMean | undefined;
  last: RoundMean | undefined;
  /** last − first of the shown (rounded) means, to 1 decimal; undefined without two answered rounds. */
  change: number | undefined;
  /** Undefined when `withheld` says why. */
  direction: 'up' | 'down' | 'flat' | undefined;
  /**
   * Why no direction is given: `one-round` (nothing to compare), `no-answers` (the first or last
   * round has no answers), `few-answers` (some round has fewer than `MIN_N_FOR_TREND` answers).
   */
  withheld: 'one-round' | 'no-answers' | 'few-answers' | undefined;
}

/**
 * The first round's mean against the last's, each with its n. A direction is given only when
 * every round has at least `MIN_N_FOR_TREND` answers; a difference that rounds to 0.0 is flat.
 */
export function meanTrend(series: readonly SurveyRoundResult[]): MeanTrend {
  const sorted = [...series].sort((a, b) => compareText(a.round, b.round));
  const toMean = (r: SurveyRoundResult | undefined): RoundMean | undefined =>
    r ? { round: r.round, mean: r.mean, n: r.n } : undefined;
  const first = toMean(sorted[0]);
  const last = sorted.length > 1 ? toMean(sorted[sorted.length - 1]) : undefined;
  if (!first || !last) return { first, last, change: undefined, direction: undefined, withheld: 'one-round' };
  if (first.mean === undefined || last.mean === undefined)
    return { first, last, change: undefined, direction: undefined, withheld: 'no-answers' };
  const change = Math.round((last.mean - first.mean) * 10) / 10;
  if (sorted.some((r) => r.n < MIN_N_FOR_TREND))
    return { first, last, change, direction: undefined, withheld: 'few-answers' };
  return { first, last, change, direction: change > 0 ? 'up' : change < 0 ? 'down' : 'flat', withheld: undefined };
}

/** The rounds with too few answers to read a direction from, oldest first: what a page names when it withholds one. */
export function roundsWithFewAnswers(series: readonly SurveyRoundResult[]): SurveyRoundResult[] {
  return series.filter((r) => r.n < MIN_N_FOR_TREND).sort((a, b) => compareText(a.round, b.round));
}

/**
 * The share (whole %) that answered 4 or 5, the top of the scale, as the bars show it (the sum
 * of the two shown segments, so the headline and the bar never disagree); undefined when nobody
 * answered. A scale runs from its most negative answer at 1 to its most positive at 5.
 */
export function positiveShare(result: SurveyRoundResult): number | undefined {
  return result.n === 0 ? undefined : (result.shares[3] ?? 0) + (result.shares[4] ?? 0);
}

/** What an action contributes to a survey's timeline. */
export interface ChangeLike {
  status: 'planned' | 'in-progress' | 'done' | 'declined';
  opened: string;
  completed?: string;
}

/** Where a change falls among the rounds: before the first, between two, after the last, or not made yet. */
export type ChangePlace =
  | { kind: 'before'; next: string }
  | { kind: 'between'; previous: string; next: string }
  | { kind: 'after'; previous: string }
  | { kind: 'planned' };

export interface PlacedChange<A> {
  action: A;
  /** The day it was completed (done), started (in progress) or opened (planned). */
  day: string;
  made: 'done' | 'started' | 'planned';
}

export interface PlacedChanges<A> {
  place: ChangePlace;
  changes: PlacedChange<A>[];
}

/**
 * "Change something, then ask again": each action that names a survey, placed between the rounds
 * it was made between, so a reader can look for its effect in the next round. A done action
 * counts from the day it was completed, one in progress from the day it started; a round that
 * closed that same day could not yet have measured it, so the change falls after that round.
 * Planned actions are not made yet and come last; declined ones changed nothing and are left out.
 * Groups come in time order, each oldest change first (ties keep the input order); a survey
 * without rounds has no timeline.
 */
export function changesBetweenRounds<A extends ChangeLike>(
  rounds: readonly string[],
  actions: readonly A[],
): PlacedChanges<A>[] {
  const sorted = [...new Set(rounds)].sort(compareText);
  const last = sorted[sorted.length - 1];
  if (last === undefined) return [];
  const groups = new Map<string, PlacedChanges<A>>();
  for (const action of actions) {
    if (action.status === 'declined') continue;
    const done = action.status === 'done' && action.completed !== undefined;
    const change: PlacedChange<A> = {
      action,
      day: done ? action.completed! : action.opened,
      made: action.status === 'planned' ? 'planned' : done ? 'done' : 'started',
    };
    const next = sorted.findIndex((r) => r > change.day);
    // Keys sort the groups in time order: before (0), between by the next round (1…), after (2), planned (3).
    const [key, place]: [string, ChangePlace] =
      change.made === 'planned'
        ? ['3', { kind: 'planned' }]
        : next === -1
          ? ['2', { kind: 'after', previous: last }]
          : next === 0
            ? ['0', { kind: 'before', next: sorted[0]! }]
            : [`1${sorted[next]}`, { kind: 'between', previous: sorted[next - 1]!, next: sorted[next]! }];
    const group = groups.get(key) ?? { place, changes: [] };
    group.changes.push(change);
    groups.set(key, group);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => compareText(a, b))
    .map(([, group]) => ({ ...group, changes: group.changes.sort((a, b) => compareText(a.day, b.day)) }));
}

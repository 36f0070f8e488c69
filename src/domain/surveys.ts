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

import { describe, expect, it } from 'vitest';
import {
  changesBetweenRounds,
  meanTrend,
  positiveShare,
  roundsWithFewAnswers,
  surveyQuestionSeries,
  surveyRoundResult,
  surveyRounds,
  type ChangeLike,
  type SurveyRowLike,
} from '../../src/domain/surveys.ts';

const row = (
  round: string,
  question: string,
  n: [number, number, number, number, number],
  noAnswer?: number,
): SurveyRowLike => ({
  round,
  question,
  n1: n[0],
  n2: n[1],
  n3: n[2],
  n4: n[3],
  n5: n[4],
  ...(noAnswer === undefined ? {} : { no_answer: noAnswer }),
});

const rows: SurveyRowLike[] = [
  row('2026-05-31', 'q1', [5, 10, 20, 40, 25], 7),
  row('2025-05-31', 'q1', [10, 20, 30, 25, 15]),
  row('2025-05-31', 'q2', [1, 1, 1, 0, 0]),
  row('2025-11-30', 'q1', [10, 10, 10, 10, 10]),
];

describe('one survey round', () => {
  it('gives n without the non-answers, the shares and the mean', () => {
    expect(surveyRoundResult(rows[0]!)).toEqual({
      round: '2026-05-31',
      counts: [5, 10, 20, 40, 25],
      n: 100,
      noAnswer: 7,
      shares: [5, 10, 20, 40, 25],
      mean: 3.7,
    });
  });

  it('makes shares of thirds add up to exactly 100', () => {
    const result = surveyRoundResult(row('r', 'q', [1, 1, 1, 0, 0]));
    expect(result.shares).toEqual([34, 33, 33, 0, 0]);
    expect(result.shares.reduce((a, b) => a + b, 0)).toBe(100);
    expect(result.mean).toBe(2);
  });

  it('rounds an exact half of the mean up (3.45 → 3.5)', () => {
    // (1·0 + 2·0 + 3·11 + 4·9 + 5·0) / 20 = 69 / 20 = 3.45
    expect(surveyRoundResult(row('r', 'q', [0, 0, 11, 9, 0])).mean).toBe(3.5);
  });

  it('has no mean and zero shares when nobody answered', () => {
    const result = surveyRoundResult(row('r', 'q', [0, 0, 0, 0, 0], 4));
    expect(result).toMatchObject({ n: 0, noAnswer: 4, mean: undefined, shares: [0, 0, 0, 0, 0] });
  });
});

describe('a question across rounds', () => {
  it('lists the rounds oldest first', () => {
    expect(surveyRounds(rows)).toEqual(['2025-05-31', '2025-11-30', '2026-05-31']);
    expect(surveyQuestionSeries(rows, 'q1').map((r) => [r.round, r.mean])).toEqual([
      ['2025-05-31', 3.2], // 315 / 100 = 3.15, shown as 3.2
      ['2025-11-30', 3],
      ['2026-05-31', 3.7],
    ]);
  });

  it('compares the first and last round’s means, each with its n', () => {
    expect(meanTrend(surveyQuestionSeries(rows, 'q1'))).toEqual({
      first: { round: '2025-05-31', mean: 3.2, n: 100 },
      last: { round: '2026-05-31', mean: 3.7, n: 100 },
      change: 0.5,
      direction: 'up',
      withheld: undefined,
    });
  });

  it('withholds the direction when any round has fewer than 30 answers, and says so', () => {
    const series = surveyQuestionSeries([...rows, row('2025-08-31', 'q1', [5, 5, 5, 5, 5])], 'q1');
    const trend = meanTrend(series);
    expect(trend.direction).toBeUndefined();
    expect(trend.withheld).toBe('few-answers');
    expect(trend.change).toBe(0.5);
  });

  it('has nothing to compare with one round', () => {
    expect(meanTrend(surveyQuestionSeries(rows, 'q2'))).toMatchObject({
      direction: undefined,
      withheld: 'one-round',
      last: undefined,
    });
    expect(meanTrend([])).toMatchObject({ first: undefined, withheld: 'one-round' });
  });

  it('calls an unchanged mean flat', () => {
    const series = surveyQuestionSeries([row('2025', 'q', [0, 0, 40, 0, 0]), row('2026', 'q', [0, 0, 50, 0, 0])], 'q');
    expect(meanTrend(series)).toMatchObject({ change: 0, direction: 'flat' });
  });

  it('calls a fall down', () => {
    const series = surveyQuestionSeries([row('2025', 'q', [0, 0, 0, 40, 0]), row('2026', 'q', [0, 0, 40, 0, 0])], 'q');
    expect(meanTrend(series)).toMatchObject({ change: -1, direction: 'down' });
  });
});

describe('roundsWithFewAnswers', () => {
  it('names the rounds below the trend minimum, oldest first', () => {
    const series = surveyQuestionSeries(
      [
        row('2026-05', 'q', [1, 2, 3, 4, 5]),
        row('2025-05', 'q', [10, 10, 10, 10, 10]),
        row('2025-11', 'q', [0, 0, 29, 0, 0]),
      ],
      'q',
    );
    expect(roundsWithFewAnswers(series).map((r) => [r.round, r.n])).toEqual([
      ['2025-11', 29],
      ['2026-05', 15],
    ]);
  });

  it('is empty when every round has enough answers', () => {
    expect(roundsWithFewAnswers(surveyQuestionSeries([row('2025', 'q', [0, 0, 30, 0, 0])], 'q'))).toEqual([]);
  });
});

describe('positiveShare', () => {
  it('is the share answering 4 or 5 as the bars show it, and nothing when nobody answered', () => {
    expect(positiveShare(surveyRoundResult(row('2026-05-31', 'q', [5, 10, 20, 40, 25])))).toBe(65);
    // The bars show 34 + 33 + 33 (largest remainder): the headline adds the two shown segments, 66, not 2/3 → 67.
    expect(surveyRoundResult(row('2026-05-31', 'q', [0, 0, 1, 1, 1])).shares).toEqual([0, 0, 34, 33, 33]);
    expect(positiveShare(surveyRoundResult(row('2026-05-31', 'q', [0, 0, 1, 1, 1])))).toBe(66);
    expect(positiveShare(surveyRoundResult(row('2026-05-31', 'q', [0, 0, 0, 0, 0])))).toBeUndefined();
  });
});

describe('changesBetweenRounds', () => {
  const rounds = ['2025-05-31', '2024-05-31', '2025-11-30'];
  const action = (id: string, status: ChangeLike['status'], opened: string, completed?: string) => ({
    id,
    status,
    opened,
    ...(completed ? { completed } : {}),
  });

  it('places each change between the rounds it was made between, oldest first, planned last, declined nowhere', () => {
    const groups = changesBetweenRounds(rounds, [
      action('after', 'in-progress', '2026-01-10'),
      action('planned', 'planned', '2026-02-01'),
      action('declined', 'declined', '2024-07-01'),
      action('between-late', 'done', '2024-01-01', '2025-03-01'),
      action('between-early', 'in-progress', '2024-06-15'),
      action('before', 'done', '2023-10-01', '2024-01-20'),
      action('second-gap', 'done', '2025-06-01', '2025-09-01'),
    ]);
    expect(groups.map((g) => [g.place, g.changes.map((c) => `${c.action.id} ${c.made} ${c.day}`)])).toEqual([
      [{ kind: 'before', next: '2024-05-31' }, ['before done 2024-01-20']],
      [
        { kind: 'between', previous: '2024-05-31', next: '2025-05-31' },
        ['between-early started 2024-06-15', 'between-late done 2025-03-01'],
      ],
      [{ kind: 'between', previous: '2025-05-31', next: '2025-11-30' }, ['second-gap done 2025-09-01']],
      [{ kind: 'after', previous: '2025-11-30' }, ['after started 2026-01-10']],
      [{ kind: 'planned' }, ['planned planned 2026-02-01']],
    ]);
  });

  it('puts a change completed on the day a round closed after that round, which could not yet measure it', () => {
    const [group] = changesBetweenRounds(rounds, [action('same-day', 'done', '2024-01-01', '2024-05-31')]);
    expect(group!.place).toEqual({ kind: 'between', previous: '2024-05-31', next: '2025-05-31' });
  });

  it('gives no timeline for a survey without rounds', () => {
    expect(changesBetweenRounds([], [action('x', 'done', '2024-01-01', '2024-02-01')])).toEqual([]);
  });
});

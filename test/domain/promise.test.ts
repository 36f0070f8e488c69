import { describe, expect, it } from 'vitest';
import {
  isAnswerable,
  median,
  PROMISE_MIN_N,
  promiseByQuarter,
  type PromiseFeedback,
} from '../../src/domain/promise.ts';

const web = (date: string, answered?: string): PromiseFeedback => ({ date, answered, channel: 'web', count: 1 });

/** `n` pieces on `date`, answered after each of `days` in turn. */
function many(n: number, date: string, days: readonly number[]): PromiseFeedback[] {
  return Array.from({ length: n }, (_, i) => {
    const d = new Date(`${date}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + days[i % days.length]!);
    return web(date, d.toISOString().slice(0, 10));
  });
}

describe('the service promise per quarter', () => {
  it('gives the share answered within the promise and the median days, with n', () => {
    // 20 pieces in 2026-Q2: 15 answered in 3 days, 5 in 20 days.
    const feedback = [...many(15, '2026-05-04', [3]), ...many(5, '2026-05-04', [20])];
    const [q] = promiseByQuarter(feedback, 14, '2026-11-23', 3);
    expect(q).toEqual({ quarter: '2026-Q2', n: 20, kept: 15, answered: 20, share: 0.75, medianDays: 3 });
  });

  it('counts an answer on the last promised day as kept and one day later as not', () => {
    const feedback = [...many(10, '2026-04-01', [14]), ...many(10, '2026-04-01', [15])];
    expect(promiseByQuarter(feedback, 14, '2026-11-23', 3)[0]).toMatchObject({
      n: 20,
      kept: 10,
      share: 0.5,
      medianDays: 14.5,
    });
  });

  it('judges unanswered feedback older than the promise as not kept, and leaves newer unanswered feedback out', () => {
    const feedback = [...many(19, '2026-10-01', [2]), web('2026-10-02'), web('2026-11-20')];
    const q4 = promiseByQuarter(feedback, 14, '2026-11-23', 1)[0]!;
    expect(q4).toEqual({ quarter: '2026-Q4', n: 20, kept: 19, answered: 19, share: 0.95 });
  });

  it(`claims no share below ${PROMISE_MIN_N} judged pieces and no median below ${PROMISE_MIN_N} answers, but keeps n`, () => {
    const q = promiseByQuarter(many(PROMISE_MIN_N - 1, '2026-08-10', [1]), 14, '2026-11-23', 2)[0]!;
    expect(q).toEqual({ quarter: '2026-Q3', n: 19, kept: 19, answered: 19 });
  });

  it('shows every quarter of the span, a silent one with n = 0', () => {
    expect(promiseByQuarter([], 7, '2026-02-01', 3).map((q) => [q.quarter, q.n])).toEqual([
      ['2025-Q3', 0],
      ['2025-Q4', 0],
      ['2026-Q1', 0],
    ]);
  });

  it('leaves out what is not answered one by one: meeting and survey aggregates, rows standing for many', () => {
    expect(isAnswerable({ date: '2026-01-01', channel: 'meeting', count: 1 })).toBe(false);
    expect(isAnswerable({ date: '2026-01-01', channel: 'web', count: 12 })).toBe(false);
    expect(isAnswerable({ date: '2026-01-01', channel: 'phone', count: 1 })).toBe(true);
    const feedback = [
      { date: '2026-05-01', channel: 'survey', count: 1 },
      { date: '2026-05-01', channel: 'meeting', count: 30 },
    ];
    expect(promiseByQuarter(feedback, 14, '2026-11-23', 3)[0]!.n).toBe(0);
  });

  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import {
  feedbackBefore,
  FeedbackTally,
  countBy,
  countFeedbackByTheme,
  feedbackOverTime,
  distinctQuotes,
  latestQuotes,
  publishedQuoteCount,
  themeTrend,
  type FeedbackLike,
} from '../../src/domain/feedback.ts';
import type { Feedback } from '../../src/schemas/feedback.ts';

function fb(id: string, date: string, theme: string, count = 1, extra: Partial<Feedback> = {}): Feedback {
  return { id, date, theme, type: 'idea', channel: 'web', count, lang: 'fi', ...extra } as Feedback;
}

const feedback: Feedback[] = [
  fb('P1', '2026-01-05', 'kouluruoka', 3, { type: 'criticism', channel: 'email' }),
  fb('P2', '2026-01-20', 'kouluruoka', 1, { quote: 'Lisää kasviksia!' }),
  fb('P3', '2026-03-02', 'katuvalot', 5, { type: 'praise', channel: 'phone' }),
  fb('P4', '2026-03-02', 'kirjasto', 4),
  fb('P5', '2025-12-31', 'kirjasto', 10, { quote: 'Aukioloajat' }),
  fb('P6', '2026-03-02', 'kouluruoka', 1, { quote: 'Hyvää ruokaa', type: 'praise' }),
  fb('P7', '2026-03-02', 'kouluruoka', 1, { quote: 'Liian suolaista', type: 'criticism' }),
];

describe('feedback by theme', () => {
  it('weights by count, most first, ties by theme slug', () => {
    expect(countFeedbackByTheme(feedback)).toEqual([
      { theme: 'kirjasto', count: 14 },
      { theme: 'kouluruoka', count: 6 },
      { theme: 'katuvalot', count: 5 },
    ]);
  });

  it('counts only the range, and lists themes without feedback as 0 when asked', () => {
    expect(
      countFeedbackByTheme(feedback, {
        from: '2026-01-01',
        to: '2026-02-28',
        themes: ['katuvalot', 'kirjasto', 'kouluruoka'],
      }),
    ).toEqual([
      { theme: 'kouluruoka', count: 4 },
      { theme: 'katuvalot', count: 0 },
      { theme: 'kirjasto', count: 0 },
    ]);
  });
});

describe('feedback over time', () => {
  it('lists every month in the range, quiet ones as 0', () => {
    expect(feedbackOverTime(feedback, 'month', { from: '2025-12-01', to: '2026-04-30' })).toEqual([
      { period: '2025-12', count: 10 },
      { period: '2026-01', count: 4 },
      { period: '2026-02', count: 0 },
      { period: '2026-03', count: 11 },
      { period: '2026-04', count: 0 },
    ]);
  });

  it('counts by quarter and leaves out feedback outside the range', () => {
    expect(feedbackOverTime(feedback, 'quarter', { from: '2026-01-01', to: '2026-06-30' })).toEqual([
      { period: '2026-Q1', count: 15 },
      { period: '2026-Q2', count: 0 },
    ]);
  });
});

describe('feedback by type and channel', () => {
  it('keeps the fixed order of types and the zero counts', () => {
    expect(countBy(feedback, 'type')).toEqual([
      { value: 'praise', count: 6 },
      { value: 'criticism', count: 4 },
      { value: 'idea', count: 15 },
      { value: 'question', count: 0 },
    ]);
  });

  it('lists all eight channels in order', () => {
    const channels = countBy(feedback, 'channel');
    expect(channels.map((c) => c.value)).toEqual([
      'web',
      'email',
      'phone',
      'meeting',
      'survey',
      'social',
      'visit',
      'other',
    ]);
    expect(channels.find((c) => c.value === 'web')?.count).toBe(17);
    expect(channels.find((c) => c.value === 'visit')?.count).toBe(0);
  });

  it('still counts a value outside the list, after the listed ones', () => {
    const odd: FeedbackLike[] = [
      { id: 'X', date: '2026-01-01', theme: 't', type: 'complaint', channel: 'web', count: 2 },
    ];
    expect(countBy(odd, 'type').at(-1)).toEqual({ value: 'complaint', count: 2 });
  });
});

describe('theme trend', () => {
  const asOf = '2026-11-23';
  it('compares the last 12 months with the 12 before', () => {
    const rows = [
      fb('a', '2026-11-23', 't', 30),
      fb('b', '2025-11-24', 't', 10),
      fb('c', '2025-11-23', 't', 20),
      fb('d', '2024-11-24', 't', 1),
      fb('e', '2024-11-23', 't', 99),
    ];
    const trend = themeTrend(rows, 't', asOf);
    expect(trend.recent).toEqual({ from: '2025-11-24', to: '2026-11-23', count: 40 });
    expect(trend.previous).toEqual({ from: '2024-11-24', to: '2025-11-23', count: 21 });
    expect(trend.direction).toBe('up');
    expect(trend.few).toBe(false);
  });

  it('calls a change within 10 % flat, and beyond it up or down', () => {
    const trendOf = (recent: number, previous: number) =>
      themeTrend([fb('r', '2026-06-01', 't', recent), fb('p', '2025-06-01', 't', previous)], 't', asOf).direction;
    expect(trendOf(110, 100)).toBe('flat');
    expect(trendOf(90, 100)).toBe('flat');
    expect(trendOf(111, 100)).toBe('up');
    expect(trendOf(89, 100)).toBe('down');
    expect(trendOf(12, 0)).toBe('up');
  });

  it('calls small numbers flat: 3 → 6 is not a doubling to read into', () => {
    const trend = themeTrend([fb('r', '2026-06-01', 't', 6), fb('p', '2025-06-01', 't', 3)], 't', asOf);
    expect(trend.direction).toBe('flat');
    expect(trend.few).toBe(true);
  });

  it('counts only the theme asked for', () => {
    const trend = themeTrend([fb('r', '2026-06-01', 'other', 50)], 't', asOf);
    expect([trend.recent.count, trend.previous.count, trend.direction]).toEqual([0, 0, 'flat']);
  });
});

describe('quotes and years', () => {
  it('gives the newest published quotes first, same day by id, up to the limit', () => {
    expect(latestQuotes(feedback, 'kouluruoka', 5).map((f) => f.id)).toEqual(['P6', 'P7', 'P2']);
    expect(latestQuotes(feedback, 'kouluruoka', 2).map((f) => f.quote)).toEqual(['Hyvää ruokaa', 'Liian suolaista']);
    expect(latestQuotes(feedback, 'katuvalot', 5)).toEqual([]);
  });

  it('shows the same words once: the newest stands for a repeated quote, and the list still fills up', () => {
    const rows = [
      fb('Q1', '2026-10-21', 't', 1, { quote: 'Voiko kasvisruoan valita ilman erillistä ilmoitusta?' }),
      fb('Q2', '2026-10-20', 't', 1, { quote: 'Hyvä idea.' }),
      fb('Q3', '2026-09-10', 't', 1, { quote: '  voiko kasvisruoan valita  ilman erillistä ilmoitusta? ' }),
      fb('Q4', '2026-08-01', 't', 1, { quote: 'Kiitos!' }),
    ];
    expect(latestQuotes(rows, 't', 3).map((f) => f.id)).toEqual(['Q1', 'Q2', 'Q4']);
    expect(distinctQuotes([{ quote: '”Hyvä”' }, { quote: 'hyvä' }], 5)).toEqual([{ quote: '”Hyvä”' }]);
  });

  it('counts the published quotes latestQuotes chooses from, one per row whatever its count', () => {
    expect(publishedQuoteCount(feedback, 'kouluruoka')).toBe(latestQuotes(feedback, 'kouluruoka', 100).length);
    expect(publishedQuoteCount(feedback, 'kouluruoka')).toBe(3);
    expect(publishedQuoteCount(feedback, 'katuvalot')).toBe(0);
    expect(
      publishedQuoteCount(
        [fb('Q1', '2026-01-01', 't', 5, { quote: '  ' }), fb('Q2', '2026-01-01', 't', 5, { quote: 'Kyllä' })],
        't',
      ),
    ).toBe(1);
  });
});

describe('feedbackBefore', () => {
  const rows = [
    { id: 'a', date: '2024-03-01', theme: 'kirjastot', type: 'idea', channel: 'web', count: 1 },
    { id: 'b', date: '2024-03-02', theme: 'kirjastot', type: 'idea', channel: 'web', count: 1 },
    { id: 'c', date: '2025-02-28', theme: 'puistot', type: 'criticism', channel: 'web', count: 4 },
    { id: 'd', date: '2025-03-01', theme: 'kirjastot', type: 'praise', channel: 'web', count: 1 },
    { id: 'e', date: '2024-12-01', theme: 'liikunta', type: 'idea', channel: 'web', count: 9 },
  ];

  it("counts the action's themes in the 12 months before the day it was opened, by type", () => {
    const before = feedbackBefore(rows, ['kirjastot', 'puistot'], '2025-03-01');
    expect(before.from).toBe('2024-03-01');
    expect(before.to).toBe('2025-02-28');
    expect(before.total).toBe(6);
    expect(before.byType).toEqual([
      { value: 'praise', count: 0 },
      { value: 'criticism', count: 4 },
      { value: 'idea', count: 2 },
      { value: 'question', count: 0 },
    ]);
  });

  it('counts nothing when the themes were quiet', () => {
    expect(feedbackBefore(rows, ['kouluruoka'], '2025-03-01').total).toBe(0);
  });
});

describe('FeedbackTally', () => {
  it('counts any range of days per type exactly as a pass over the rows does', () => {
    let seed = 7;
    const next = () => {
      seed = (seed * 48271) % 2147483647;
      return seed / 2147483647;
    };
    const themes = ['kirjastot', 'puistot', 'liikunta'];
    const types = ['praise', 'criticism', 'idea', 'question', 'muu'];
    const day = (n: number) => new Date(Date.UTC(2024, 0, 1 + n)).toISOString().slice(0, 10);
    const rows = Array.from({ length: 3000 }, (_, i) => ({
      id: `P-${i}`,
      date: day(Math.floor(next() * 700)),
      theme: themes[Math.floor(next() * themes.length)]!,
      type: types[Math.floor(next() * types.length)]!,
      channel: 'web',
      count: 1 + Math.floor(next() * 4),
    }));
    const tally = new FeedbackTally(rows);
    for (let k = 0; k < 200; k++) {
      const a = day(Math.floor(next() * 760) - 30);
      const b = day(Math.floor(next() * 760) - 30);
      const range = a <= b ? { from: a, to: b } : { from: b, to: a };
      const chosen = themes.filter(() => next() < 0.6);
      const ofThemes = rows.filter((f) => chosen.includes(f.theme));
      expect(tally.byType(chosen, range)).toEqual(countBy(ofThemes, 'type', range));
    }
  });

  it('gives feedbackBefore the same answer as the rows themselves', () => {
    const rows: FeedbackLike[] = [
      { id: 'a', date: '2024-03-01', theme: 'kirjastot', type: 'idea', channel: 'web', count: 2 },
      { id: 'b', date: '2025-02-28', theme: 'puistot', type: 'praise', channel: 'web', count: 3 },
    ];
    expect(feedbackBefore(new FeedbackTally(rows), ['kirjastot', 'puistot'], '2025-03-01')).toEqual(
      feedbackBefore(rows, ['kirjastot', 'puistot'], '2025-03-01'),
    );
  });
});

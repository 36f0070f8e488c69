import { describe, expect, it } from 'vitest';
import { answeredWithinYear, unansweredFeedback } from '../../src/domain/answered.ts';

const asOf = '2026-11-23';
const feedback = (date: string, count = 1) => ({ id: date, date, theme: 't', type: 'idea', channel: 'web', count });
const action = (status: 'planned' | 'in-progress' | 'done' | 'declined', opened: string, completed?: string) => ({
  id: 'A-1',
  themes: ['t'],
  status,
  opened,
  ...(completed ? { completed } : {}),
});

describe('feedback with no answer in the last 12 months', () => {
  it('counts the feedback of the 12 months ending on the as-of date when no action answers it', () => {
    expect(
      unansweredFeedback([feedback('2025-11-23', 5), feedback('2025-11-24', 2), feedback('2026-11-23')], [], [], asOf),
    ).toEqual({
      feedback: 3,
    });
  });

  it('is silent without feedback this year, or when an action is open, new, completed or updated within it', () => {
    expect(unansweredFeedback([feedback('2025-06-01')], [], [], asOf)).toBeUndefined();
    const recent = [feedback('2026-10-01')];
    expect(unansweredFeedback(recent, [action('planned', '2020-01-01')], [], asOf)).toBeUndefined();
    expect(unansweredFeedback(recent, [action('declined', '2026-01-10')], [], asOf)).toBeUndefined();
    expect(unansweredFeedback(recent, [action('done', '2024-01-01', '2026-02-01')], [], asOf)).toBeUndefined();
    const old = action('done', '2024-01-01', '2024-06-01');
    expect(unansweredFeedback(recent, [old], [], asOf)).toEqual({ feedback: 1 });
    expect(answeredWithinYear([old], [{ action: 'A-1', date: '2026-03-01', status: 'done' }], asOf)).toBe(true);
    expect(answeredWithinYear([old], [{ action: 'A-2', date: '2026-03-01', status: 'done' }], asOf)).toBe(false);
  });
});

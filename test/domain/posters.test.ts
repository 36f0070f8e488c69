import { describe, expect, it } from 'vitest';
import type { ActionLike } from '../../src/domain/actions.ts';
import type { FeedbackLike } from '../../src/domain/feedback.ts';
import { posterAsOf, posterFor, posterQuarters, statusEventsOf, type StatusEvent } from '../../src/domain/posters.ts';

const fb = (id: string, date: string, extra: Partial<FeedbackLike> = {}): FeedbackLike => ({
  id,
  date,
  theme: 'ruoka',
  type: 'idea',
  channel: 'web',
  count: 1,
  ...extra,
});

describe('posterQuarters', () => {
  it('lists quarters with feedback or action events, newest first, none after as-of', () => {
    const feedback = [fb('1', '2025-02-01'), fb('2', '2025-02-20'), fb('3', '2027-01-05')];
    const events: StatusEvent[] = [{ actionId: 'A', date: '2025-08-15', status: 'done' }];
    expect(posterQuarters(feedback, events, '2026-11-23')).toEqual(['2025-Q3', '2025-Q1']);
    expect(posterQuarters(feedback, events, '2027-01-01')).toEqual(['2027-Q1', '2025-Q3', '2025-Q1']);
  });
});

describe('statusEventsOf', () => {
  it('counts a done action without a timeline as done on its completed date', () => {
    const action: ActionLike = {
      id: 'A',
      themes: ['ruoka'],
      status: 'done',
      opened: '2025-01-10',
      completed: '2025-05-02',
    };
    const events = statusEventsOf([action], [{ actionId: 'A', date: '2025-01-10', status: 'done' }]);
    expect(events).toEqual([
      { actionId: 'A', date: '2025-01-10', status: 'in-progress' },
      { actionId: 'A', date: '2025-05-02', status: 'done' },
    ]);
  });

  it('keeps a timeline that already says when the action was done', () => {
    const action: ActionLike = { id: 'A', themes: [], status: 'done', opened: '2025-01-10', completed: '2025-05-02' };
    const events: StatusEvent[] = [
      { actionId: 'A', date: '2025-01-10', status: 'planned' },
      { actionId: 'A', date: '2025-05-02', status: 'done' },
    ];
    expect(statusEventsOf([action], events)).toEqual(events);
  });
});

describe('posterFor', () => {
  const actions: ActionLike[] = [
    { id: 'A-1', themes: ['ruoka'], status: 'done', opened: '2025-01-10', completed: '2025-05-02' },
    { id: 'A-2', themes: ['ruoka'], status: 'in-progress', opened: '2024-11-01' },
    { id: 'A-3', themes: ['ruoka'], status: 'planned', opened: '2025-09-01' },
  ];
  const events = statusEventsOf(actions, [
    { actionId: 'A-1', date: '2025-01-10', status: 'done' },
    { actionId: 'A-2', date: '2024-11-01', status: 'in-progress' },
    { actionId: 'A-3', date: '2025-09-01', status: 'planned' },
  ]);

  it('says what we heard in the quarter: the count weighted by rows, types with feedback, at most two newest quotes (POSTER_QUOTES)', () => {
    const feedback = [
      fb('1', '2025-04-01', { type: 'praise', quote: 'Vanha' }),
      fb('2', '2025-05-01', { count: 4, quote: 'Toinen' }),
      fb('3', '2025-06-01', { quote: 'Uusin' }),
      fb('4', '2025-06-01', { quote: 'Myös uusin' }),
      fb('5', '2025-07-01', { quote: 'Seuraava neljännes' }),
    ];
    const poster = posterFor('2025-Q2', feedback, actions, events);
    expect(poster.heard.count).toBe(7);
    expect(poster.heard.byType).toEqual([
      { value: 'praise', count: 1 },
      { value: 'idea', count: 6 },
    ]);
    expect(poster.heard.quotes.map((q) => q.quote)).toEqual(['Uusin', 'Myös uusin']);
  });

  it('says what we did: actions that changed in the quarter, and those still in progress', () => {
    const q2 = posterFor('2025-Q2', [], actions, events);
    expect(q2.changed.map((c) => [c.action.id, c.status])).toEqual([['A-1', 'done']]);
    expect(q2.inProgress.map((c) => c.action.id)).toEqual(['A-2']);
    const q1 = posterFor('2025-Q1', [], actions, events);
    expect(q1.changed.map((c) => [c.action.id, c.status])).toEqual([['A-1', 'in-progress']]);
    expect(q1.inProgress.map((c) => c.action.id)).toEqual(['A-2']);
    const q4 = posterFor('2024-Q4', [], actions, events);
    expect(q4.changed.map((c) => c.action.id)).toEqual(['A-2']);
    expect(q4.inProgress).toEqual([]);
  });

  it('never puts a planned action under "we did": a plan opened in the quarter is listed as coming', () => {
    const q3 = posterFor('2025-Q3', [], actions, events);
    expect(q3.changed).toEqual([]);
    expect(q3.inProgress.map((c) => c.action.id)).toEqual(['A-2']);
    expect(q3.planned.map((c) => [c.action.id, c.status])).toEqual([['A-3', 'planned']]);
  });

  it('has actions in progress to show when nothing was completed or changed in the quarter', () => {
    const quiet = posterFor('2025-Q3', [fb('1', '2025-08-01')], actions, events);
    expect(quiet.heard.count).toBe(1);
    expect(quiet.changed).toHaveLength(0);
    expect(quiet.inProgress).toHaveLength(1);
  });

  it('puts a plan that was started within the quarter under "we did", in progress', () => {
    const started = statusEventsOf(
      [{ id: 'B', themes: ['ruoka'], status: 'in-progress', opened: '2025-04-01' }],
      [
        { actionId: 'B', date: '2025-04-01', status: 'planned' },
        { actionId: 'B', date: '2025-05-15', status: 'in-progress' },
      ],
    );
    const poster = posterFor(
      '2025-Q2',
      [],
      [{ id: 'B', themes: ['ruoka'], status: 'in-progress', opened: '2025-04-01' }],
      started,
    );
    expect(poster.changed.map((c) => [c.action.id, c.status])).toEqual([['B', 'in-progress']]);
    expect(poster.planned).toEqual([]);
  });
});

describe('posterAsOf', () => {
  it('is the last day of a past quarter, and the build day within the current one', () => {
    expect(posterAsOf('2025-Q4', '2026-11-23')).toBe('2025-12-31');
    expect(posterAsOf('2026-Q4', '2026-11-23')).toBe('2026-11-23');
    expect(posterAsOf('2026-Q1', '2026-03-31')).toBe('2026-03-31');
  });
});

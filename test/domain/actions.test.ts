import { describe, expect, it } from 'vitest';
import {
  actionEvents,
  actionsForMeeting,
  actionsForTheme,
  countByStatus,
  activityIn,
  groupActionsByStatus,
  lastChanged,
  latestActions,
  latestPerAction,
  outcomeOf,
  previewByStatus,
  STATUS_ORDER,
  statusSince,
  timelineOf,
  type ActionLike,
  type ActionUpdateLike,
} from '../../src/domain/actions.ts';

const actions: ActionLike[] = [
  { id: 'A-3', themes: ['kouluruoka'], status: 'done', opened: '2025-01-10', completed: '2025-06-01' },
  {
    id: 'A-1',
    themes: ['kouluruoka', 'liikunta'],
    status: 'in-progress',
    opened: '2025-03-01',
    meeting: 'nuva-2025-02',
  },
  { id: 'A-2', themes: ['liikunta'], status: 'planned', opened: '2025-05-01' },
  {
    id: 'A-4',
    themes: ['kouluruoka'],
    status: 'done',
    opened: '2025-02-01',
    completed: '2025-09-15',
    meeting: 'nuva-2025-02',
  },
  { id: 'A-5', themes: ['kouluruoka'], status: 'declined', opened: '2025-04-01' },
  { id: 'A-0', themes: ['kouluruoka'], status: 'in-progress', opened: '2025-03-01' },
];

describe('actions by status', () => {
  it('puts under way first, then coming, done and not doing', () => {
    expect(STATUS_ORDER).toEqual(['in-progress', 'planned', 'done', 'declined']);
  });

  it('groups in that order, done newest completed first, others newest opened then id', () => {
    const groups = groupActionsByStatus(actions);
    expect(groups.map((g) => [g.status, g.actions.map((a) => a.id)])).toEqual([
      ['in-progress', ['A-0', 'A-1']],
      ['planned', ['A-2']],
      ['done', ['A-4', 'A-3']],
      ['declined', ['A-5']],
    ]);
  });

  it('keeps empty groups so pages can say there is nothing', () => {
    expect(groupActionsByStatus([actions[2]!]).map((g) => g.actions.length)).toEqual([0, 1, 0, 0]);
  });

  it("previews each group with its newest actions up to the group's limit, and says how many there are in all", () => {
    const preview = previewByStatus(actions, { 'in-progress': 1, planned: 5, done: 1, declined: 0 });
    expect(preview.map((p) => [p.status, p.shown.map((a) => a.id), p.total])).toEqual([
      ['in-progress', ['A-0'], 2],
      ['planned', ['A-2'], 1],
      ['done', ['A-4'], 2],
      ['declined', [], 1],
    ]);
  });

  it('lists a theme’s and a meeting’s actions in status order', () => {
    expect(actionsForTheme(actions, 'kouluruoka').map((a) => a.id)).toEqual(['A-0', 'A-1', 'A-4', 'A-3', 'A-5']);
    expect(actionsForTheme(actions, 'liikunta').map((a) => a.id)).toEqual(['A-1', 'A-2']);
    expect(actionsForMeeting(actions, 'nuva-2025-02').map((a) => a.id)).toEqual(['A-1', 'A-4']);
  });

  it('counts each status, zeros kept', () => {
    expect(countByStatus(actions)).toEqual([
      { status: 'in-progress', count: 2 },
      { status: 'planned', count: 1 },
      { status: 'done', count: 2 },
      { status: 'declined', count: 1 },
    ]);
    expect(countByStatus([]).map((c) => c.count)).toEqual([0, 0, 0, 0]);
  });
});

describe('timelines and the actions feed', () => {
  const updates: ActionUpdateLike[] = [
    { action: 'A-4', date: '2025-09-15', status: 'done', progress: 100, note: { fi: 'Valmis' } },
    { action: 'A-4', date: '2025-02-01', status: 'planned', note: { fi: 'Kirjattu' } },
    { action: 'A-4', date: '2025-04-01', status: 'in-progress', progress: 20, note: { fi: '' } },
    { action: 'A-4', date: '2025-05-01', status: 'in-progress', progress: 60, note: { fi: 'Edistyy' } },
    { action: 'A-1', date: '2025-03-01', status: 'planned' },
    { action: 'A-1', date: '2025-09-15', status: 'in-progress' },
  ];

  it('sorts an action’s updates by date', () => {
    expect(timelineOf('A-4', updates).map((u) => u.date)).toEqual(
      ['2025-04-01', '2025-02-01', '2025-05-01', '2025-09-15'].sort(),
    );
    expect(timelineOf('A-2', updates)).toEqual([]);
  });

  it('keeps same-day updates in the order they were written', () => {
    const sameDay: ActionUpdateLike[] = [
      { action: 'A', date: '2025-01-02', status: 'in-progress' },
      { action: 'A', date: '2025-01-01', status: 'planned' },
      { action: 'A', date: '2025-01-02', status: 'done' },
    ];
    expect(timelineOf('A', sameDay).map((u) => u.status)).toEqual(['planned', 'in-progress', 'done']);
  });

  it('makes one opened event per action and one per status change, newest first', () => {
    const events = actionEvents(
      actions.filter((a) => a.id === 'A-4' || a.id === 'A-1' || a.id === 'A-2'),
      updates,
    );
    expect(events).toEqual([
      { actionId: 'A-1', date: '2025-09-15', kind: 'status', status: 'in-progress' },
      { actionId: 'A-4', date: '2025-09-15', kind: 'status', status: 'done', progress: 100, note: { fi: 'Valmis' } },
      { actionId: 'A-2', date: '2025-05-01', kind: 'opened', status: 'planned' },
      { actionId: 'A-4', date: '2025-04-01', kind: 'status', status: 'in-progress', progress: 20 },
      { actionId: 'A-1', date: '2025-03-01', kind: 'opened', status: 'planned' },
      { actionId: 'A-4', date: '2025-02-01', kind: 'opened', status: 'planned' },
    ]);
  });

  it('puts a same-day status change before the opening it follows', () => {
    const events = actionEvents(
      [{ id: 'B', themes: [], status: 'done', opened: '2025-01-01', completed: '2025-01-01' }],
      [
        { action: 'B', date: '2025-01-01', status: 'planned' },
        { action: 'B', date: '2025-01-01', status: 'done' },
      ],
    );
    expect(events.map((e) => e.kind)).toEqual(['status', 'opened']);
  });

  it('gives the same feed whatever order the rows come in', () => {
    const forward = actionEvents(actions, updates);
    const backward = actionEvents(
      [...actions].reverse(),
      [...updates].reverse().sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)),
    );
    expect(backward).toEqual(forward);
  });
});

describe('the latest actions and what came of them', () => {
  const updates: ActionUpdateLike[] = [
    { action: 'A-2', date: '2025-11-01', status: 'planned', note: { fi: 'Suunnitelma hyväksyttiin.' } },
    { action: 'A-1', date: '2025-04-01', status: 'in-progress', note: { fi: 'Työ alkoi.', sv: 'Arbetet började.' } },
    { action: 'A-1', date: '2025-05-01', status: 'in-progress', progress: 40 },
  ];
  const byAction = new Map([
    ['A-2', updates.slice(0, 1)],
    ['A-1', updates.slice(1)],
  ]);

  it('dates a change by the latest update, else completion, else opening', () => {
    expect(lastChanged(actions[0]!, [])).toBe('2025-06-01');
    expect(lastChanged(actions[1]!, byAction.get('A-1')!)).toBe('2025-05-01');
    expect(lastChanged(actions[2]!, [])).toBe('2025-05-01');
  });

  it('lists the most recently changed first, cut to the limit', () => {
    expect(latestActions(actions, byAction, 3).map((a) => a.id)).toEqual(['A-2', 'A-4', 'A-3']);
    expect(latestActions(actions, byAction, 10)).toHaveLength(actions.length);
  });

  it('tells a declined action by its reason, others by their description, else by their latest note', () => {
    const reason = { fi: 'Ei rahoitusta.' };
    const description = { fi: 'Kuvaus.' };
    expect(outcomeOf({ ...actions[4]!, reason, description }, [])).toBe(reason);
    expect(outcomeOf({ ...actions[1]!, description }, byAction.get('A-1')!)).toBe(description);
    expect(outcomeOf({ ...actions[1]!, description: {} }, byAction.get('A-1')!)).toEqual({
      fi: 'Työ alkoi.',
      sv: 'Arbetet började.',
    });
    expect(outcomeOf({ ...actions[0]!, description: { fi: '  ' } }, [])).toBeUndefined();
  });
});

describe('a period of "did", beside a period of "heard"', () => {
  const updates = new Map<string, ActionUpdateLike[]>([
    [
      'A-5',
      [
        { action: 'A-5', date: '2025-04-01', status: 'planned' },
        { action: 'A-5', date: '2025-08-01', status: 'declined' },
      ],
    ],
  ]);

  it('dates a status from the update that reached it, else completion or opening', () => {
    expect(statusSince(actions[4]!, updates.get('A-5')!)).toBe('2025-08-01');
    expect(statusSince(actions[0]!, [])).toBe('2025-06-01');
    expect(statusSince(actions[2]!, [])).toBe('2025-05-01');
  });

  it('counts what was opened, completed and declined in the range, and what is under way at its end', () => {
    expect(activityIn(actions, updates, { from: '2025-04-15', to: '2025-12-31' })).toEqual({
      opened: 1,
      done: 2,
      declined: 1,
      inProgress: 2,
      planned: 1,
    });
    // Nothing opened after the range counts, not even as coming.
    expect(activityIn(actions, updates, { from: '2025-01-01', to: '2025-03-31' })).toEqual({
      opened: 4,
      done: 0,
      declined: 0,
      inProgress: 2,
      planned: 0,
    });
  });

  it('names each action once in a list of changes, by its newest event', () => {
    const events = [
      { actionId: 'A-1', date: '2025-09-01' },
      { actionId: 'A-2', date: '2025-08-01' },
      { actionId: 'A-1', date: '2025-07-01' },
      { actionId: 'A-3', date: '2025-06-01' },
    ];
    expect(latestPerAction(events, 2)).toEqual([events[0], events[1]]);
    expect(latestPerAction(events, 10)).toEqual([events[0], events[1], events[3]]);
  });
});

/**
 * The domain's structural input types must accept the project's real types, and give them back
 * unchanged: a page that passes `Action`s must get `Action`s (with their titles) out. `tsc
 * --noEmit` checks the types here (test/ is type-checked); the assertions check the values.
 */
import { describe, expect, it } from 'vitest';
import { actionEvents, groupActionsByStatus } from '../../src/domain/actions.ts';
import { countFeedbackByTheme, latestQuotes } from '../../src/domain/feedback.ts';
import { upcomingMeetings } from '../../src/domain/meetings.ts';
import { surveyQuestionSeries } from '../../src/domain/surveys.ts';
import { voteResult } from '../../src/domain/votes.ts';
import type { Action } from '../../src/schemas/action.ts';
import type { ActionUpdate } from '../../src/schemas/action-update.ts';
import type { Feedback } from '../../src/schemas/feedback.ts';
import type { Meeting } from '../../src/schemas/meeting.ts';
import type { SurveyResultRow } from '../../src/schemas/survey-results.ts';
import type { VoteResultRow } from '../../src/schemas/vote-results.ts';

const feedback: Feedback[] = [
  {
    id: 'P-1',
    date: '2026-10-01',
    theme: 'kouluruoka',
    channel: 'web',
    type: 'idea',
    count: 2,
    quote: 'Lisää kasviksia',
    lang: 'fi',
  },
  {
    id: 'P-2',
    date: '2026-10-02',
    theme: 'liikunta',
    channel: 'email',
    type: 'praise',
    service: 'Liikuntapalvelut',
    count: 1,
    lang: 'fi',
  },
];
const action: Action = {
  id: 'A-2026-001',
  title: { fi: 'Kasvisruokaa kahdesti viikossa' },
  said: {},
  description: {},
  themes: ['kouluruoka'],
  status: 'in-progress',
  opened: '2026-09-01',
  unit: 'Ruokapalvelut',
  influence: 'own',
  reason: {},
};
const updates: ActionUpdate[] = [
  { action: 'A-2026-001', date: '2026-09-01', status: 'in-progress', progress: undefined, note: {} },
  { action: 'A-2026-001', date: '2026-10-15', status: 'done', progress: 100, note: { fi: 'Valmis.' } },
];
const meeting: Meeting & { slug: string } = {
  slug: 'nuva-2026-12',
  body: 'nuorisovaltuusto',
  date: '2026-12-01',
  start: '17:00',
  end: undefined,
  online: undefined,
  place: 'Kipinä',
  status: 'planned',
  agenda: ['Kouluruoka'],
};
const survey: SurveyResultRow = {
  round: '2026-05-31',
  question: 'maku',
  n1: 0,
  n2: 1,
  n3: 1,
  n4: 1,
  n5: 1,
  no_answer: undefined,
};
const votes: VoteResultRow[] = [
  { option: { fi: 'Uimaranta' }, votes: 3 },
  { option: { fi: 'Skeittipaikka' }, votes: 1 },
];

describe('the real data types', () => {
  it('go through the feedback functions, quotes keeping every field of Feedback', () => {
    expect(countFeedbackByTheme(feedback)).toEqual([
      { theme: 'kouluruoka', count: 2 },
      { theme: 'liikunta', count: 1 },
    ]);
    const quotes: Feedback[] = latestQuotes(feedback, 'kouluruoka', 3);
    expect(quotes).toEqual([feedback[0]]);
  });

  it('go through the action functions, groups holding the Action objects themselves', () => {
    const groups: Action[][] = groupActionsByStatus([action]).map((g) => g.actions);
    expect(groups.flat()).toEqual([action]);
    expect(actionEvents([action], updates).map((e) => [e.kind, e.status, e.note?.fi])).toEqual([
      ['status', 'done', 'Valmis.'],
      ['opened', 'in-progress', undefined],
    ]);
  });

  it('go through the meeting, survey and vote functions', () => {
    const next: (Meeting & { slug: string }) | undefined = upcomingMeetings([meeting], '2026-11-23')[0];
    expect(next).toBe(meeting);
    expect(surveyQuestionSeries([survey], 'maku').map((r) => [r.round, r.n])).toEqual([['2026-05-31', 4]]);
    expect(voteResult(votes).winners.map((w) => w.option.fi)).toEqual(['Uimaranta']);
  });
});

/**
 * The domain's structural input types must accept the project's real types. This file mostly
 * guards at type-check time (`tsc --noEmit` covers test/); the runtime test keeps vitest honest.
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

function useRealTypes(input: { feedback: Feedback[]; actions: Action[]; updates: ActionUpdate[]; meetings: (Meeting & { slug: string })[]; survey: SurveyResultRow[]; votes: VoteResultRow[] }) {
  const quotes: Feedback[] = latestQuotes(input.feedback, 'kouluruoka', 3);
  const groups: Action[][] = groupActionsByStatus(input.actions).map((g) => g.actions);
  const next: Meeting | undefined = upcomingMeetings(input.meetings, '2026-11-23')[0];
  return [countFeedbackByTheme(input.feedback), quotes, groups, actionEvents(input.actions, input.updates), next, surveyQuestionSeries(input.survey, 'q'), voteResult(input.votes)];
}

describe('the real data types', () => {
  it('go through the domain functions unchanged', () => {
    const result = useRealTypes({ feedback: [], actions: [], updates: [], meetings: [], survey: [], votes: [] });
    expect(result[0]).toEqual([]);
  });
});

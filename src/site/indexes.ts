/**
 * Lookups the pages share, built once per build rather than once per page: with 100,000
 * feedback rows, filtering the whole list on each of hundreds of pages would dominate the build.
 */
import { groupBy, memo } from '../core/collections.ts';
import { FeedbackTally } from '../domain/feedback.ts';
import type { DateRange } from '../domain/periods.ts';
import type { Action } from '../schemas/action.ts';
import type { ActionUpdate } from '../schemas/action-update.ts';
import type { Feedback } from '../schemas/feedback.ts';
import type { Project } from '../schemas/project.ts';

export interface Indexes {
  feedbackByTheme: ReadonlyMap<string, readonly Feedback[]>;
  /** Feedback per theme, type and day, for counts over a range of days (the action pages' year before). */
  feedbackTally: FeedbackTally<Feedback['type']>;
  actionsById: ReadonlyMap<string, Action>;
  /** Actions by the meeting that decided them. */
  actionsByMeeting: ReadonlyMap<string, readonly Action[]>;
  /** Each action's rows of action-updates.csv, in file order (`timelineOf` sorts them). */
  updatesByAction: ReadonlyMap<string, readonly ActionUpdate[]>;
  /** From the first feedback of any theme to the as-of date: the span every theme's chart covers, so they share one axis. */
  feedbackSpan: Readonly<DateRange>;
}

const once = memo<Project, Indexes>();

function feedbackSpan(feedback: readonly Feedback[], asOf: string): DateRange {
  let from = asOf;
  for (const f of feedback) if (f.date < from) from = f.date;
  return { from, to: asOf };
}

export function indexesOf(project: Project): Indexes {
  return once(project, 'indexes', () => ({
    feedbackByTheme: groupBy(project.feedback, (f) => f.theme),
    feedbackTally: new FeedbackTally(project.feedback),
    actionsById: new Map(project.actions.map((a) => [a.id, a])),
    actionsByMeeting: groupBy(
      project.actions.filter((a) => a.meeting !== undefined),
      (a) => a.meeting!,
    ),
    updatesByAction: groupBy(project.actionUpdates, (u) => u.action),
    feedbackSpan: feedbackSpan(project.feedback, project.asOf),
  }));
}

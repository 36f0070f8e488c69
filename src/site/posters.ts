/**
 * Each theme's posters, worked out once per build: the action events are computed for all
 * actions together, then sliced per theme, so the hundreds of poster pages share one pass.
 */
import { actionsForTheme } from '../domain/actions.ts';
import { groupBy, memo } from '../core/collections.ts';
import { quarterOf } from '../domain/periods.ts';
import { posterQuarters, statusEventsOf, type StatusEvent } from '../domain/posters.ts';
import type { Action } from '../schemas/action.ts';
import type { Feedback } from '../schemas/feedback.ts';
import type { Project } from '../schemas/project.ts';
import { allActionEvents } from './action-feed.ts';
import { indexesOf } from './indexes.ts';

export interface ThemePosters {
  feedback: readonly Feedback[];
  /**
   * The theme's feedback by quarter (`2026-Q3`), in the same order: a poster needs only its own
   * quarter, and filtering the whole theme for each of hundreds of posters was a tenth of a
   * city-scale build.
   */
  feedbackByQuarter: ReadonlyMap<string, readonly Feedback[]>;
  actions: Action[];
  events: StatusEvent[];
  /** Newest first. */
  quarters: string[];
}

const once = memo<Project, Map<string, ThemePosters>>();

export function postersByTheme(project: Project): Map<string, ThemePosters> {
  return once(project, 'byTheme', () => postersOf(project));
}

function postersOf(project: Project): Map<string, ThemePosters> {
  const events = statusEventsOf(project.actions, allActionEvents(project));
  const { feedbackByTheme } = indexesOf(project);
  const byTheme = new Map<string, ThemePosters>();
  for (const theme of project.themes) {
    const actions = actionsForTheme(project.actions, theme.slug);
    const ids = new Set(actions.map((a) => a.id));
    const themeEvents = events.filter((e) => ids.has(e.actionId));
    const feedback = feedbackByTheme.get(theme.slug) ?? [];
    const feedbackByQuarter = groupBy(feedback, (f) => quarterOf(f.date));
    byTheme.set(theme.slug, {
      feedback,
      feedbackByQuarter,
      actions,
      events: themeEvents,
      quarters: posterQuarters(feedback, themeEvents, project.asOf),
    });
  }
  return byTheme;
}

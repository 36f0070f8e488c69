/**
 * Each theme's posters, worked out once per build: the action events are computed for all
 * actions together, then sliced per theme, so the hundreds of poster pages share one pass.
 */
import { actionsForTheme } from '../domain/actions.ts';
import { groupBy } from '../core/collections.ts';
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

const cache = new WeakMap<Project, Map<string, ThemePosters>>();

export function postersByTheme(project: Project): Map<string, ThemePosters> {
  let byTheme = cache.get(project);
  if (byTheme) return byTheme;
  const events = statusEventsOf(project.actions, allActionEvents(project));
  const { feedbackByTheme } = indexesOf(project);
  byTheme = new Map();
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
  cache.set(project, byTheme);
  return byTheme;
}

/**
 * Each theme's posters, worked out once per build: the action events are computed for all
 * actions together, then sliced per theme, so the hundreds of poster pages share one pass.
 */
import { actionEvents, actionsForTheme } from '../domain/actions.ts';
import { posterQuarters, statusEventsOf, type StatusEvent } from '../domain/posters.ts';
import type { Action } from '../schemas/action.ts';
import type { Feedback } from '../schemas/feedback.ts';
import type { Project } from '../validate/project.ts';
import { indexesOf } from './indexes.ts';

export interface ThemePosters {
  feedback: readonly Feedback[];
  actions: Action[];
  events: StatusEvent[];
  /** Newest first. */
  quarters: string[];
}

const cache = new WeakMap<Project, Map<string, ThemePosters>>();

export function postersByTheme(project: Project): Map<string, ThemePosters> {
  let byTheme = cache.get(project);
  if (byTheme) return byTheme;
  const events = statusEventsOf(project.actions, actionEvents(project.actions, project.actionUpdates));
  const { feedbackByTheme } = indexesOf(project);
  byTheme = new Map();
  for (const theme of project.themes) {
    const actions = actionsForTheme(project.actions, theme.slug);
    const ids = new Set(actions.map((a) => a.id));
    const themeEvents = events.filter((e) => ids.has(e.actionId));
    const feedback = feedbackByTheme.get(theme.slug) ?? [];
    byTheme.set(theme.slug, { feedback, actions, events: themeEvents, quarters: posterQuarters(feedback, themeEvents, project.asOf) });
  }
  cache.set(project, byTheme);
  return byTheme;
}

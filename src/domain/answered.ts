/**
 * Whether residents were answered: a theme whose feedback of the last 12 months met no action
 * in those months must say so on its page rather than show an empty "we did" (PRODUCT.md's
 * promise that those heard are told what happened, even when it is "nothing yet"). Pure, and
 * read from the build's as-of date.
 */
import type { ActionLike, ActionUpdateLike } from './actions.ts';
import type { FeedbackLike } from './feedback.ts';
import { addMonths } from './periods.ts';

export interface Unanswered {
  /** Feedback (weighted by count) in the 12 months ending on the as-of date. */
  feedback: number;
}

/**
 * An action answers within the last 12 months when it is planned or under way, or when it was
 * opened, completed or updated in those months (a decision to decline is an answer too).
 */
export function answeredWithinYear(
  actions: readonly ActionLike[],
  updates: readonly ActionUpdateLike[],
  asOf: string,
): boolean {
  const from = addMonths(asOf, -12);
  const within = (date: string | undefined) => date !== undefined && date > from && date <= asOf;
  const ids = new Set(actions.map((a) => a.id));
  return (
    actions.some(
      (a) => a.status === 'planned' || a.status === 'in-progress' || within(a.opened) || within(a.completed),
    ) || updates.some((u) => ids.has(u.action) && within(u.date))
  );
}

/** The theme's unanswered feedback, or undefined when it was answered or nobody said anything this year. */
export function unansweredFeedback(
  feedback: readonly FeedbackLike[],
  actions: readonly ActionLike[],
  updates: readonly ActionUpdateLike[],
  asOf: string,
): Unanswered | undefined {
  const from = addMonths(asOf, -12);
  const recent = feedback.filter((f) => f.date > from && f.date <= asOf).reduce((n, f) => n + f.count, 0);
  if (recent === 0 || answeredWithinYear(actions, updates, asOf)) return undefined;
  return { feedback: recent };
}

/**
 * "You said, we did" posters (PRODUCT.md §7): one A4 page per theme and quarter, as public
 * bodies pin on notice boards. What goes on a poster is chosen here, from the theme's feedback
 * and its actions' events, so the page only lays it out.
 */
import type { ActionEvent, ActionLike, ActionStatus } from './actions.ts';
import { compareText, groupBy } from '../core/collections.ts';
import { countBy, distinctQuotes, hasPublishedQuote, type FeedbackLike, type ValueCount } from './feedback.ts';
import { quarterOf, quarterRange } from './periods.ts';

/** Quotes on one poster: enough to be heard, few enough to read from a notice board. */
export const POSTER_QUOTES = 2;

/** A status change, or an action's opening with the status it started with. */
export type StatusEvent = Pick<ActionEvent, 'actionId' | 'date' | 'status'>;

/**
 * The quarters that have a poster, newest first: those with feedback or an action event, never
 * one after the build's "now".
 */
export function posterQuarters(
  feedback: readonly FeedbackLike[],
  events: readonly StatusEvent[],
  asOf: string,
): string[] {
  const last = quarterOf(asOf);
  const quarters = new Set<string>();
  for (const f of feedback) quarters.add(quarterOf(f.date));
  for (const e of events) quarters.add(quarterOf(e.date));
  return [...quarters]
    .filter((q) => q <= last)
    .sort()
    .reverse();
}

/**
 * Every status event of the actions: those the actions feed has, plus the completion of a done
 * action whose timeline never says so (an action without action-updates rows opens "done" in
 * the feed; on a poster it should count as done on its completed date, not when opened).
 */
export function statusEventsOf(actions: readonly ActionLike[], events: readonly StatusEvent[]): StatusEvent[] {
  const byAction = groupBy(events, (e) => e.actionId);
  const out: StatusEvent[] = [];
  for (const action of actions) {
    const own = [...(byAction.get(action.id) ?? [])].sort((a, b) => compareText(a.date, b.date));
    const completed = action.completed;
    if (action.status === 'done' && completed && !own.some((e) => e.status === 'done' && e.date === completed)) {
      const before = own
        .filter((e) => e.date < completed)
        .map((e) => (e.status === 'done' ? { ...e, status: 'in-progress' as const } : e));
      out.push(
        ...(before.length > 0
          ? before
          : [{ actionId: action.id, date: action.opened, status: 'in-progress' as const }]),
        { actionId: action.id, date: completed, status: 'done' },
      );
    } else {
      out.push(...own);
    }
  }
  return out;
}

export interface PosterAction<A extends ActionLike> {
  action: A;
  /** The status the action had at the end of the quarter. */
  status: ActionStatus;
}

export interface Poster<F extends FeedbackLike, A extends ActionLike> {
  quarter: string;
  /** "Sanoitte": how much we heard, by type, and a few published quotes (newest first). */
  heard: { count: number; byType: ValueCount<F['type']>[]; quotes: (F & { quote: string })[] };
  /**
   * "Teimme": actions that were done, started, moved on or declined in the quarter. Never one
   * that is only planned at the quarter's end: a plan is not something we did.
   */
  changed: PosterAction<A>[];
  /** Actions in progress at the end of the quarter that did not change in it. */
  inProgress: PosterAction<A>[];
  /** Actions planned at the end of the quarter: what is coming, told apart from what was done. */
  planned: PosterAction<A>[];
}

/**
 * The date a poster's statuses hold on: the quarter's last day, or the build's "now" while the
 * quarter is still running (a poster of the current quarter tells the situation today).
 */
export function posterAsOf(quarter: string, asOf: string): string {
  const { to } = quarterRange(quarter);
  return to < asOf ? to : asOf;
}

function statusAt(events: readonly StatusEvent[], date: string): ActionStatus | undefined {
  let status: ActionStatus | undefined;
  for (const e of events) if (e.date <= date) status = e.status;
  return status;
}

/**
 * One poster. `feedback` and `actions` are the theme's; `events` come from `statusEventsOf`.
 * Actions list done first, then by id, so a poster reads the same in every build.
 */
export function posterFor<F extends FeedbackLike, A extends ActionLike>(
  quarter: string,
  feedback: readonly F[],
  actions: readonly A[],
  events: readonly StatusEvent[],
): Poster<F, A> {
  const { from, to } = quarterRange(quarter);
  const heardRows = feedback.filter((f) => f.date >= from && f.date <= to);
  const quotes = distinctQuotes(
    heardRows
      .filter(hasPublishedQuote)
      .sort((a, b) => (a.date > b.date ? -1 : a.date < b.date ? 1 : a.id < b.id ? -1 : 1)),
    POSTER_QUOTES,
  );
  const eventsByAction = groupBy(
    [...events].sort((a, b) => compareText(a.date, b.date)),
    (e) => e.actionId,
  );
  const changed: PosterAction<A>[] = [];
  const inProgress: PosterAction<A>[] = [];
  const planned: PosterAction<A>[] = [];
  for (const action of actions) {
    const own = eventsByAction.get(action.id) ?? [];
    const status = statusAt(own, to);
    if (status === undefined) continue;
    if (status === 'planned') planned.push({ action, status });
    else if (own.some((e) => e.date >= from && e.date <= to)) changed.push({ action, status });
    else if (status === 'in-progress') inProgress.push({ action, status });
  }
  const order = (a: PosterAction<A>, b: PosterAction<A>) =>
    Number(b.status === 'done') - Number(a.status === 'done') || (a.action.id < b.action.id ? -1 : 1);
  return {
    quarter,
    heard: {
      count: heardRows.reduce((n, f) => n + f.count, 0),
      byType: countBy(heardRows, 'type').filter((c) => c.count > 0),
      quotes,
    },
    changed: changed.sort(order),
    inProgress: inProgress.sort(order),
    planned: planned.sort(order),
  };
}

/**
 * "We did": actions grouped and ordered the way residents read them, their timelines, and the
 * events the actions feed is made of.
 */

import { compareText, groupBy } from '../core/collections.ts';

export type ActionStatus = 'planned' | 'in-progress' | 'done' | 'declined';

/** Text in some of the site's languages. */
export type LocalizedText = Partial<Record<'fi' | 'sv' | 'en', string>>;

/** What these functions read of an action (`Action` from the schemas fits). */
export interface ActionLike {
  id: string;
  themes: readonly string[];
  status: ActionStatus;
  opened: string;
  completed?: string;
  meeting?: string;
}

/** One row of `action-updates.csv`. */
export interface ActionUpdateLike {
  action: string;
  date: string;
  status: ActionStatus;
  progress?: number;
  note?: LocalizedText;
}

/** What a resident wants to see first: under way, coming, done, not doing. */
export const STATUS_ORDER = ['in-progress', 'planned', 'done', 'declined'] as const satisfies readonly ActionStatus[];
// Every status is in the order: a status added to the schema and not here is a type error, not a missing list group.
const everyStatus: [Exclude<ActionStatus, (typeof STATUS_ORDER)[number]>] extends [never] ? true : never = true;
void everyStatus;

export interface StatusGroup<T extends ActionLike> {
  status: ActionStatus;
  actions: T[];
}

/**
 * The order within one status: done actions newest completed first (without a completed date:
 * last); the others most recently opened first. Ties by id.
 */
function compareWithinStatus(a: ActionLike, b: ActionLike): number {
  if (a.status === 'done' && b.status === 'done') {
    const byCompleted = compareText(b.completed ?? '', a.completed ?? '');
    if (byCompleted !== 0) return byCompleted;
  }
  return compareText(b.opened, a.opened) || compareText(a.id, b.id);
}

/** The order of every action list: by `STATUS_ORDER`, then as within a status group. */
export function compareActions(a: ActionLike, b: ActionLike): number {
  return STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status) || compareWithinStatus(a, b);
}

/** All four groups in `STATUS_ORDER`, empty ones included (a page may say "nothing under way"). */
export function groupActionsByStatus<T extends ActionLike>(actions: readonly T[]): StatusGroup<T>[] {
  return STATUS_ORDER.map((status) => ({
    status,
    actions: actions.filter((a) => a.status === status).sort(compareWithinStatus),
  }));
}

export interface StatusPreview<T extends ActionLike> {
  status: ActionStatus;
  /** The first `limit` of the group, in the group's order (newest first). */
  shown: T[];
  /** How many actions have the status in all. */
  total: number;
}

/**
 * Each status group cut to its first few actions, for an overview whose size must not grow
 * with the number of actions; `total` says how many the full list has. All four groups, in
 * `STATUS_ORDER`, empty ones included.
 */
export function previewByStatus<T extends ActionLike>(
  actions: readonly T[],
  limits: Readonly<Record<ActionStatus, number>>,
): StatusPreview<T>[] {
  return groupActionsByStatus(actions).map((group) => ({
    status: group.status,
    shown: group.actions.slice(0, limits[group.status]),
    total: group.actions.length,
  }));
}

/** The actions answering a theme, in the order of `compareActions`. */
export function actionsForTheme<T extends ActionLike>(actions: readonly T[], theme: string): T[] {
  return actions.filter((a) => a.themes.includes(theme)).sort(compareActions);
}

/** The actions decided at a meeting, in the order of `compareActions`. */
export function actionsForMeeting<T extends ActionLike>(actions: readonly T[], meeting: string): T[] {
  return actions.filter((a) => a.meeting === meeting).sort(compareActions);
}

/** How many actions have each status, in `STATUS_ORDER`, zeros kept. */
export function countByStatus(actions: readonly ActionLike[]): { status: ActionStatus; count: number }[] {
  return STATUS_ORDER.map((status) => ({ status, count: actions.filter((a) => a.status === status).length }));
}

/**
 * An action's updates, oldest first. Updates on the same day keep their order in the file,
 * which is the order the author wrote them in.
 */
export function timelineOf<T extends ActionUpdateLike>(actionId: string, updates: readonly T[]): T[] {
  return updates.filter((u) => u.action === actionId).sort((a, b) => compareText(a.date, b.date));
}

export interface ActionEvent {
  actionId: string;
  date: string;
  kind: 'opened' | 'status';
  status: ActionStatus;
  progress?: number;
  note?: LocalizedText;
}

function hasText(note: LocalizedText | undefined): note is LocalizedText {
  return note !== undefined && Object.values(note).some((t) => t !== undefined && t.trim() !== '');
}

/**
 * The actions feed: one `opened` event per action on its opened date, and one `status` event per
 * update whose status differs from the one before it. The `opened` event carries the status the
 * timeline starts with (without a timeline: the action's status), so the first update is never
 * a change. Newest first; on the same date by action id, and within one action the later
 * event first.
 */
export function actionEvents(actions: readonly ActionLike[], updates: readonly ActionUpdateLike[]): ActionEvent[] {
  const byAction = groupBy(updates, (u) => u.action);
  const events: { event: ActionEvent; seq: number }[] = [];
  for (const action of actions) {
    const timeline = timelineOf(action.id, byAction.get(action.id) ?? []);
    const first = timeline[0];
    let previous = first?.status ?? action.status;
    events.push({ event: { actionId: action.id, date: action.opened, kind: 'opened', status: previous }, seq: 0 });
    timeline.forEach((u, i) => {
      if (u.status === previous) return;
      previous = u.status;
      const event: ActionEvent = { actionId: action.id, date: u.date, kind: 'status', status: u.status };
      if (u.progress !== undefined) event.progress = u.progress;
      if (hasText(u.note)) event.note = u.note;
      events.push({ event, seq: i + 1 });
    });
  }
  return events
    .sort(
      (a, b) =>
        compareText(b.event.date, a.event.date) || compareText(a.event.actionId, b.event.actionId) || b.seq - a.seq,
    )
    .map((e) => e.event);
}

/** How many actions answer each theme (an action with two themes counts for both). */
export function countActionsByTheme(actions: readonly ActionLike[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const action of actions) {
    for (const theme of new Set(action.themes)) counts.set(theme, (counts.get(theme) ?? 0) + 1);
  }
  return counts;
}

/** What `outcomeOf` reads of an action beyond `ActionLike`. */
export interface ActionStoryLike extends ActionLike {
  description?: LocalizedText;
  reason?: LocalizedText;
}

/** The day an action last changed: its latest update, else its completed date, else the day it was opened. */
export function lastChanged(action: ActionLike, timeline: readonly ActionUpdateLike[]): string {
  let latest = action.completed ?? action.opened;
  for (const u of timeline) if (u.date > latest) latest = u.date;
  return latest;
}

/**
 * The `limit` actions that changed most recently, newest first (ties in `compareActions`
 * order): "what we did lately", the answer a theme page opens with.
 */
export function latestActions<T extends ActionLike>(
  actions: readonly T[],
  updatesByAction: ReadonlyMap<string, readonly ActionUpdateLike[]>,
  limit: number,
): T[] {
  const changed = new Map(actions.map((a) => [a.id, lastChanged(a, updatesByAction.get(a.id) ?? [])]));
  return [...actions]
    .sort((a, b) => compareText(changed.get(b.id)!, changed.get(a.id)!) || compareActions(a, b))
    .slice(0, limit);
}

/**
 * The text that says what came of an action, in every language it has: a declined action's
 * reason; else its description (what is being done); else the note of its latest update that
 * has one, since a note alone ("Done.") says little when a description is there. Undefined when
 * the action has none of these.
 */
export function outcomeOf(action: ActionStoryLike, timeline: readonly ActionUpdateLike[]): LocalizedText | undefined {
  if (action.status === 'declined' && hasText(action.reason)) return action.reason;
  if (hasText(action.description)) return action.description;
  return [...timeline].reverse().find((u) => hasText(u.note))?.note;
}

/**
 * The day an action reached the status it has now: the first update of the last run of updates
 * with that status; without one, its completed date (done) or the day it was opened.
 */
export function statusSince(action: ActionLike, timeline: readonly ActionUpdateLike[]): string {
  let since: string | undefined;
  for (const u of timeline) {
    if (u.status !== action.status) since = undefined;
    else since ??= u.date;
  }
  return since ?? (action.status === 'done' ? (action.completed ?? action.opened) : action.opened);
}

export interface PeriodActivity {
  /** Actions opened within the range. */
  opened: number;
  /** Done actions completed within the range. */
  done: number;
  /** Declined actions whose decline falls within the range. */
  declined: number;
  /** Under way and coming on the range's last day (the as-of date), whenever they were opened. */
  inProgress: number;
  planned: number;
}

/**
 * What was done in a period, for a home page that puts "heard" and "did" side by side over the
 * same dates: what was opened, completed and declined in the range, and what is under way and
 * coming at its end.
 */
export function activityIn(
  actions: readonly ActionLike[],
  updatesByAction: ReadonlyMap<string, readonly ActionUpdateLike[]>,
  range: { from: string; to: string },
): PeriodActivity {
  const within = (date: string | undefined) => date !== undefined && date >= range.from && date <= range.to;
  const activity: PeriodActivity = { opened: 0, done: 0, declined: 0, inProgress: 0, planned: 0 };
  for (const a of actions) {
    if (a.opened > range.to) continue;
    if (within(a.opened)) activity.opened++;
    if (a.status === 'done' && within(a.completed)) activity.done++;
    if (a.status === 'declined' && within(statusSince(a, timelineOf(a.id, updatesByAction.get(a.id) ?? []))))
      activity.declined++;
    if (a.status === 'in-progress') activity.inProgress++;
    if (a.status === 'planned') activity.planned++;
  }
  return activity;
}

/** The newest event of each action, newest first, at most `limit`: a list of changes that names each action once. */
export function latestPerAction<T extends { actionId: string }>(events: readonly T[], limit: number): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  for (const e of events) {
    if (seen.has(e.actionId)) continue;
    seen.add(e.actionId);
    out.push(e);
    if (out.length === limit) break;
  }
  return out;
}

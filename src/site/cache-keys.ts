/**
 * Cache keys for Astro's incremental build (`experimental.incrementalBuild`): a page whose key and
 * code are unchanged since the last build is copied from the last build instead of rendered.
 *
 * A key must change whenever anything the page shows changes, so each key is the digest of
 * - the site fingerprint: everything in the project except the three large row sets (feedback,
 *   actions, action updates) — settings, languages, the as-of date, every content entry's
 *   frontmatter. The layout and the shared components read these, so any change there
 *   re-renders every keyed page;
 * - the rows the page itself reads, named by the page (an action, its updates and its themes'
 *   feedback counts before it; a meeting's actions; a poster's quarter of feedback and its
 *   theme's actions).
 * Pages without a key are rendered on every build: that is the safe default, used for the few
 * hundred list, theme and home pages that read across all rows. MDX bodies and the templates are
 * in the page's module graph, which Astro hashes itself.
 *
 * test/e2e/incremental.test.ts checks the promise: after a data drop, the incremental build is
 * byte-identical to a full build of the same input.
 */
import { createHash } from 'node:crypto';
import { feedbackBefore } from '../domain/feedback.ts';
import type { Action } from '../schemas/action.ts';
import type { Entry, Project } from '../schemas/project.ts';
import type { Meeting } from '../schemas/meeting.ts';
import { indexesOf } from './indexes.ts';
import { postersByTheme } from './posters.ts';

/** JSON with Maps and Sets spelled out (JSON.stringify would write them as {}), keys in insertion order. */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v instanceof Map) return { map: [...v.entries()] };
    if (v instanceof Set) return { set: [...v] };
    return v;
  });
}

function digest(...parts: readonly string[]): string {
  const hash = createHash('sha256');
  for (const p of parts) hash.update(p).update('\0');
  return hash.digest('base64url');
}

const fingerprints = new WeakMap<Project, string>();

/** Everything but the large row sets (and the content folder's path, which no page shows). */
export function siteFingerprint(project: Project): string {
  let f = fingerprints.get(project);
  if (f === undefined) {
    const { feedback: _f, actions: _a, actionUpdates: _u, root: _r, ...rest } = project;
    f = digest(stableJson(rest));
    fingerprints.set(project, f);
  }
  return f;
}

const keysMade = new WeakMap<Project, Map<string, string>>();

/**
 * A page's key, made once per build: every page exists in each language with the same key (no
 * key names a language), and digesting a poster's quarter of feedback three times showed in the
 * rebuild's profile.
 */
function once(project: Project, name: string, make: () => string): string {
  let keys = keysMade.get(project);
  if (!keys) {
    keys = new Map();
    keysMade.set(project, keys);
  }
  let key = keys.get(name);
  if (key === undefined) {
    key = make();
    keys.set(name, key);
  }
  return key;
}

export function cacheKey(project: Project, ...rows: readonly unknown[]): string {
  return digest(siteFingerprint(project), stableJson(rows));
}

function actionRows(project: Project, actions: readonly Action[]): unknown[] {
  const { updatesByAction } = indexesOf(project);
  return actions.map((a) => [a, updatesByAction.get(a.id) ?? []]);
}

/**
 * An action's page shows the action, its timeline and the counts of its themes' feedback in the
 * year before it opened (themes, meeting and body come from the fingerprint).
 */
export function actionKey(project: Project, action: Action): string {
  return once(project, `action\0${action.id}`, () => {
    const before = feedbackBefore(indexesOf(project).feedbackTally, action.themes, action.opened);
    return cacheKey(project, actionRows(project, [action]), before);
  });
}

/** A meeting's page lists the actions decided at it. */
export function meetingKey(project: Project, meeting: Entry<Meeting>): string {
  return cacheKey(
    project,
    meeting.slug,
    actionRows(project, indexesOf(project).actionsByMeeting.get(meeting.slug) ?? []),
  );
}

const themeActionDigests = new WeakMap<Project, Map<string, string>>();

/** A poster shows its quarter's feedback and what was done on the theme (its actions and their timelines). */
export function posterKey(project: Project, theme: string, quarter: string): string {
  let byTheme = themeActionDigests.get(project);
  if (!byTheme) {
    byTheme = new Map();
    themeActionDigests.set(project, byTheme);
  }
  const data = postersByTheme(project).get(theme);
  let actions = byTheme.get(theme);
  if (actions === undefined) {
    actions = digest(stableJson(data ? actionRows(project, data.actions) : []), stableJson(data?.events ?? []));
    byTheme.set(theme, actions);
  }
  // The span of all feedback names a partial quarter's days ("4. neljännes 2026 (1.10.–18.11.)").
  const { feedbackSpan } = indexesOf(project);
  const themeActions = actions;
  return once(project, `poster\0${theme}\0${quarter}`, () =>
    cacheKey(project, theme, quarter, feedbackSpan, themeActions, data?.feedbackByQuarter.get(quarter) ?? []),
  );
}

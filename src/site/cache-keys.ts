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
 *   feedback counts before it; a meeting's actions; a poster's theme's actions), or what the page
 *   shows of them where that is far smaller (a poster's figures of its quarter's feedback).
 * Pages without a key are rendered on every build: that is the safe default, used for the few
 * hundred list, theme and home pages that read across all rows. MDX bodies and the templates are
 * in the page's module graph, which Astro hashes itself.
 *
 * test/e2e/incremental.test.ts checks the promise: after a data drop, the incremental build is
 * byte-identical to a full build of the same input.
 */
import { createHash } from 'node:crypto';
import { memo } from '../core/collections.ts';
import { posterFor } from '../domain/posters.ts';
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

const fingerprints = memo<Project, string>();

/** Everything but the large row sets (and the content folder's path, which no page shows). */
export function siteFingerprint(project: Project): string {
  return fingerprints(project, '', () => {
    const { feedback: _f, actions: _a, actionUpdates: _u, root: _r, ...rest } = project;
    return digest(stableJson(rest));
  });
}

/**
 * Everything in the project but the feedback rows (and the content folder's path): what the
 * pages' searchable text comes from — the site fingerprint and the action rows. The search feed
 * sends pages to Pagefind from the first one when this differs from the last build's
 * (src/build/search-index.ts), as after an edited action.
 */
export function searchableDataDigest(project: Project): string {
  return digest(siteFingerprint(project), stableJson([project.actions, project.actionUpdates]));
}

/**
 * A page's key, made once per build: every page exists in each language with the same key (no
 * key names a language), and digesting a poster's quarter of feedback three times showed in the
 * rebuild's profile.
 */
const once = memo<Project, string>();

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

/** The digest of a theme's actions, their timelines and status events, which its every poster shows. */
const themeActions = memo<Project, string>();

/**
 * A poster shows what was heard in its quarter and what was done on the theme (its actions and
 * their timelines). What was heard is keyed by what the poster shows of it (`posterFor`'s count,
 * counts by type and quotes), not by the quarter's every row: digesting 100,000 rows for the
 * posters was a tenth of a second of each rebuild, and the poster's own figures are the rows'
 * whole effect on it.
 */
export function posterKey(project: Project, theme: string, quarter: string): string {
  const data = postersByTheme(project).get(theme);
  const actions = themeActions(project, theme, () =>
    digest(stableJson(data ? actionRows(project, data.actions) : []), stableJson(data?.events ?? [])),
  );
  // The span of all feedback names a partial quarter's days ("4. neljännes 2026 (1.10.–18.11.)").
  const { feedbackSpan } = indexesOf(project);
  return once(project, `poster\0${theme}\0${quarter}`, () => {
    const heard = posterFor(quarter, data?.feedbackByQuarter.get(quarter) ?? [], [], []).heard;
    return cacheKey(project, theme, quarter, feedbackSpan, actions, heard);
  });
}

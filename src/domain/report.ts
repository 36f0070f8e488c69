/**
 * "Heard, not yet answered" (`npm run report`): what the team has heard and not yet answered,
 * each item with the file and line to edit. Pure: the command reads the files and hands the
 * facts in; every date is compared with the build's as-of date, never the clock, so the report
 * of a commit is the same whenever it is run.
 */
import type { SourcePosition } from '../core/position.ts';

/** Where to edit: the text line, and for a CSV cell the row as Excel numbers it and the row's id. */
export type Place = SourcePosition & { row?: number; id?: string };
import type { Lang } from '../core/lang.ts';
import { addDays, addMonths } from './periods.ts';

export interface ReportFeedback {
  theme: string;
  date: string;
  count: number;
  /** The resident's words were given … */
  hasText: boolean;
  /** … and the publish cell says yes or no (empty: nobody has decided). */
  publishDecided: boolean;
  at: Place;
}

export interface ReportAction {
  id: string;
  themes: readonly string[];
  status: 'planned' | 'in-progress' | 'done' | 'declined';
  due?: string;
  completed?: string;
  /** The row, with the column of `due`. */
  at: Place;
  /** Languages whose title cell is empty, with where that cell is. */
  missingTitles: readonly { lang: Lang; at: Place }[];
}

export interface ReportMeeting {
  slug: string;
  status: 'planned' | 'held' | 'cancelled';
  date: string;
  /** The default-language file has minutes (body text). */
  hasMinutes: boolean;
  /** The `status:` line of the default-language file. */
  at: Place;
}

export interface ReportEntry {
  /** themes, bodies, meetings … : the content folder. */
  kind: string;
  slug: string;
  /** Languages that have a file. */
  languages: readonly Lang[];
  /** The default-language file, to copy from. */
  file: string;
}

export interface ReportTheme {
  slug: string;
  title: string;
  file: string;
}

export interface ReportInput {
  asOf: string;
  /** The site's languages, default first. */
  languages: readonly Lang[];
  themes: readonly ReportTheme[];
  feedback: readonly ReportFeedback[];
  actions: readonly ReportAction[];
  meetings: readonly ReportMeeting[];
  entries: readonly ReportEntry[];
}

export interface RisingTheme {
  theme: ReportTheme;
  /** Feedback in the quarter (3 months) before the last one. */
  previous: number;
  /** Feedback in the last 3 months, ending on the as-of date. */
  latest: number;
  at: Place;
}

export interface OverdueAction {
  id: string;
  due: string;
  status: 'planned' | 'in-progress';
  /** Whole days past due on the as-of date. */
  daysLate: number;
  at: Place;
}

export interface MeetingItem {
  slug: string;
  date: string;
  at: Place;
}

export interface MissingTranslation {
  /** What is missing: a content file to create, or an action's title cell. */
  what: { kind: string; slug: string } | { action: string };
  at: Place;
  /** The file to translate from. */
  from?: string;
}

export interface UnpublishedTheme {
  theme: string;
  /** Pieces of feedback (counts weighted) whose text waits for a decision. */
  count: number;
  rows: readonly Place[];
}

export interface TeamReport {
  asOf: string;
  /** The two 3-month windows "rose" compares. */
  windows: { previous: { from: string; to: string }; latest: { from: string; to: string } };
  risingThemes: RisingTheme[];
  overdueActions: OverdueAction[];
  heldWithoutMinutes: MeetingItem[];
  plannedInThePast: MeetingItem[];
  /** One entry per non-default language, each with what is missing in it. */
  missingTranslations: { lang: Lang; items: MissingTranslation[] }[];
  unpublishedText: UnpublishedTheme[];
}

const OPEN = new Set(['planned', 'in-progress']);

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

const bySlug = <T extends { slug: string }>(a: T, b: T) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);

/**
 * A theme whose feedback in the last 3 months is more than in the 3 months before, with no
 * action under way or planned and none completed in the last 12 months: residents are saying
 * more and the site shows them nothing being done.
 */
export function risingUnanswered(input: ReportInput): { windows: TeamReport['windows']; themes: RisingTheme[] } {
  const { asOf } = input;
  const latest = { from: addDays(addMonths(asOf, -3), 1), to: asOf };
  const previous = { from: addDays(addMonths(asOf, -6), 1), to: addMonths(asOf, -3) };
  const yearAgo = addMonths(asOf, -12);
  const sum = (theme: string, range: { from: string; to: string }) =>
    input.feedback
      .filter((f) => f.theme === theme && f.date >= range.from && f.date <= range.to)
      .reduce((n, f) => n + f.count, 0);
  const answered = (theme: string) =>
    input.actions.some(
      (a) =>
        a.themes.includes(theme) &&
        (OPEN.has(a.status) ||
          (a.status === 'done' && a.completed !== undefined && a.completed > yearAgo && a.completed <= asOf)),
    );
  const themes: RisingTheme[] = [];
  for (const theme of input.themes) {
    const before = sum(theme.slug, previous);
    const now = sum(theme.slug, latest);
    if (now <= before || answered(theme.slug)) continue;
    themes.push({ theme, previous: before, latest: now, at: { file: theme.file, line: 1, column: 1 } });
  }
  themes.sort((a, b) => b.latest - b.previous - (a.latest - a.previous) || bySlug(a.theme, b.theme));
  return { windows: { previous, latest }, themes };
}

/** Planned or under-way actions whose `due` date is before the as-of date, the latest first. */
export function overdueActions(input: ReportInput): OverdueAction[] {
  const out: OverdueAction[] = [];
  for (const a of input.actions) {
    if (a.due === undefined || a.due >= input.asOf) continue;
    if (a.status !== 'planned' && a.status !== 'in-progress') continue;
    out.push({ id: a.id, due: a.due, status: a.status, daysLate: daysBetween(a.due, input.asOf), at: a.at });
  }
  return out.sort((a, b) => b.daysLate - a.daysLate || (a.id < b.id ? -1 : 1));
}

/** Held meetings before the as-of date without minutes (as the validator warns), and planned ones whose day has passed. */
export function meetingGaps(input: ReportInput): Pick<TeamReport, 'heldWithoutMinutes' | 'plannedInThePast'> {
  const item = (m: ReportMeeting): MeetingItem => ({ slug: m.slug, date: m.date, at: m.at });
  const byDate = (a: MeetingItem, b: MeetingItem) => (a.date < b.date ? -1 : a.date > b.date ? 1 : bySlug(a, b));
  return {
    heldWithoutMinutes: input.meetings
      .filter((m) => m.status === 'held' && !m.hasMinutes && m.date < input.asOf)
      .map(item)
      .sort(byDate),
    plannedInThePast: input.meetings
      .filter((m) => m.status === 'planned' && m.date < input.asOf)
      .map(item)
      .sort(byDate),
  };
}

/** Per non-default language: content files it lacks, and actions without a title in it. */
export function missingTranslations(input: ReportInput): TeamReport['missingTranslations'] {
  return input.languages.slice(1).map((lang) => {
    const items: MissingTranslation[] = [];
    for (const e of input.entries) {
      if (e.languages.includes(lang)) continue;
      const file = `content/${e.kind}/${lang}/${e.slug}.mdx`;
      items.push({ what: { kind: e.kind, slug: e.slug }, at: { file, line: 0, column: 0 }, from: e.file });
    }
    for (const a of input.actions) {
      const cell = a.missingTitles.find((t) => t.lang === lang);
      if (cell) items.push({ what: { action: a.id }, at: cell.at });
    }
    return { lang, items };
  });
}

/** Feedback whose text was given with the publish cell left empty, by theme, most first. */
export function unpublishedText(input: ReportInput): UnpublishedTheme[] {
  const byTheme = new Map<string, { count: number; rows: Place[] }>();
  for (const f of input.feedback) {
    if (!f.hasText || f.publishDecided) continue;
    const entry = byTheme.get(f.theme) ?? { count: 0, rows: [] };
    entry.count += f.count;
    entry.rows.push(f.at);
    byTheme.set(f.theme, entry);
  }
  return [...byTheme]
    .map(([theme, e]) => ({ theme, count: e.count, rows: e.rows }))
    .sort((a, b) => b.count - a.count || (a.theme < b.theme ? -1 : 1));
}

export function teamReport(input: ReportInput): TeamReport {
  const rising = risingUnanswered(input);
  return {
    asOf: input.asOf,
    windows: rising.windows,
    risingThemes: rising.themes,
    overdueActions: overdueActions(input),
    ...meetingGaps(input),
    missingTranslations: missingTranslations(input),
    unpublishedText: unpublishedText(input),
  };
}

/** Nothing to do: every list is empty. */
export function isQuiet(report: TeamReport): boolean {
  return (
    report.risingThemes.length === 0 &&
    report.overdueActions.length === 0 &&
    report.heldWithoutMinutes.length === 0 &&
    report.plannedInThePast.length === 0 &&
    report.missingTranslations.every((l) => l.items.length === 0) &&
    report.unpublishedText.length === 0
  );
}

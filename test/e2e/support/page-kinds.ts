/**
 * The examples every e2e file sweeps (GOV.UK's habit: one list of examples feeds the content
 * and the accessibility tests). One URL per page kind per language, picked from the example
 * city's data so the choice follows the data: the richest theme, an action with a meeting and
 * a timeline, a held meeting that decided actions, a vote that led to an action.
 */
import type { Lang } from '../../../src/schemas/fields.ts';
import type { Project } from '../../../src/schemas/project.ts';

export interface Picks {
  /** A theme translated into every language that has the most actions. */
  theme: string;
  /** A theme with no file in some non-default language (the fall-back case). */
  untranslatedTheme: { slug: string; lang: Lang };
  action: string;
  body: string;
  meeting: string;
  survey: string;
  vote: string;
  page: string;
}

const inEvery = (translations: Partial<Record<Lang, unknown>>, languages: readonly Lang[]): boolean =>
  languages.every((l) => translations[l] !== undefined);

function first<T>(items: readonly T[], what: string): T {
  const item = items[0];
  if (item === undefined) throw new Error(`The example city has no ${what}; the e2e examples need one.`);
  return item;
}

export function pick(project: Project): Picks {
  const { languages, actions, asOf } = project;
  const actionsPerTheme = (slug: string) => actions.filter((a) => a.themes.includes(slug)).length;
  const theme = first(
    project.themes
      .filter((t) => inEvery(t.translations, languages))
      .sort((a, b) => actionsPerTheme(b.slug) - actionsPerTheme(a.slug) || a.slug.localeCompare(b.slug)),
    'theme translated into every language',
  ).slug;
  const untranslated = first(
    project.themes.flatMap((t) =>
      languages.filter((l) => t.translations[l] === undefined).map((lang) => ({ slug: t.slug, lang })),
    ),
    'theme missing a translation',
  );
  const updates = (id: string) => project.actionUpdates.filter((u) => u.action === id).length;
  const action = first(
    actions
      .filter((a) => a.meeting && updates(a.id) >= 2 && languages.every((l) => a.title[l]))
      .sort((a, b) => a.id.localeCompare(b.id)),
    'action with a meeting and a timeline',
  ).id;
  const body = first(
    project.bodies
      .filter(
        (b) =>
          inEvery(b.translations, languages) &&
          project.meetings.some((m) => m.data.body === b.slug && m.data.status === 'planned' && m.data.date >= asOf),
      )
      .sort((a, b) => a.slug.localeCompare(b.slug)),
    'body with an upcoming meeting',
  ).slug;
  const meeting = first(
    project.meetings
      .filter(
        (m) =>
          m.data.status === 'held' && inEvery(m.translations, languages) && actions.some((a) => a.meeting === m.slug),
      )
      .sort((a, b) => b.data.date.localeCompare(a.data.date)),
    'held meeting with minutes and decided actions',
  ).slug;
  const survey = first(
    [...project.surveys].sort((a, b) => a.slug.localeCompare(b.slug)),
    'survey',
  ).slug;
  const vote = first(
    project.votes.filter((v) => v.data.action && v.data.electorate).sort((a, b) => a.slug.localeCompare(b.slug)),
    'vote with an action and electorate',
  ).slug;
  const page = first(
    [...project.pages].sort((a, b) => a.slug.localeCompare(b.slug)),
    'free page',
  ).slug;
  return { theme, untranslatedTheme: untranslated, action, body, meeting, survey, vote, page };
}

export interface PageExample {
  kind: string;
  path: string;
  lang: Lang;
}

/** Every page kind a resident can land on, in one language (404 is the host's, not per language). */
export function pageKinds(picks: Picks, lang: Lang): PageExample[] {
  const at = (kind: string, path: string): PageExample => ({ kind, path, lang });
  return [
    at('home', `/${lang}/`),
    at('themes list', `/${lang}/themes/`),
    at('theme', `/${lang}/themes/${picks.theme}/`),
    at('actions list', `/${lang}/actions/`),
    at('actions by status', `/${lang}/actions/status/done/`),
    at('action', `/${lang}/actions/${picks.action}/`),
    at('bodies list', `/${lang}/bodies/`),
    at('body', `/${lang}/bodies/${picks.body}/`),
    at('meetings list', `/${lang}/meetings/`),
    at('meeting', `/${lang}/meetings/${picks.meeting}/`),
    at('surveys list', `/${lang}/surveys/`),
    at('survey', `/${lang}/surveys/${picks.survey}/`),
    at('votes list', `/${lang}/votes/`),
    at('vote', `/${lang}/votes/${picks.vote}/`),
    at('free page', `/${lang}/pages/${picks.page}/`),
    at('accessibility statement', `/${lang}/accessibility/`),
    at('open data', `/${lang}/open-data/`),
    at('posters list', `/${lang}/posters/`),
    at('search', `/${lang}/search/`),
  ];
}

/** The page kinds' names, known before the data is read (test names are fixed at collection). */
export const PAGE_KIND_NAMES: readonly string[] = pageKinds(
  {
    theme: '',
    untranslatedTheme: { slug: '', lang: 'fi' },
    action: '',
    body: '',
    meeting: '',
    survey: '',
    vote: '',
    page: '',
  },
  'fi',
).map((e) => e.kind);

/** `d.m.yyyy`, the way Finns write dates (23.11.2026, 1.3.2026). */
export function finnishDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d}.${m}.${y}`;
}

/**
 * What a "you said, we did" poster shows, assembled without Astro (the page
 * src/pages/[lang]/posters/[theme]/[quarter].astro lays it out on one A4 sheet): the theme and
 * quarter, what was heard, what was done — never a plan under "we did", and the actions in
 * progress in its place when nothing was completed — the date the statuses hold on, the logo,
 * and QR codes for the theme page and the feedback form.
 */
import { formatDate, formatQuarter } from '../../domain/i18n-format.ts';
import { posterAsOf, posterFor, type Poster, type PosterAction } from '../../domain/posters.ts';
import type { Action } from '../../schemas/action.ts';
import type { Feedback } from '../../schemas/feedback.ts';
import type { Lang } from '../../schemas/fields.ts';
import type { Entry, Project } from '../../schemas/project.ts';
import type { Theme } from '../../schemas/theme.ts';
import { logoOf } from '../branding.ts';
import { indexesOf } from '../indexes.ts';
import { localizeEntry, pickText, type LocalizedEntry, type Shown } from '../localize.ts';
import { absoluteUrl, paths } from '../paths.ts';
import { postersByTheme } from '../posters.ts';
import { qrSvg } from '../qr.ts';
import { organisationName, siteName } from '../site-name.ts';
import { sortThemes } from '../themes.ts';

/**
 * A poster holds one A4 page: longer lists point to the theme page. At most `actions` items in
 * all, "we did" first, then in progress, then planned, each list at most its own share (checked
 * by printing every poster of the example, test/e2e/posters.test.ts).
 */
export const POSTER_SHOWN = { actions: 4, changed: 3, inProgress: 2, planned: 2 } as const;

export interface PosterItem {
  action: Action;
  status: PosterAction<Action>['status'];
  title: Shown<string>;
}

export interface PosterList {
  items: PosterItem[];
  /** How many more there are than the poster shows. */
  more: number;
}

export interface PosterPageView {
  theme: LocalizedEntry<Theme>;
  quarterName: string;
  siteName: string;
  organisation: string;
  logo: { src: string; alt: string } | undefined;
  heard: Poster<Feedback, Action>['heard'];
  /** "We did": done, started, moved on or declined in the quarter. */
  changed: PosterList;
  /** In progress and unchanged in the quarter; under "we did" itself when nothing else is there. */
  inProgress: PosterList;
  /** Planned at the quarter's end: what is coming, never under "we did". */
  planned: PosterList;
  /** The day the statuses hold on: the quarter's last day, or today within the current quarter. */
  statusDate: string;
  themeUrl: string;
  feedbackUrl: string;
  /** Inline SVG QR codes of `themeUrl` and `feedbackUrl`. */
  qr: { theme: string; feedback: string };
}

export async function posterPageView(
  project: Project,
  item: Entry<Theme>,
  quarter: string,
  lang: Lang,
): Promise<PosterPageView> {
  const data = postersByTheme(project).get(item.slug)!;
  const poster = posterFor(quarter, data.feedbackByQuarter.get(quarter) ?? [], data.actions, data.events);
  const list = (actions: PosterAction<Action>[], shown: number): PosterList => ({
    items: actions.slice(0, shown).map(({ action, status }) => ({
      action,
      status,
      title: pickText(action.title, lang, project.defaultLang) ?? { value: action.id, lang, fallback: false },
    })),
    more: Math.max(0, actions.length - shown),
  });
  // Room goes to what was done first; what is left of the budget to work in progress, then plans.
  const changedShown = Math.min(POSTER_SHOWN.changed, poster.changed.length);
  const inProgressShown = Math.min(
    POSTER_SHOWN.inProgress,
    POSTER_SHOWN.actions - changedShown,
    poster.inProgress.length,
  );
  const plannedShown = Math.min(POSTER_SHOWN.planned, POSTER_SHOWN.actions - changedShown - inProgressShown);
  const themeUrl = absoluteUrl(project.site.url, paths.theme(lang, item.slug));
  const feedbackUrl = project.site.feedbackUrl;
  return {
    theme: localizeEntry(item, lang, project.defaultLang),
    // A quarter still under way (or begun before the data) says which days it covers.
    quarterName: formatQuarter(quarter, lang, indexesOf(project).feedbackSpan),
    siteName: siteName(project.site, lang),
    organisation: organisationName(project.site, lang),
    logo: logoOf(project.site, lang),
    heard: poster.heard,
    changed: list(poster.changed, changedShown),
    inProgress: list(poster.inProgress, inProgressShown),
    planned: list(poster.planned, plannedShown),
    statusDate: formatDate(posterAsOf(quarter, project.asOf), lang),
    themeUrl,
    feedbackUrl,
    qr: { theme: await qrSvg(themeUrl), feedback: await qrSvg(feedbackUrl) },
  };
}

/** The posters index (src/pages/[lang]/posters/index.astro): every theme in its order, its quarters newest first. */
export function postersIndexView(
  project: Project,
  lang: Lang,
): { theme: LocalizedEntry<Theme>; quarters: { quarter: string; name: string }[] }[] {
  const posters = postersByTheme(project);
  const span = indexesOf(project).feedbackSpan;
  return sortThemes(project.themes).map((entry) => ({
    theme: localizeEntry(entry, lang, project.defaultLang),
    // A quarter still under way is named with the days it covers so far.
    quarters: (posters.get(entry.slug)?.quarters ?? []).map((q) => ({
      quarter: q,
      name: formatQuarter(q, lang, span),
    })),
  }));
}

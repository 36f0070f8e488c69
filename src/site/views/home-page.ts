/**
 * What the home page shows, assembled without Astro (src/pages/[lang]/index.astro only writes it
 * out): over one stated period — the 12 months up to the as-of date, as on the theme pages —
 * what residents said per theme and what was done, then the latest changes to actions, the
 * service promise and the next meetings.
 */
import { feedEvents } from '../../domain/action-feed.ts';
import { activityIn, type ActionEvent, latestPerAction } from '../../domain/actions.ts';
import { countFeedbackByTheme } from '../../domain/feedback.ts';
import { upcomingMeetings } from '../../domain/meetings.ts';
import { addDays, addMonths } from '../../domain/periods.ts';
import { useTranslations } from '../../i18n/index.ts';
import type { Lang } from '../../schemas/fields.ts';
import type { Project } from '../../schemas/project.ts';
import { allActionEvents } from '../action-feed.ts';
import { indexesOf } from '../indexes.ts';
import { localizeEntry } from '../localize.ts';
import { paths } from '../paths.ts';
import { type PromiseShown, promiseFor } from '../promise.ts';
import { siteName } from '../site-name.ts';

/** The latest changes to actions the page lists. */
export const LATEST = 6;
/** The next meetings the page lists. */
export const NEXT_MEETINGS = 3;

export interface HomePageView {
  /** The site's name in the reader's language: the page's title and h1. */
  name: string;
  /** The period both figures count: the 12 months up to the as-of date. */
  period: { from: string; to: string };
  /** All feedback on the themes in the period: the "heard" figure. */
  heard: number;
  /** Feedback per theme in the period, most first, each theme's title in the language it is shown in. */
  byTheme: { slug: string; title: string; lang: Lang; count: number }[];
  /** The "did" figures, each with its words and the list it links to. */
  didFigures: { n: number; label: string; href: string }[];
  /** The latest changes, each action once, newest first. */
  events: ActionEvent[];
  /** The slugs of the next meetings, soonest first. */
  meetings: string[];
  promise: PromiseShown;
}

export function homePageView(project: Project, lang: Lang): HomePageView {
  const t = useTranslations(lang);
  const period = { from: addDays(addMonths(project.asOf, -12), 1), to: project.asOf };
  const themes = new Map(project.themes.map((e) => [e.slug, localizeEntry(e, lang, project.defaultLang)] as const));
  // Feedback on a theme without a page (validation warns of it) is left out of both the chart and the sum.
  const byTheme = countFeedbackByTheme(project.feedback, period).flatMap((c) => {
    const theme = themes.get(c.theme);
    return theme ? [{ slug: c.theme, title: theme.data.title, lang: theme.lang, count: c.count }] : [];
  });
  const did = activityIn(project.actions, indexesOf(project).updatesByAction, period);
  return {
    name: siteName(project.site, lang),
    period,
    heard: byTheme.reduce((n, c) => n + c.count, 0),
    byTheme,
    didFigures: [
      { n: did.done, label: t('home.fig.done', { n: did.done }), href: paths.actionsByStatus(lang, 'done') },
      { n: did.opened, label: t('home.fig.opened', { n: did.opened }), href: paths.actions(lang) },
      {
        n: did.declined,
        label: t('home.fig.declined', { n: did.declined }),
        href: paths.actionsByStatus(lang, 'declined'),
      },
      { n: did.inProgress, label: t('home.fig.inProgress'), href: paths.actionsByStatus(lang, 'in-progress') },
      { n: did.planned, label: t('home.fig.planned'), href: paths.actionsByStatus(lang, 'planned') },
    ],
    // Each action once, by its newest change: an action opened and completed on one day is one item.
    events: latestPerAction(feedEvents(allActionEvents(project), project.asOf), LATEST),
    meetings: upcomingMeetings(
      project.meetings.map((m) => ({ ...m.data, slug: m.slug })),
      project.asOf,
      NEXT_MEETINGS,
    ).map((m) => m.slug),
    promise: promiseFor(project, lang, project.feedback),
  };
}

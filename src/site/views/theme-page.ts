/**
 * What a theme's page shows, assembled without Astro (src/pages/[lang]/themes/[slug].astro only
 * writes it out): "what we did" first — the theme's actions by status, the latest with their
 * outcome, or the honest "no answer yet" — then "what you said": the feedback over time, by type
 * and channel, the latest quotes, and the service promise.
 */
import { memo } from '../../core/collections.ts';
import {
  actionsForTheme,
  countActionsByTheme,
  countByStatus,
  latestActions,
  outcomeOf,
  timelineOf,
} from '../../domain/actions.ts';
import { type Unanswered, unansweredFeedback } from '../../domain/answered.ts';
import {
  countBy,
  feedbackOverTime,
  latestQuotes,
  type PeriodCount,
  publishedQuoteCount,
  type ThemeTrend,
  type ValueCount,
  themeTrend,
} from '../../domain/feedback.ts';
import { oneLine } from '../../domain/text.ts';
import type { UiKey } from '../../i18n/index.ts';
import type { Action, ActionStatus } from '../../schemas/action.ts';
import type { Feedback } from '../../schemas/feedback.ts';
import type { Lang } from '../../schemas/fields.ts';
import type { Entry, Project } from '../../schemas/project.ts';
import type { Theme } from '../../schemas/theme.ts';
import { indexesOf } from '../indexes.ts';
import { localizeEntry, pickText, type LocalizedEntry, type Shown } from '../localize.ts';
import { paths } from '../paths.ts';
import { type PromiseShown, promiseFor } from '../promise.ts';
import { sortThemes } from '../themes.ts';

/** The quotes the page shows; the rest are in the open data. */
export const QUOTES_SHOWN = 10;
/** The actions the page opens with; the rest are listed in full below the figures. */
export const LATEST_SHOWN = 5;

export interface ThemePageView {
  theme: LocalizedEntry<Theme>;
  /** The theme's actions, in the order the full list shows them. */
  actions: Action[];
  /** The ones whose cards open "what we did": the latest changed. */
  latest: Action[];
  /** Each latest action's outcome on one line, in its own language, where it has one. */
  outcomes: Map<string, Shown<string>>;
  /** Whether the page lists every action below (there are more than the latest). */
  listsAll: boolean;
  /** Statuses that have actions, with their counts. */
  statusCounts: { status: ActionStatus; count: number }[];
  /** Residents heard this year with no answer yet, said plainly rather than an empty "we did". */
  unanswered: Unanswered | undefined;
  /** Where "no answer yet" sends the reader: how feedback is handled (a free page), else the feedback form. */
  answerLink: { href: string; label: UiKey };
  /** The site's feedback from first to last: the time axis every theme shares. */
  span: ReturnType<typeof indexesOf>['feedbackSpan'];
  trend: ThemeTrend;
  /** Feedback per quarter over the span. */
  overTime: PeriodCount[];
  /** All of the theme's feedback over the span. */
  total: number;
  byType: ValueCount<Feedback['type']>[];
  byChannel: ValueCount<Feedback['channel']>[];
  quotes: (Feedback & { quote: string })[];
  /** Every published quote of the theme: "10 of 24 shown". */
  quoteTotal: number;
  promise: PromiseShown;
}

/** What a theme page counts of its feedback and actions: the same in every language. */
type ThemeFigures = Pick<
  ThemePageView,
  | 'actions'
  | 'statusCounts'
  | 'unanswered'
  | 'trend'
  | 'overTime'
  | 'total'
  | 'byType'
  | 'byChannel'
  | 'quotes'
  | 'quoteTotal'
>;

/** Worked out once per theme, not once per language: a large city's theme has tens of thousands of rows. */
const figuresOf = memo<Project, ThemeFigures>();

function themeFigures(project: Project, slug: string): ThemeFigures {
  return figuresOf(project, slug, () => {
    const { feedbackByTheme, actionsById, updatesByAction, feedbackSpan: span } = indexesOf(project);
    const feedback = feedbackByTheme.get(slug) ?? [];
    const overTime = feedbackOverTime(feedback, 'quarter', span);
    const actions = actionsForTheme([...actionsById.values()], slug);
    return {
      actions,
      statusCounts: countByStatus(actions).filter((s) => s.count > 0),
      unanswered: unansweredFeedback(
        feedback,
        actions,
        actions.flatMap((a) => updatesByAction.get(a.id) ?? []),
        project.asOf,
      ),
      trend: themeTrend(feedback, slug, project.asOf),
      overTime,
      total: overTime.reduce((n, p) => n + p.count, 0),
      byType: countBy(feedback, 'type'),
      byChannel: countBy(feedback, 'channel'),
      quotes: latestQuotes(feedback, slug, QUOTES_SHOWN),
      quoteTotal: publishedQuoteCount(feedback, slug),
    };
  });
}

export function themePageView(project: Project, item: Entry<Theme>, lang: Lang): ThemePageView {
  const theme = localizeEntry(item, lang, project.defaultLang);
  const { feedbackByTheme, updatesByAction, feedbackSpan: span } = indexesOf(project);
  const feedback = feedbackByTheme.get(item.slug) ?? [];
  const figures = themeFigures(project, item.slug);
  const { actions } = figures;
  const latest = latestActions(actions, updatesByAction, LATEST_SHOWN);
  const outcomes = new Map<string, Shown<string>>();
  for (const a of latest) {
    const text = outcomeOf(a, timelineOf(a.id, updatesByAction.get(a.id) ?? []));
    const shown = text ? pickText(text, lang, project.defaultLang) : undefined;
    if (shown) outcomes.set(a.id, { ...shown, value: oneLine(shown.value) });
  }
  const { feedbackPage, feedbackUrl } = project.site;
  return {
    ...figures,
    theme,
    latest,
    outcomes,
    listsAll: actions.length > latest.length,
    answerLink: feedbackPage
      ? { href: paths.page(lang, feedbackPage), label: 'themes.howHandled' }
      : { href: feedbackUrl, label: 'common.giveFeedback' },
    span,
    promise: promiseFor(project, lang, feedback, theme),
  };
}

export interface ThemeCard {
  theme: LocalizedEntry<Theme>;
  /** This year's feedback and its direction, as the theme's page says them. */
  trend: ThemeTrend;
  actionCount: number;
}

/** The themes index (src/pages/[lang]/themes/index.astro): every theme in its order, with its figures. */
export function themesIndexView(project: Project, lang: Lang): ThemeCard[] {
  const { feedbackByTheme } = indexesOf(project);
  const actionCounts = countActionsByTheme(project.actions);
  return sortThemes(project.themes).map((entry) => ({
    theme: localizeEntry(entry, lang, project.defaultLang),
    trend: themeTrend(feedbackByTheme.get(entry.slug) ?? [], entry.slug, project.asOf),
    actionCount: actionCounts.get(entry.slug) ?? 0,
  }));
}

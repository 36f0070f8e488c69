/**
 * What an action's page shows, assembled from the project without Astro: the page
 * (src/pages/[lang]/actions/[slug].astro) only writes it out as HTML. Texts come with the
 * language they are really in (the fall-back rule of src/site/localize.ts).
 */
import { countActionsByTheme, previewByStatus, type StatusPreview, timelineOf } from '../../domain/actions.ts';
import { feedbackBefore, type FeedbackBefore } from '../../domain/feedback.ts';
import { paragraphsOf } from '../../domain/text.ts';
import { useTranslations } from '../../i18n/index.ts';
import type { Action, ActionStatus } from '../../schemas/action.ts';
import type { Lang } from '../../schemas/fields.ts';
import type { Project } from '../../schemas/project.ts';
import type { FEEDBACK_TYPES } from '../../schemas/feedback.ts';
import type { Survey } from '../../schemas/survey.ts';
import type { Theme } from '../../schemas/theme.ts';
import type { Vote } from '../../schemas/vote.ts';
import { ACTIONS_INDEX_PREVIEW, type StatusListPageProps } from '../action-lists.ts';
import { indexesOf } from '../indexes.ts';
import { localizeEntry, pickText, type LocalizedEntry, type Shown } from '../localize.ts';
import { sortThemes } from '../themes.ts';

export interface ActionPageView {
  action: Action;
  title: Shown<string>;
  /** "You said": what residents said, in the author's words (actions.csv `said`). */
  said: Shown<string> | undefined;
  /** "You said" as kuultu counts it: the themes' feedback in the 12 months before the action opened. */
  before: FeedbackBefore<(typeof FEEDBACK_TYPES)[number]>;
  /** The votes that led to it, each linking here (their `action`). */
  votes: LocalizedEntry<Vote>[];
  /**
   * Where the fall-back note goes: at the text that fell back — once, at the title, when every
   * text shown is in the default language; else above each block that is.
   */
  notes: { title: boolean; said: boolean; description: boolean; reason: boolean };
  /** The description's first paragraph: the page's meta description. */
  summary: string | undefined;
  description: Shown<string> | undefined;
  /** Why not: only for a declined action. */
  reason: Shown<string> | undefined;
  /** The status in the page's language: the search filter `status` files the page under it. */
  statusName: string;
  /** The meeting that decided it, with its body's name (the body's id if the body is unknown). */
  meeting: { slug: string; date: string; bodyName: string; bodyLang: Lang | undefined } | undefined;
  /** The survey it answers (actions.csv `survey`): its page shows whether the next round moved. */
  survey: LocalizedEntry<Survey> | undefined;
  /** The themes it answers, in the order actions.csv lists them; unknown slugs are left out. */
  themes: LocalizedEntry<Theme>[];
  /** Its timeline in date order, each note in the language it is shown in. */
  timeline: { date: string; status: ActionStatus; progress: number | undefined; note: Shown<string> | undefined }[];
}

export function actionPageView(project: Project, action: Action, lang: Lang): ActionPageView {
  const { defaultLang } = project;
  const t = useTranslations(lang);
  const title = pickText(action.title, lang, defaultLang)!;
  const said = pickText(action.said, lang, defaultLang);
  const description = pickText(action.description, lang, defaultLang);
  const reason = action.status === 'declined' ? pickText(action.reason, lang, defaultLang) : undefined;
  const meetingEntry = action.meeting ? project.meetings.find((m) => m.slug === action.meeting) : undefined;
  const bodyEntry = meetingEntry ? project.bodies.find((b) => b.slug === meetingEntry.data.body) : undefined;
  const body = bodyEntry ? localizeEntry(bodyEntry, lang, defaultLang) : undefined;
  const { updatesByAction, feedbackTally } = indexesOf(project);
  const surveyEntry = action.survey ? project.surveys.find((s) => s.slug === action.survey) : undefined;
  const shown = [title, said, description, reason].filter((text) => text !== undefined);
  const allFellBack = shown.every((text) => text.fallback);
  const noteAt = (text: Shown<string> | undefined) => !allFellBack && text?.fallback === true;
  return {
    action,
    title,
    said,
    before: feedbackBefore(feedbackTally, action.themes, action.opened),
    votes: project.votes.filter((v) => v.data.action === action.id).map((v) => localizeEntry(v, lang, defaultLang)),
    notes: { title: title.fallback, said: noteAt(said), description: noteAt(description), reason: noteAt(reason) },
    summary: description ? paragraphsOf(description.value)[0] : undefined,
    description,
    reason,
    statusName: t(`actions.status.${action.status}`),
    meeting: meetingEntry && {
      slug: meetingEntry.slug,
      date: meetingEntry.data.date,
      bodyName: body?.data.name ?? meetingEntry.data.body,
      bodyLang: body?.lang,
    },
    survey: surveyEntry ? localizeEntry(surveyEntry, lang, defaultLang) : undefined,
    themes: action.themes
      .map((slug) => project.themes.find((e) => e.slug === slug))
      .filter((e) => e !== undefined)
      .map((e) => localizeEntry(e, lang, defaultLang)),
    timeline: timelineOf(action.id, updatesByAction.get(action.id) ?? []).map((u) => ({
      date: u.date,
      status: u.status,
      progress: u.progress,
      note: u.note ? pickText(u.note, lang, defaultLang) : undefined,
    })),
  };
}

export interface ActionsIndexView {
  /** Each status with its total and the newest few the overview shows (ACTIONS_INDEX_PREVIEW). */
  statusGroups: StatusPreview<Action>[];
  /** Every theme in its order, with its number of actions. */
  themes: { theme: LocalizedEntry<Theme>; count: number }[];
}

/** The actions overview (src/pages/[lang]/actions/index.astro). */
export function actionsIndexView(project: Project, lang: Lang): ActionsIndexView {
  const byTheme = countActionsByTheme(project.actions);
  return {
    statusGroups: previewByStatus(project.actions, ACTIONS_INDEX_PREVIEW),
    themes: sortThemes(project.themes).map((entry) => ({
      theme: localizeEntry(entry, lang, project.defaultLang),
      count: byTheme.get(entry.slug) ?? 0,
    })),
  };
}

export interface ActionsStatusListView {
  /** "Tehdyt toimenpiteet": the h1 and the breadcrumb. */
  heading: string;
  /** The heading, with "page 2 of 3" when the list has more pages. */
  title: string;
  /** What the status means; the page's meta description. */
  about: string;
  /** `about` and the list's order: the lead. */
  intro: string;
  /** "Page 2/3 · actions 51–100 (116 in all)", or the count alone on a list of one page. */
  position: string;
}

/**
 * The words of one page of a status list (src/pages/[lang]/actions/status/[status]/[...page].astro);
 * its actions, page and totals come from `statusListPaths` (src/site/action-lists.ts).
 */
export function actionsStatusListView(props: StatusListPageProps): ActionsStatusListView {
  const { lang, status, page, pageCount, total } = props;
  const t = useTranslations(lang);
  const heading = t(`actions.statusList.${status}`);
  const about = t(`actions.statusListIntro.${status}`);
  return {
    heading,
    title:
      pageCount > 1 ? t('pagination.titleWithPage', { title: heading, page: page.number, pages: pageCount }) : heading,
    about,
    // Done actions are listed by completion, the rest by the day they were opened (groupActionsByStatus).
    intro: `${about} ${t(status === 'done' ? 'actions.order.done' : 'actions.order.opened')}`,
    position:
      pageCount > 1
        ? t('actions.listPosition', { page: page.number, pages: pageCount, from: page.from, to: page.to, total })
        : t('actions.count', { n: total }),
  };
}

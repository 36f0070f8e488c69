/**
 * What a meeting's page shows, assembled without Astro (src/pages/[lang]/meetings/[slug].astro
 * only writes it out): the meeting and its body in the reader's language (or the default, said
 * so), its state (coming, held, cancelled, overdue), the agenda, and the actions decided at it.
 * Which parts a cancelled or a coming meeting leaves out is decided here, so it is tested.
 */
import { actionsForMeeting } from '../../domain/actions.ts';
import { formatDate } from '../../domain/i18n-format.ts';
import { groupByYear, type MeetingState, meetingSchedule, meetingState } from '../../domain/meeting-schedule.ts';
import { type UiKey, useTranslations } from '../../i18n/index.ts';
import type { Action } from '../../schemas/action.ts';
import type { Body } from '../../schemas/body.ts';
import type { Lang } from '../../schemas/fields.ts';
import type { Meeting } from '../../schemas/meeting.ts';
import type { Entry, Project } from '../../schemas/project.ts';
import { indexesOf } from '../indexes.ts';
import { localizeEntry, type LocalizedEntry } from '../localize.ts';

export interface MeetingPageView {
  meeting: LocalizedEntry<Meeting>;
  body: LocalizedEntry<Body>;
  /** "Meeting on 12.3.2026", in the page's language. */
  meetingOn: string;
  /** The page's title: the body's name and `meetingOn`. */
  title: string;
  state: MeetingState;
  /** The state in the page's language: the search result shows it. */
  stateName: string;
  /** The online link, unless the meeting was cancelled. */
  online: string | undefined;
  /**
   * The agenda in the language it is written in; `note` when it alone fell back to the default
   * language (a whole page in the default language has one note at its top instead).
   */
  agenda: { topics: string[]; lang: Lang; note: boolean };
  /** Minutes (or "they come later"), unless a cancelled meeting has none to show. */
  showsMinutes: boolean;
  /** On or after the as-of date: the page invites rather than reports, e.g. "minutes later". */
  isFuture: boolean;
  /** "What was decided": shown once the meeting was held or when it has actions; never when cancelled. */
  showsDecided: boolean;
  /** The actions decided at the meeting. */
  actions: Action[];
}

export function meetingPageView(project: Project, item: Entry<Meeting>, lang: Lang): MeetingPageView {
  const t = useTranslations(lang);
  const meeting = localizeEntry(item, lang, project.defaultLang);
  // Validation guarantees the body exists (a meeting's body is a checked reference).
  const body = localizeEntry(project.bodies.find((b) => b.slug === item.data.body)!, lang, project.defaultLang);
  const state = meetingState(item.data, project.asOf);
  const isFuture = item.data.date >= project.asOf;
  const actions = actionsForMeeting(indexesOf(project).actionsByMeeting.get(item.slug) ?? [], item.slug);
  const meetingOn = t('meetings.meetingOn', { date: formatDate(item.data.date, lang) });
  const agendaLang = meeting.langOf('agenda');
  return {
    meeting,
    body,
    meetingOn,
    title: `${body.data.name}, ${meetingOn}`,
    state,
    stateName: t(`meetings.state.${state}`),
    online: state === 'cancelled' ? undefined : item.data.online,
    agenda: {
      topics: meeting.data.agenda,
      lang: agendaLang,
      note: !meeting.fallback && meeting.data.agenda.length > 0 && agendaLang !== lang,
    },
    showsMinutes: meeting.bodyFile !== undefined || state !== 'cancelled',
    isFuture,
    showsDecided: (actions.length > 0 || !isFuture) && state !== 'cancelled',
    actions,
  };
}

export interface MeetingsSection {
  id: 'upcoming' | 'past';
  heading: UiKey;
  /** Said when the section has no meetings. */
  empty: UiKey;
  /** The meetings by year, each year's slugs in the order the list shows them. */
  years: { year: string; slugs: string[] }[];
}

/** The meetings index (src/pages/[lang]/meetings/index.astro): coming meetings, then past ones, each by year. */
export function meetingsIndexView(project: Project): MeetingsSection[] {
  const { upcoming, past } = meetingSchedule(
    project.meetings.map((m) => ({ ...m.data, slug: m.slug })),
    project.asOf,
  );
  const byYear = (meetings: typeof upcoming) =>
    groupByYear(meetings).map((g) => ({ year: g.year, slugs: g.meetings.map((m) => m.slug) }));
  return [
    { id: 'upcoming', heading: 'meetings.upcoming', empty: 'meetings.noUpcoming', years: byYear(upcoming) },
    { id: 'past', heading: 'meetings.past', empty: 'meetings.noPast', years: byYear(past) },
  ];
}

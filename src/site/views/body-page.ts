/**
 * What a participation body's page shows, assembled without Astro
 * (src/pages/[lang]/bodies/[slug].astro only writes it out): the next meeting first, with its
 * place in the language it is written in, then its upcoming and past meetings.
 */
import { meetingSchedule } from '../../domain/meeting-schedule.ts';
import { nextMeetingOf } from '../../domain/meetings.ts';
import type { Body } from '../../schemas/body.ts';
import type { Lang } from '../../schemas/fields.ts';
import type { Meeting } from '../../schemas/meeting.ts';
import type { Entry, Project } from '../../schemas/project.ts';
import { localizeEntry, type LocalizedEntry } from '../localize.ts';

type MeetingItem = Meeting & { slug: string };

export interface BodyPageView {
  body: LocalizedEntry<Body>;
  /** The next meeting on or after the build's date, and its localized entry for the place. */
  next: { meeting: MeetingItem; entry: LocalizedEntry<Meeting> } | undefined;
  upcoming: MeetingItem[];
  past: MeetingItem[];
}

export function bodyPageView(project: Project, item: Entry<Body>, lang: Lang): BodyPageView {
  const entries = project.meetings.filter((m) => m.data.body === item.slug);
  const meetings = entries.map((m) => ({ ...m.data, slug: m.slug }));
  const next = nextMeetingOf(item.slug, meetings, project.asOf);
  const { upcoming, past } = meetingSchedule(meetings, project.asOf);
  return {
    body: localizeEntry(item, lang, project.defaultLang),
    next: next && {
      meeting: next,
      entry: localizeEntry(entries.find((m) => m.slug === next.slug)!, lang, project.defaultLang),
    },
    upcoming,
    past,
  };
}

export interface BodyCard {
  body: LocalizedEntry<Body>;
  /** Its next meeting on or after the build's date. */
  next: MeetingItem | undefined;
}

/** The bodies index (src/pages/[lang]/bodies/index.astro): in the reader's alphabetical order, each with its next meeting. */
export function bodiesIndexView(project: Project, lang: Lang): BodyCard[] {
  const meetings = project.meetings.map((m) => ({ ...m.data, slug: m.slug }));
  const collator = new Intl.Collator(lang);
  return project.bodies
    .map((entry) => ({
      body: localizeEntry(entry, lang, project.defaultLang),
      next: nextMeetingOf(entry.slug, meetings, project.asOf),
    }))
    .sort((a, b) => collator.compare(a.body.data.name, b.body.data.name) || (a.body.slug < b.body.slug ? -1 : 1));
}

/**
 * The site's iCalendar feeds (`/meetings.ics`, `/bodies/<slug>.ics`) from the validated project.
 * A feed has one language, the default one, because a calendar app shows one text per event;
 * its links point at the default-language meeting pages, which have the language switch.
 */
import { meetingsCalendar } from '../domain/icalendar.ts';
import { useTranslations } from '../i18n/index.ts';
import type { Entry } from '../schemas/project.ts';
import type { SiteTimeZone } from '../schemas/content-fields.ts';
import type { Meeting } from '../schemas/meeting.ts';
import type { Project } from '../schemas/project.ts';
import { absoluteUrl, paths } from './paths.ts';

/**
 * The calendar carries a Helsinki time-zone definition; Åland's zone is the same clock under
 * another name. The site schema accepts no other zone (see TIME_ZONES).
 */
export function calendarTimeZone(timeZone: SiteTimeZone): 'Europe/Helsinki' {
  return timeZone === 'Europe/Mariehamn' ? 'Europe/Helsinki' : timeZone;
}

type CalendarProject = Pick<Project, 'site' | 'defaultLang' | 'asOf' | 'bodies'>;

/** One calendar of the given meetings, named `name`, texts in the default language. */
export function calendarOf(project: CalendarProject, meetings: readonly Entry<Meeting>[], name: string): string {
  const lang = project.defaultLang;
  const t = useTranslations(lang);
  const bodyNames = new Map(project.bodies.map((b) => [b.slug, b.data.name]));
  return meetingsCalendar({
    name,
    meetings: meetings.map((m) => ({ ...m.data, slug: m.slug })),
    siteUrl: project.site.url,
    lang,
    host: new URL(project.site.url).host,
    timeZone: calendarTimeZone(project.site.timezone),
    dtstamp: project.asOf,
    // Many calendar apps ignore STATUS:CANCELLED, so the title says it too.
    summaryOf: (m) =>
      t(m.status === 'cancelled' ? 'meetings.calendar.summaryCancelled' : 'meetings.calendar.summary', {
        body: bodyNames.get(m.body) ?? m.body,
      }),
    urlOf: (m) => absoluteUrl(project.site.url, paths.meeting(lang, m.slug)),
  });
}

export function calendarResponse(text: string): Response {
  return new Response(text, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
}

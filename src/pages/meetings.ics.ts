/** `/meetings.ics`: every meeting of every body, for subscribing in a calendar app. */
import type { APIRoute } from 'astro';
import { useTranslations } from '../i18n/index.ts';
import { calendarOf, calendarResponse } from '../site/calendar.ts';
import { getProject } from '../site/project-data.ts';
import { siteName } from '../site/site-name.ts';

export const GET: APIRoute = async () => {
  const project = await getProject();
  const t = useTranslations(project.defaultLang);
  const name = t('meetings.calendar.allName', { site: siteName(project.site, project.defaultLang) });
  return calendarResponse(calendarOf(project, project.meetings, name));
};

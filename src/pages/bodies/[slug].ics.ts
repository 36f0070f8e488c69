/** `/bodies/<slug>.ics`: one body's meetings, for residents who follow only that body. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { useTranslations } from '../../i18n/index.ts';
import type { Entry } from '../../schemas/project.ts';
import type { Body } from '../../schemas/body.ts';
import { calendarOf, calendarResponse } from '../../site/calendar.ts';
import { getProject } from '../../site/project-data.ts';

export const getStaticPaths = (async () => {
  const { bodies } = await getProject();
  return [...bodies]
    .sort((a, b) => (a.slug < b.slug ? -1 : 1))
    .map((body) => ({ params: { slug: body.slug }, props: { body } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { body } = props as { body: Entry<Body> };
  const project = await getProject();
  const t = useTranslations(project.defaultLang);
  const meetings = project.meetings.filter((m) => m.data.body === body.slug);
  return calendarResponse(calendarOf(project, meetings, t('meetings.calendar.bodyName', { body: body.data.name })));
};

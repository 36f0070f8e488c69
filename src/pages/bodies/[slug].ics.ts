/** `/bodies/<slug>.ics`: one body's meetings, for residents who follow only that body. */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { useTranslations } from '../../i18n/index.ts';
import { calendarOf, calendarResponse } from '../../site/calendar.ts';
import { getProject } from '../../site/project-data.ts';

export const getStaticPaths = (async () => {
  const { bodies } = await getProject();
  return [...bodies]
    .sort((a, b) => (a.slug < b.slug ? -1 : 1))
    .map((body) => ({ params: { slug: body.slug }, props: { body } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = async ({ props }) => {
  const { body } = props;
  const project = await getProject();
  const t = useTranslations(project.defaultLang);
  const meetings = project.meetings.filter((m) => m.data.body === body.slug);
  return calendarResponse(calendarOf(project, meetings, t('meetings.calendar.bodyName', { body: body.data.name })));
};

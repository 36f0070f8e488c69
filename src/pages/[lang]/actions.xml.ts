/** `/<lang>/actions.xml`: new actions and status changes, for residents who follow by RSS. */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { useTranslations } from '../../i18n/index.ts';
import { actionsFeed, allActionEvents, feedResponse } from '../../site/action-feed.ts';
import { paths } from '../../site/paths.ts';
import { getProject } from '../../site/project-data.ts';
import { siteName } from '../../site/site-name.ts';
import { languagePaths } from '../../site/static-paths.ts';

export const getStaticPaths = languagePaths satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = async ({ props }) => {
  const { lang } = props;
  const project = await getProject();
  const t = useTranslations(lang);
  return feedResponse(
    actionsFeed(project, lang, allActionEvents(project), {
      title: t('feeds.actionsTitle', { site: siteName(project.site, lang) }),
      description: t('feeds.actionsDescription'),
      pagePath: paths.actions(lang),
      feedPath: paths.actionsFeed(lang),
    }),
  );
};

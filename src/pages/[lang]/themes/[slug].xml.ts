/** `/<lang>/themes/<slug>.xml`: the actions feed narrowed to one theme's actions. */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { useTranslations } from '../../../i18n/index.ts';
import { actionsFeed, allActionEvents, feedResponse } from '../../../site/action-feed.ts';
import { indexesOf } from '../../../site/indexes.ts';
import { localizeEntry } from '../../../site/localize.ts';
import { paths } from '../../../site/paths.ts';
import { getProject } from '../../../site/project-data.ts';
import { siteName } from '../../../site/site-name.ts';
import { entryPaths } from '../../../site/static-paths.ts';

export const getStaticPaths = (() =>
  entryPaths(
    (p) => p.themes,
    (t) => t.slug,
  )) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = async ({ props }) => {
  const { lang, item } = props;
  const project = await getProject();
  const t = useTranslations(lang);
  const { actionsById } = indexesOf(project);
  const theme = localizeEntry(item, lang, project.defaultLang).data.title;
  const events = allActionEvents(project).filter((e) => actionsById.get(e.actionId)?.themes.includes(item.slug));
  return feedResponse(
    actionsFeed(project, lang, events, {
      title: t('feeds.themeTitle', { site: siteName(project.site, lang), theme }),
      description: t('feeds.themeDescription', { theme }),
      pagePath: `${paths.theme(lang, item.slug)}#we-did`,
      feedPath: paths.themeFeed(lang, item.slug),
    }),
  );
};

/**
 * getStaticPaths helpers: one page per site language, or per language and entry. Params are
 * strings (Astro 7) and the order is stable so builds are byte-identical.
 */
import type { Lang } from '../schemas/fields.ts';
import type { Project } from '../schemas/project.ts';
import { getProject } from './project-data.ts';

export async function languagePaths() {
  const { languages } = await getProject();
  return languages.map((lang) => ({ params: { lang }, props: { lang } }));
}

/**
 * `cacheKeyOf`, when given, lets the incremental build skip an unchanged page: it must digest
 * everything the page shows (src/site/cache-keys.ts). Without it the page is rendered every build.
 */
export async function entryPaths<T>(
  pick: (project: Project) => readonly T[],
  slugOf: (item: T) => string,
  cacheKeyOf?: (project: Project, item: T) => string,
) {
  const project = await getProject();
  const items = [...pick(project)].sort((a, b) => (slugOf(a) < slugOf(b) ? -1 : 1));
  const keys = cacheKeyOf ? new Map(items.map((item) => [item, cacheKeyOf(project, item)])) : undefined;
  return project.languages.flatMap((lang: Lang) =>
    items.map((item) => ({ params: { lang, slug: slugOf(item) }, props: { lang, item }, cacheKey: keys?.get(item) })),
  );
}

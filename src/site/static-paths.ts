/**
 * getStaticPaths helpers: one page per site language, or per language and entry. Params are
 * strings (Astro 7) and the order is stable so builds are byte-identical.
 */
import type { Lang } from '../schemas/fields.ts';
import { getProject } from './project-data.ts';

export async function languagePaths() {
  const { languages } = await getProject();
  return languages.map((lang) => ({ params: { lang }, props: { lang } }));
}

export async function entryPaths<T>(
  pick: (project: Awaited<ReturnType<typeof getProject>>) => readonly T[],
  slugOf: (item: T) => string,
) {
  const project = await getProject();
  const items = [...pick(project)].sort((a, b) => (slugOf(a) < slugOf(b) ? -1 : 1));
  return project.languages.flatMap((lang: Lang) =>
    items.map((item) => ({ params: { lang, slug: slugOf(item) }, props: { lang, item } })),
  );
}

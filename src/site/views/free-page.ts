/**
 * What a free page (about, how feedback is handled …, `content/pages/<lang>/<slug>.mdx`) shows,
 * assembled without Astro (src/pages/[lang]/pages/[slug].astro only writes it out): its title,
 * summary and text in the reader's language, or in the default one, said so.
 */
import type { Lang } from '../../schemas/fields.ts';
import type { Page } from '../../schemas/page.ts';
import type { Entry, Project } from '../../schemas/project.ts';
import { localizeEntry, type LocalizedEntry } from '../localize.ts';

export interface FreePageView {
  page: LocalizedEntry<Page>;
  /** The summary, when the page has one, in the language it is written in. */
  summary: { text: string; lang: Lang } | undefined;
}

export function freePageView(project: Project, item: Entry<Page>, lang: Lang): FreePageView {
  const page = localizeEntry(item, lang, project.defaultLang);
  return {
    page,
    summary: page.data.summary ? { text: page.data.summary, lang: page.langOf('summary') } : undefined,
  };
}

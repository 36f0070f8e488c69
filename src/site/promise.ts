/**
 * Which service promise a page states: a theme's own, else the site's (content/site.yaml), in
 * the reader's language where it is translated, with the language it is shown in.
 */
import type { Lang } from '../schemas/fields.ts';
import type { Project } from '../schemas/project.ts';
import type { Theme } from '../schemas/theme.ts';
import { pickText, type LocalizedEntry } from './localize.ts';

export interface PromiseShown {
  promise?: { text: string; lang: Lang };
  days?: number;
}

export function promiseFor(project: Project, lang: Lang, theme?: LocalizedEntry<Theme>): PromiseShown {
  const shown: PromiseShown = {};
  const days = theme?.data.answerWithinDays ?? project.site.answerWithinDays;
  if (days !== undefined) shown.days = days;
  if (theme?.data.promise) {
    shown.promise = { text: theme.data.promise, lang: theme.langOf('promise') };
    return shown;
  }
  const site = project.site.promise ? pickText(project.site.promise, lang, project.defaultLang) : undefined;
  if (site) shown.promise = { text: site.value, lang: site.lang };
  return shown;
}

/**
 * Which service promise a page states: a theme's own, else the site's (content/site.yaml), in
 * the reader's language where it is translated, with the language it is shown in; and how it was
 * kept, quarter by quarter, over the feedback the page speaks of.
 */
import { memo } from '../core/collections.ts';
import { type PromiseFeedback, type PromiseQuarter, promiseByQuarter } from '../domain/promise.ts';
import type { Lang } from '../schemas/fields.ts';
import type { Project } from '../schemas/project.ts';
import type { Theme } from '../schemas/theme.ts';
import { pickText, type LocalizedEntry } from './localize.ts';

export interface PromiseShown {
  promise?: { text: string; lang: Lang };
  days?: number;
  /** The last four quarters measured against `days`; none when no promise is given in days. */
  quarters: PromiseQuarter[];
}

/** Each page states its promise in every language over the same feedback: measured once. */
const measured = memo<readonly PromiseFeedback[], PromiseQuarter[]>();
const quartersOf = (feedback: readonly PromiseFeedback[], days: number, asOf: string): PromiseQuarter[] =>
  measured(feedback, `${days}\0${asOf}`, () => promiseByQuarter(feedback, days, asOf));

export function promiseFor(
  project: Project,
  lang: Lang,
  feedback: readonly PromiseFeedback[],
  theme?: LocalizedEntry<Theme>,
): PromiseShown {
  const days = theme?.data.answerWithinDays ?? project.site.answerWithinDays;
  const shown: PromiseShown = { quarters: days === undefined ? [] : quartersOf(feedback, days, project.asOf) };
  if (days !== undefined) shown.days = days;
  if (theme?.data.promise) {
    shown.promise = { text: theme.data.promise, lang: theme.langOf('promise') };
    return shown;
  }
  const site = project.site.promise ? pickText(project.site.promise, lang, project.defaultLang) : undefined;
  if (site) shown.promise = { text: site.value, lang: site.lang };
  return shown;
}

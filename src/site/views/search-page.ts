/**
 * What the search page hands its script, assembled without Astro (src/pages/[lang]/search.astro
 * writes the form; src/scripts/search.ts reads these): the result sentences as templates the
 * script fills in ({n}, {query}, {shown}), the kind filter from the registry of kinds and the
 * status filter under the names the action pages file their status by.
 */
import { type UiKey, useTranslations } from '../../i18n/index.ts';
import { ACTION_STATUSES } from '../../schemas/action.ts';
import type { Lang } from '../../schemas/fields.ts';
import { searchFilters } from '../kinds.ts';

/** The sentences the script writes, with `{n}`, `{query}` and `{shown}` where its figures go. */
export interface SearchStrings {
  one: string;
  other: string;
  countOne: string;
  countOther: string;
  shown: string;
  none: string;
  unavailable: string;
}

export interface SearchPageView {
  strings: SearchStrings;
  /** The kind filter: Pagefind's `type` value and its label, in the registry's order. */
  kinds: { kind: string; label: UiKey }[];
  /** The status filter: each status by its name in the page's language, as action pages give it. */
  statuses: string[];
}

export function searchPageView(lang: Lang): SearchPageView {
  const t = useTranslations(lang);
  return {
    // The singular and plural forms come from the language's own rule, so each is made with a
    // count it applies to (1, 2) and the count turned back into a placeholder.
    strings: {
      one: t('search.results', { n: 1, query: '{query}' }).replace(/1/, '{n}'),
      other: t('search.results', { n: 2, query: '{query}' }).replace(/2/, '{n}'),
      countOne: t('search.count', { n: 1 }).replace(/1/, '{n}'),
      countOther: t('search.count', { n: 2 }).replace(/2/, '{n}'),
      shown: t('search.shown', { shown: '{shown}', n: '{n}' }),
      none: t('search.noResults', { query: '{query}' }),
      unavailable: t('search.unavailable'),
    },
    kinds: searchFilters(),
    statuses: ACTION_STATUSES.map((s) => t(`actions.status.${s}`)),
  };
}

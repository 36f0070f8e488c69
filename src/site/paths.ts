/**
 * Every URL of the site, in one place, so links, the language switch, hreflang alternates,
 * feeds and the sitemap can never disagree. Segments are the same in every language
 * (`/sv/themes/…`), which keeps the language switch a simple swap of the first segment.
 */
import type { ActionStatus } from '../schemas/action.ts';
import type { Lang } from '../schemas/fields.ts';

export const paths = {
  home: (lang: Lang) => `/${lang}/`,
  themes: (lang: Lang) => `/${lang}/themes/`,
  theme: (lang: Lang, slug: string) => `/${lang}/themes/${slug}/`,
  actions: (lang: Lang) => `/${lang}/actions/`,
  action: (lang: Lang, id: string) => `/${lang}/actions/${id}/`,
  /** Every action with one status, page by page; page 1 is the list's own address. */
  actionsByStatus: (lang: Lang, status: ActionStatus, page = 1) =>
    page === 1 ? `/${lang}/actions/status/${status}/` : `/${lang}/actions/status/${status}/${page}/`,
  bodies: (lang: Lang) => `/${lang}/bodies/`,
  body: (lang: Lang, slug: string) => `/${lang}/bodies/${slug}/`,
  meetings: (lang: Lang) => `/${lang}/meetings/`,
  meeting: (lang: Lang, slug: string) => `/${lang}/meetings/${slug}/`,
  surveys: (lang: Lang) => `/${lang}/surveys/`,
  survey: (lang: Lang, slug: string) => `/${lang}/surveys/${slug}/`,
  votes: (lang: Lang) => `/${lang}/votes/`,
  vote: (lang: Lang, slug: string) => `/${lang}/votes/${slug}/`,
  page: (lang: Lang, slug: string) => `/${lang}/pages/${slug}/`,
  accessibility: (lang: Lang) => `/${lang}/accessibility/`,
  search: (lang: Lang) => `/${lang}/search/`,
  openData: (lang: Lang) => `/${lang}/open-data/`,
  posters: (lang: Lang) => `/${lang}/posters/`,
  poster: (lang: Lang, theme: string, quarter: string) => `/${lang}/posters/${theme}/${quarter.toLowerCase()}/`,
  actionsFeed: (lang: Lang) => `/${lang}/actions.xml`,
  themeFeed: (lang: Lang, slug: string) => `/${lang}/themes/${slug}.xml`,
  calendar: () => '/meetings.ics',
  bodyCalendar: (slug: string) => `/bodies/${slug}.ics`,
  dataFile: (name: string) => `/open-data/${name}`,
  sitemap: () => '/sitemap.xml',
} as const;

/** A page's address as a function of language: what the language switch and hreflang need. */
export type Route = (lang: Lang) => string;

/** `https://host/fi/themes/` from the site's base URL and a path. */
export function absoluteUrl(siteUrl: string, path: string): string {
  return siteUrl.replace(/\/+$/, '') + path;
}

/**
 * Every URL of the site, in one place, so links, the language switch, hreflang alternates,
 * feeds and the sitemap can never disagree. Segments are the same in every language
 * (`/sv/themes/…`), which keeps the language switch a simple swap of the first segment.
 *
 * A site may be served under a path (GitHub project pages: `https://org.github.io/repo/`).
 * That base is the path of `url` in content/site.yaml; the content integration hands it to
 * Astro as `base`, and every address below carries it, so no page, feed or calendar has to.
 */
import type { ActionStatus } from '../schemas/action.ts';
import type { Lang } from '../schemas/fields.ts';
import type { ContentKind } from '../schemas/kinds.ts';
import { underBase } from './base.ts';

export { basePath, underBase } from './base.ts';

/** A content kind's pages are under its folder's name: `/fi/votes/`, `/fi/votes/<id>/`. */
const kindIndex = (lang: Lang, kind: ContentKind) => `/${lang}/${kind}/`;
const kindEntry = (lang: Lang, kind: ContentKind, slug: string) => `/${lang}/${kind}/${slug}/`;

/** Addresses from the site's root, before the base is put in front. */
const fromRoot = {
  home: (lang: Lang) => `/${lang}/`,
  /** Any content kind's index and entry pages (a new kind needs no address of its own here). */
  kindIndex,
  kindEntry,
  themes: (lang: Lang) => kindIndex(lang, 'themes'),
  theme: (lang: Lang, slug: string) => kindEntry(lang, 'themes', slug),
  actions: (lang: Lang) => `/${lang}/actions/`,
  action: (lang: Lang, id: string) => `/${lang}/actions/${id}/`,
  /** Every action with one status, page by page; page 1 is the list's own address. */
  actionsByStatus: (lang: Lang, status: ActionStatus, page = 1) =>
    page === 1 ? `/${lang}/actions/status/${status}/` : `/${lang}/actions/status/${status}/${page}/`,
  bodies: (lang: Lang) => kindIndex(lang, 'bodies'),
  body: (lang: Lang, slug: string) => kindEntry(lang, 'bodies', slug),
  meetings: (lang: Lang) => kindIndex(lang, 'meetings'),
  meeting: (lang: Lang, slug: string) => kindEntry(lang, 'meetings', slug),
  surveys: (lang: Lang) => kindIndex(lang, 'surveys'),
  survey: (lang: Lang, slug: string) => kindEntry(lang, 'surveys', slug),
  votes: (lang: Lang) => kindIndex(lang, 'votes'),
  vote: (lang: Lang, slug: string) => kindEntry(lang, 'votes', slug),
  page: (lang: Lang, slug: string) => kindEntry(lang, 'pages', slug),
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
  favicon: () => '/favicon.svg',
  /** A file of the site's public/ folder (site.yaml `logo`, `favicon`), each part of its name escaped. */
  publicFile: (file: string) => `/${file.split('/').map(encodeURIComponent).join('/')}`,
} as const;

type Addresses = typeof fromRoot;

/** Every address of a site served from `base`. */
export function pathsUnder(base: string): Addresses {
  return Object.fromEntries(
    Object.entries(fromRoot).map(([name, address]) => [
      name,
      (...args: never[]) => underBase(base, (address as (...a: never[]) => string)(...args)),
    ]),
  ) as Addresses;
}

/**
 * The base the content integration gives Astro, written in by Vite as `__KUULTU_BASE__` (not
 * `import.meta.env.BASE_URL`: in server code Astro lets any BASE_URL in the environment, which
 * CI systems and vitest set, win over the configured base). Outside Astro (unit tests) it is `/`.
 */
export const BASE: string = typeof __KUULTU_BASE__ === 'string' ? __KUULTU_BASE__ : '/';

export const paths: Addresses = pathsUnder(BASE);

/** A page's address as a function of language: what the language switch and hreflang need. */
export type Route = (lang: Lang) => string;

/** `https://host/repo/fi/themes/` from the site's address and a path that already carries the base. */
export function absoluteUrl(siteUrl: string, path: string): string {
  return new URL(siteUrl).origin + path;
}

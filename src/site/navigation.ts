/**
 * The main menu as data: the sections' index links from the registry (src/site/kinds.ts), search
 * after them, each marked as the reader's current place. A page is "in" a section when its
 * address lies under the section's index (`/fi/actions/A-2026-001/` under `/fi/actions/`), so
 * every page within a section marks it, not only the index.
 */
import type { UiKey } from '../i18n/index.ts';
import type { Lang } from '../schemas/fields.ts';
import { navSections } from './kinds.ts';
import { paths } from './paths.ts';

export interface MenuLink {
  href: string;
  label: UiKey;
  /**
   * `aria-current`: "page" on the section's own index, "true" on a page within the section
   * (the link is the reader's place, not the page itself), undefined elsewhere.
   */
  current: 'page' | 'true' | undefined;
}

/** The main menu's links for the page at `pathname` (as the browser sees it, base included). */
export function mainMenu(lang: Lang, pathname: string): MenuLink[] {
  const links: { href: string; label: UiKey }[] = [
    ...navSections().map((s) => ({ href: s.href(lang), label: s.label })),
    { href: paths.search(lang), label: 'common.search' },
  ];
  return links.map((l) => ({ ...l, current: currentOf(l.href, pathname) }));
}

function currentOf(href: string, pathname: string): MenuLink['current'] {
  if (pathname === href || `${pathname}/` === href) return 'page';
  return pathname.startsWith(href) ? 'true' : undefined;
}

/**
 * sitemap.xml: every language's pages with hreflang alternates (Google's `xhtml:link` form),
 * absolute URLs from the site's address, sorted so the file is the same in every build.
 * Search, posters and the 404 page are left out: they are tools, not content to find.
 */
import { escapeXml } from '../core/xml.ts';
import type { Lang } from '../schemas/fields.ts';
import { SECTION_NAMES, SECTIONS, type SectionSource } from './kinds.ts';
import { absoluteUrl, paths, type Route } from './paths.ts';

/** Pages that belong to no section (src/site/kinds.ts) but are content to find. */
const OTHER_PAGES: readonly Route[] = [paths.home, paths.openData, paths.posters, paths.accessibility];

/** Every content page of the site, as a function of language: every section's, and the others. */
export function sitemapRoutes(project: SectionSource): Route[] {
  return [...OTHER_PAGES, ...SECTION_NAMES.flatMap((name) => SECTIONS[name].routes(project))];
}

export function sitemapXml(siteUrl: string, languages: readonly Lang[], routes: readonly Route[]): string {
  const defaultLang = languages[0] ?? 'fi';
  const entries: { loc: string; xml: string }[] = [];
  for (const route of routes) {
    const alternates = [
      ...languages.map((l) => ({ hreflang: l as string, href: absoluteUrl(siteUrl, route(l)) })),
      { hreflang: 'x-default', href: absoluteUrl(siteUrl, route(defaultLang)) },
    ];
    const links = alternates
      .map((a) => `    <xhtml:link rel="alternate" hreflang="${a.hreflang}" href="${escapeXml(a.href)}"/>`)
      .join('\n');
    for (const lang of languages) {
      const loc = absoluteUrl(siteUrl, route(lang));
      entries.push({ loc, xml: `  <url>\n    <loc>${escapeXml(loc)}</loc>\n${links}\n  </url>` });
    }
  }
  entries.sort((a, b) => (a.loc < b.loc ? -1 : a.loc > b.loc ? 1 : 0));
  const unique = entries.filter((e, i) => i === 0 || entries[i - 1]!.loc !== e.loc);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${unique.map((e) => e.xml).join('\n')}\n</urlset>\n`;
}

export function robotsTxt(siteUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(siteUrl, paths.sitemap())}\n`;
}

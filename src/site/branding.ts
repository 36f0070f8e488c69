/**
 * The organisation's marks from site.yaml: the logo (header and posters) and the browser tab's
 * icon. Without a `favicon`, kuultu's own speech bubble (/favicon.svg) is the icon, so a tab is
 * never the browser's blank page; without a `logo` there is none, and the site name stands alone.
 */
import type { Lang } from '../schemas/fields.ts';
import type { Site } from '../schemas/site.ts';
import { paths } from './paths.ts';

const ICON_TYPES: Readonly<Record<string, string>> = {
  svg: 'image/svg+xml',
  png: 'image/png',
  ico: 'image/x-icon',
};

export function faviconOf(site: Pick<Site, 'favicon'>): { href: string; type: string } {
  if (site.favicon === undefined) return { href: paths.favicon(), type: ICON_TYPES.svg! };
  const extension = site.favicon.slice(site.favicon.lastIndexOf('.') + 1).toLowerCase();
  return { href: paths.publicFile(site.favicon), type: ICON_TYPES[extension] ?? 'image/x-icon' };
}

/** The logo's address and its text alternative in `lang` (site.yaml fills every language). */
export function logoOf(site: Pick<Site, 'logo'>, lang: Lang): { src: string; alt: string } | undefined {
  if (site.logo === undefined) return undefined;
  return { src: paths.publicFile(site.logo.file), alt: site.logo.alt[lang] ?? '' };
}

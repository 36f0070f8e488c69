import type { Lang } from '../schemas/fields.ts';
import type { Site } from '../schemas/site.ts';

/** `name` may be one string for every language, or one per language (PRODUCT.md §2). */
export function siteName(site: Pick<Site, 'name' | 'languages'>, lang: Lang): string {
  if (typeof site.name === 'string') return site.name;
  return site.name[lang] ?? site.name[site.languages[0] ?? 'fi'] ?? Object.values(site.name)[0] ?? '';
}

/** The publishing organisation's name in `lang` (site.yaml gives one for all or one per language). */
export function organisationName(site: Pick<Site, 'organisation' | 'languages'>, lang: Lang): string {
  return site.organisation[lang] ?? site.organisation[site.languages[0] ?? 'fi'] ?? '';
}

/**
 * The folder a site is served from. Kept apart from paths.ts, which reads Astro's `base` from
 * import.meta.env: the content integration runs while Astro loads its config, before there is one.
 */

/** `/` or `/repo/`: the path of the site's `url`, ending in `/`. */
export function basePath(siteUrl: string | undefined): string {
  if (!siteUrl) return '/';
  let path: string;
  try {
    path = new URL(siteUrl).pathname;
  } catch {
    return '/';
  }
  return path.endsWith('/') ? path : `${path}/`;
}

/** A site-relative address (`/fi/themes/`) under `base` (`/repo/fi/themes/`); other links as they are. */
export function underBase(base: string, path: string): string {
  return path.startsWith('/') && !path.startsWith('//') ? base + path.slice(1) : path;
}

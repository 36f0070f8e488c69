/**
 * Links from MDX text to the site's own pages (`[kirjastot](/fi/themes/kirjastot/)`) are allowed,
 * written from the site's root, and must lead to a page or file the build will publish: a typo
 * would otherwise be a link to the 404 page on every build. A whole address on the site's own
 * host is checked the same way, and one to the preview on the author's computer (localhost) is
 * an error: no resident can open it. The validator collects those links
 * (src/validate/mdx-body.ts) without knowing the site's addresses; they live here, with the
 * pages (src/site/paths.ts, kinds.ts), so the check is run by the commands that validate a site
 * (`withSiteChecks`).
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { error, type Problem } from '../core/problem.ts';
import type { Lang, Text } from '../core/lang.ts';
import { ACTION_STATUSES } from '../schemas/action.ts';
import { editDistance } from '../schemas/fields.ts';
import type { Project } from '../schemas/project.ts';
import { CONTENT_KIND_NAMES } from '../schemas/kinds.ts';
import type { LoadResult, OwnLink, PartialProject } from '../validate/load-project.ts';
import { basePath } from './base.ts';
import { DATA_SET_NAMES } from './open-data.ts';
import { OPEN_DATA_FORMATS } from './open-data-files.ts';
import { BASE, pathsUnder } from './paths.ts';
import { postersByTheme } from './posters.ts';
import { sitemapRoutes } from './sitemap.ts';

/** Addresses from the root, as an author writes them: the base is added when the site is built. */
const rooted = pathsUnder('/');

/** How many of the nearest addresses a message lists. */
const NEAREST = 3;

/** Every file under public/, as its address (`/liite.pdf`). */
function publicFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string, prefix: string) => {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch {
      return;
    }
    for (const name of names) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full, `${prefix}${name}/`);
      else out.push(`${prefix}${name}`);
    }
  };
  walk(join(root, 'public'), '/');
  return out;
}

/**
 * Every address of the site an MDX link may lead to, from the root, but for the posters
 * (`posterAddresses`): its pages in every language (the sitemap's, search, the status lists), its
 * feeds, calendars and open-data files, and the files of public/.
 */
export function ownAddresses(project: Project): Set<string> {
  const langs: readonly Lang[] = project.languages;
  const pages = sitemapRoutes(project).flatMap((route) => langs.map((l) => route(l)));
  // sitemapRoutes gives addresses under the base the pages are built with; links are written from the root.
  const rebased = (path: string) => (path.startsWith(BASE) ? `/${path.slice(BASE.length)}` : path);
  const addresses = new Set<string>(['/', ...pages.map(rebased)]);
  for (const l of langs) {
    addresses.add(rooted.home(l));
    addresses.add(rooted.search(l));
    addresses.add(rooted.actionsFeed(l));
    for (const status of ACTION_STATUSES) addresses.add(rooted.actionsByStatus(l, status));
    for (const theme of project.themes) addresses.add(rooted.themeFeed(l, theme.slug));
  }
  addresses.add(rooted.calendar());
  for (const body of project.bodies) addresses.add(rooted.bodyCalendar(body.slug));
  for (const name of DATA_SET_NAMES) for (const f of OPEN_DATA_FORMATS) addresses.add(rooted.dataFile(`${name}.${f}`));
  addresses.add('/open-data/datapackage.json');
  addresses.add('/open-data/catalog.ttl');
  addresses.add(rooted.sitemap());
  addresses.add(rooted.favicon());
  for (const file of publicFiles(project.root)) addresses.add(file);
  return addresses;
}

/**
 * Every poster's address. Their quarters come from every feedback row and action event (a sixth
 * of a second for a city of 100,000 rows, and the build's own copy of the modules works them out
 * again), so a link is checked against them only when it leads nowhere else.
 */
function posterAddresses(project: Project): string[] {
  return project.languages.flatMap((l) =>
    [...postersByTheme(project)].flatMap(([theme, posters]) =>
      posters.quarters.map((quarter) => rooted.poster(l, theme, quarter)),
    ),
  );
}

/**
 * The address a link leads to, without its #part or ?query, as a file or page is named: a browser's
 * address bar shows `/liite%202.pdf` for public/liite 2.pdf, and both lead to the same file.
 */
function pathOf(href: string): string {
  const path = href.trim().replace(/[?#].*$/, '');
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}

/** The hosts of the preview on the author's own computer (`npm run dev`). */
const PREVIEW_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '0.0.0.0']);

/**
 * What a link written as a whole address is to the site: a page of its own (`https://<site>/fi/…`,
 * checked like a link from the root), the preview on the author's computer (never a page for a
 * resident), or another site's page (not checked here).
 */
function absoluteTarget(
  href: string,
  siteUrl: string,
  base: string,
): { own: string } | { preview: string } | undefined {
  let url: URL;
  try {
    url = new URL(href.trim());
  } catch {
    return undefined;
  }
  const path = pathOf(url.pathname);
  const fromRoot = base !== '/' && path.startsWith(base) ? `/${path.slice(base.length)}` : path;
  if (url.origin === new URL(siteUrl).origin) return { own: fromRoot };
  return PREVIEW_HOSTS.has(url.hostname) ? { preview: `${fromRoot}${url.search}${url.hash}` } : undefined;
}

function previewLink(link: OwnLink, path: string): Problem {
  return error(
    link,
    'link.preview',
    {
      fi: `linkki "${link.href}" johtaa esikatseluun omalla koneellasi, ei julkaistulle sivustolle.`,
      sv: `länken "${link.href}" leder till förhandsvisningen på din egen dator, inte till den publicerade webbplatsen.`,
      en: `link "${link.href}" leads to the preview on your own computer, not to the published site.`,
    },
    {
      expected: {
        fi: 'linkki sivuston juuresta, esim. (/fi/themes/kirjastot/)',
        sv: 'en länk från webbplatsens rot, t.ex. (/sv/themes/kirjastot/)',
        en: "a link from the site's root, e.g. (/en/themes/kirjastot/)",
      },
      fix: {
        fi: `kirjoita osoitteesta vain sen loppu kauttaviivasta alkaen: (${path})`,
        sv: `skriv bara slutet av adressen, från snedstrecket: (${path})`,
        en: `write only the end of the address, from the slash: (${path})`,
      },
    },
  );
}

function exists(path: string, addresses: ReadonlySet<string>): boolean {
  return addresses.has(path) || addresses.has(`${path}/`) || (path.endsWith('/') && addresses.has(path.slice(0, -1)));
}

/** The addresses nearest to what was written, by spelling. */
export function nearestAddresses(path: string, addresses: ReadonlySet<string>, n = NEAREST): string[] {
  return [...addresses]
    .map((a) => ({ a, d: editDistance(path, a) }))
    .sort((x, y) => x.d - y.d || (x.a < y.a ? -1 : x.a > y.a ? 1 : 0))
    .slice(0, n)
    .map((c) => c.a);
}

function missingPage(link: OwnLink, path: string, addresses: ReadonlySet<string>, base: string): Problem {
  const underBase = base !== '/' && path.startsWith(base) ? `/${path.slice(base.length)}` : undefined;
  const meant = underBase !== undefined && exists(underBase, addresses) ? underBase : undefined;
  const close = nearestAddresses(path, addresses);
  const guess =
    meant ?? (editDistance(path, close[0] ?? '') <= Math.max(2, Math.floor(path.length / 6)) ? close[0] : undefined);
  const count = addresses.size;
  const fix: Text =
    meant !== undefined
      ? {
          fi: `kirjoita linkki sivuston juuresta ilman kansiota ${base}: (${meant}); kansio lisätään, kun sivusto rakennetaan`,
          sv: `skriv länken från webbplatsens rot utan mappen ${base}: (${meant}); mappen läggs till när webbplatsen byggs`,
          en: `write the link from the site's root, without the folder ${base}: (${meant}); the folder is added when the site is built`,
        }
      : guess !== undefined
        ? {
            fi: `tarkoititko ${guess}? Kirjoita (${guess})`,
            sv: `menade du ${guess}? Skriv (${guess})`,
            en: `did you mean ${guess}? Write (${guess})`,
          }
        : {
            fi: 'avaa sivu esikatselussa (npm run dev) ja kopioi osoiteriviltä osoitteen loppu kauttaviivasta alkaen (esim. /fi/themes/kirjastot/), tai laita tiedosto public/-kansioon',
            sv: 'öppna sidan i förhandsvisningen (npm run dev) och kopiera slutet av adressen i adressfältet, från snedstrecket (t.ex. /sv/themes/kirjastot/), eller lägg filen i mappen public/',
            en: 'open the page in the preview (npm run dev) and copy the end of its address from the address bar, from the slash on (e.g. /en/themes/kirjastot/), or put the file in the public/ folder',
          };
  return error(
    link,
    'link.own-page',
    {
      fi: `linkki "${link.href}" johtaa sivuston sivulle, jota ei ole.`,
      sv: `länken "${link.href}" leder till en sida på webbplatsen som inte finns.`,
      en: `link "${link.href}" leads to a page of this site that does not exist.`,
    },
    {
      expected: {
        fi: `sivuston olemassa oleva sivu tai public/-kansion tiedosto (osoitteita on ${count}); lähimmät: ${close.join(', ')}`,
        sv: `en sida som finns på webbplatsen eller en fil i mappen public/ (det finns ${count} adresser); de närmaste: ${close.join(', ')}`,
        en: `a page of the site or a file in public/ (there are ${count} addresses); the nearest: ${close.join(', ')}`,
      },
      fix,
    },
  );
}

/**
 * Whether a link into a project with errors may lead to a page that is only missing because of
 * those errors: an entry or action whose own file or row has a mistake, a poster (its quarters
 * come from every feedback and action row), or a feed or calendar of one of those.
 */
function unsureIn(partial: PartialProject): (path: string) => boolean {
  const { project, unreadEntries, unreadActions } = partial;
  const unsure = new Set<string>();
  for (const l of project.languages) {
    for (const kind of CONTENT_KIND_NAMES)
      for (const slug of unreadEntries[kind]) {
        unsure.add(rooted.kindEntry(l, kind, slug));
        if (kind === 'themes') unsure.add(rooted.themeFeed(l, slug));
      }
    if (unreadActions !== 'all') for (const id of unreadActions) unsure.add(rooted.action(l, id));
  }
  for (const slug of unreadEntries.bodies) unsure.add(rooted.bodyCalendar(slug));
  const folders = project.languages.flatMap((l) =>
    unreadActions === 'all' ? [rooted.posters(l), rooted.actions(l)] : [rooted.posters(l)],
  );
  return (path) =>
    exists(path, unsure) || folders.some((folder) => path.startsWith(folder) && path.length > folder.length);
}

/**
 * A problem for every link to the site's own address that the build would not publish. In a
 * project with errors (`unsure`), links that may only be broken by those errors are left for the
 * next round.
 */
export function ownLinkProblems(
  project: Project,
  links: readonly OwnLink[],
  unsure: (path: string) => boolean = () => false,
): Problem[] {
  if (links.length === 0) return [];
  const found = ownAddresses(project);
  let all: ReadonlySet<string> | undefined;
  const everyAddress = (): ReadonlySet<string> => {
    all ??= new Set([...found, ...posterAddresses(project)]);
    return all;
  };
  const base = basePath(project.site.url);
  return links.flatMap((link) => {
    const absolute = link.href.trim().startsWith('/') ? undefined : absoluteTarget(link.href, project.site.url, base);
    if (absolute && 'preview' in absolute) return [previewLink(link, absolute.preview)];
    if (!absolute && !link.href.trim().startsWith('/')) return [];
    const path = absolute ? absolute.own : pathOf(link.href);
    if (path === '' || exists(path, found) || unsure(path) || exists(path, everyAddress())) return [];
    // A whole address already carries the site's folder: the hint to leave it out is for links from the root.
    return [missingPage(link, path, everyAddress(), absolute ? '/' : base)];
  });
}

/**
 * The validator's result with the site's own checks added: what every command that validates a
 * whole site (validate, build, dev, new, action) runs after `loadProject`. They run on a project
 * with errors too, so that an author sees a broken link with the other problems, in one round.
 */
export function withSiteChecks(result: LoadResult): LoadResult {
  const links = result.ownLinks ?? [];
  const problems = result.project
    ? ownLinkProblems(result.project, links)
    : result.partial
      ? ownLinkProblems(result.partial.project, links, unsureIn(result.partial))
      : [];
  return problems.length === 0 ? result : { ...result, problems: [...result.problems, ...problems] };
}

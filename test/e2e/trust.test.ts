/**
 * Trust and polish (issue 10 point 11) on the built example city: the accessibility statement's
 * supervisory authority and last-updated date, Open Graph tags, the feed each page advertises,
 * and the search page's script inside the document.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { formatDate } from '../../src/domain/i18n-format.ts';
import type { Lang } from '../../src/schemas/fields.ts';
import type { Project } from '../../src/schemas/project.ts';
import { pick, type Picks } from './support/page-kinds.ts';
import { useSiteTab, type BuiltSite } from './support/site.ts';

let site: BuiltSite;
let project: Project;
let picks: Picks;
let page: Page;

const open = useSiteTab((tab) => {
  ({ site, project, page } = tab);
  picks = pick(project);
});

const LANGS: readonly Lang[] = ['fi', 'sv', 'en'];
const AUTHORITY: Record<Lang, RegExp> = {
  fi: /Liikenne- ja viestintävirasto Traficom/,
  sv: /Transport- och kommunikationsverket Traficom/,
  en: /Finnish Transport and Communications Agency Traficom/,
};
const UPDATED: Record<Lang, string> = {
  fi: 'Selostetta on viimeksi päivitetty',
  sv: 'Utlåtandet uppdaterades senast',
  en: 'This statement was last updated on',
};

describe('the accessibility statement', () => {
  for (const lang of LANGS) {
    it(`names Traficom, the supervisory authority since 2025, and says when it was last updated (${lang})`, async () => {
      await open(`/${lang}/accessibility/`);
      const text = ((await page.locator('main').textContent()) ?? '').replace(/\s+/g, ' ');
      expect(text).toMatch(AUTHORITY[lang]);
      expect(text).not.toMatch(/aluehallintovirasto|Regionförvaltningsverket|Regional State Administrative/);
      expect(await page.getByRole('link', { name: 'saavutettavuus@traficom.fi' }).getAttribute('href')).toBe(
        'mailto:saavutettavuus@traficom.fi',
      );
      const { updated, assessed } = project.site.accessibility;
      expect(text).toContain(`${UPDATED[lang]} ${formatDate(updated ?? assessed, lang)}`.replace(/\s/g, ' '));
    });
  }
});

describe('the <head> of every page', () => {
  it("advertises a theme's own feed on its theme page, and the action feed elsewhere", async () => {
    for (const lang of LANGS) {
      await open(`/${lang}/themes/${picks.theme}/`);
      const feeds = page.locator('head link[rel="alternate"][type="application/rss+xml"]');
      expect(await feeds.count()).toBe(1);
      expect(await feeds.getAttribute('href')).toBe(`/${lang}/themes/${picks.theme}.xml`);
      await open(`/${lang}/actions/`);
      expect(await feeds.getAttribute('href')).toBe(`/${lang}/actions.xml`);
    }
  });

  it('carries Open Graph tags: title, site name, canonical address and locale', async () => {
    for (const [lang, locale] of [
      ['fi', 'fi_FI'],
      ['sv', 'sv_FI'],
      ['en', 'en_GB'],
    ] as const) {
      await open(`/${lang}/themes/${picks.theme}/`);
      const og = (p: string) => page.locator(`head meta[property="og:${p}"]`).first().getAttribute('content');
      expect(await og('title')).toBe(await page.locator('h1').first().textContent());
      expect(await og('site_name')).toBe(project.site.name[lang]);
      expect(await og('url')).toBe(await page.locator('head link[rel="canonical"]').getAttribute('href'));
      expect(await og('locale')).toBe(locale);
    }
  });
});

describe('the favicon', () => {
  it('is linked from every page and served as an SVG', async () => {
    await open('/fi/');
    const href = await page.locator('head link[rel="icon"]').getAttribute('href');
    expect(href).toBe('/favicon.svg');
    const response = await page.request.get(site.url + href);
    expect(response.status()).toBe(200);
    expect(await response.text()).toMatch(/^<svg /);
  });
});

describe('the search page', () => {
  it('writes its script inside the document, not after </html>', () => {
    for (const lang of LANGS) {
      const html = site.html(`/${lang}/search/`);
      expect(html.trimEnd().endsWith('</html>'), lang).toBe(true);
      expect(html.indexOf('<script'), lang).toBeLessThan(html.indexOf('</body>'));
    }
  });
});

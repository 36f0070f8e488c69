/**
 * The organisation's logo from site.yaml in every page's header (with its alt text in the page's
 * language, served from public/), and the tab icon: kuultu's own unless site.yaml names one.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/schemas/fields.ts';
import type { Project } from '../../src/schemas/project.ts';
import { smallSite, useSiteTab, type BuiltSite } from './support/site.ts';

let city: BuiltSite;
let project: Project;
let page: Page;

useSiteTab((tab) => {
  ({ site: city, project, page } = tab);
});

const ALT: Record<Lang, string> = {
  fi: 'Kuusijärven kaupungin vaakuna',
  sv: 'Kuusijärvi stads vapen',
  en: 'Coat of arms of the City of Kuusijärvi',
};

describe('the logo in the header', () => {
  for (const lang of ['fi', 'sv', 'en'] as const) {
    it(`shows the city's logo in the home link with its ${lang} alt text, and the image is served`, async () => {
      expect(project.site.logo?.file).toBe('kuusijarvi-vaakuna.svg');
      for (const path of [`/${lang}/`, `/${lang}/surveys/`, `/${lang}/actions/`]) {
        await page.goto(city.url + path);
        const home = page.getByRole('banner').getByRole('link', { name: ALT[lang] });
        expect(await home.getAttribute('href'), path).toBe(`/${lang}/`);
        const logo = home.getByRole('img', { name: ALT[lang] });
        expect(await logo.count(), path).toBe(1);
        expect(await logo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0), path).toBe(true);
      }
      const response = await page.request.get(`${city.url}/kuusijarvi-vaakuna.svg`);
      expect(response.status()).toBe(200);
    });
  }

  it('has no logo where site.yaml names none, and the default tab icon', async () => {
    const small = smallSite();
    await page.goto(`${small.url}/fi/`);
    expect(await page.getByRole('banner').getByRole('img').count()).toBe(0);
    expect(await page.locator('link[rel="icon"]').getAttribute('href')).toBe('/favicon.svg');
    expect(await page.locator('link[rel="icon"]').getAttribute('type')).toBe('image/svg+xml');
    expect((await page.request.get(`${small.url}/favicon.svg`)).status()).toBe(200);
  });
});

/** site.yaml gives the organisation one name per language; a Swedish page must not print the Finnish one. */
const ORGANISATION: Record<Lang, string> = {
  fi: 'Kuusijärven kaupunki',
  sv: 'Kuusijärvi stad',
  en: 'City of Kuusijärvi',
};

describe("the organisation's name", () => {
  for (const lang of ['fi', 'sv', 'en'] as const) {
    it(`is written in ${lang} in the footer, the accessibility statement, the open-data page and a poster`, async () => {
      const others = Object.entries(ORGANISATION).filter(([l]) => l !== lang);
      const quarter = `${project.asOf.slice(0, 4)}-q${Math.floor((Number(project.asOf.slice(5, 7)) - 1) / 3) + 1}`;
      const theme = project.themes[0]!.slug;
      const places = [
        { path: `/${lang}/`, part: page.getByRole('contentinfo') },
        { path: `/${lang}/accessibility/`, part: page.getByRole('main') },
        { path: `/${lang}/open-data/`, part: page.getByRole('main') },
        { path: `/${lang}/posters/${theme}/${quarter}/`, part: page.getByRole('main') },
      ];
      for (const { path, part } of places) {
        const response = await page.goto(city.url + path);
        expect(response?.status(), path).toBe(200);
        const text = (await part.textContent()) ?? '';
        expect(text, path).toContain(ORGANISATION[lang]);
        for (const [l, name] of others) expect(text, `${path} names the organisation in ${l}`).not.toContain(name);
      }
    });
  }
});

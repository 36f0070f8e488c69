/**
 * What a resident does, by role and name as assistive technology sees the page: follow the
 * navigation to a theme, switch language, search, read a chart with and without JavaScript,
 * and skip to the content from the keyboard.
 */
import { describe, expect, it } from 'vitest';
import type { Project } from '../../src/schemas/project.ts';
import { pick, type Picks } from './support/page-kinds.ts';
import { useFreshTabs, type BuiltSite } from './support/site.ts';

let site: BuiltSite;
let project: Project;
let picks: Picks;

// A resident's browser: JavaScript on unless a test turns it off.
const open = useFreshTabs(
  (s) => {
    ({ site, project } = s);
    picks = pick(project);
  },
  { context: { javaScriptEnabled: true } },
);

const themeTitle = (lang: 'fi' | 'sv' | 'en') => {
  const theme = project.themes.find((t) => t.slug === picks.theme)!;
  return lang === project.defaultLang ? theme.data.title : (theme.translations[lang]?.data.title ?? theme.data.title);
};

describe('finding a theme', () => {
  it("goes from home to a theme through the main navigation and the theme's link", async () => {
    const page = await open('/fi/');
    await page.getByRole('navigation', { name: 'Päävalikko' }).getByRole('link', { name: 'Teemat' }).click();
    await page.waitForURL(`${site.url}/fi/themes/`);
    await page
      .getByRole('main')
      .getByRole('link', { name: themeTitle('fi'), exact: true })
      .first()
      .click();
    await page.waitForURL(`${site.url}/fi/themes/${picks.theme}/`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(themeTitle('fi'));
  });

  it('switches a theme page to Swedish and stays on the same theme', async () => {
    const page = await open(`/fi/themes/${picks.theme}/`);
    await page.getByRole('navigation', { name: 'Valitse kieli' }).getByRole('link', { name: 'Svenska' }).click();
    await page.waitForURL(`${site.url}/sv/themes/${picks.theme}/`);
    expect(await page.locator('html').getAttribute('lang')).toBe('sv');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(themeTitle('sv'));
  });
});

describe('search', () => {
  it('finds a theme by its title and narrows the results by kind', async () => {
    const page = await open('/fi/search/');
    const title = themeTitle('fi');
    await page.getByRole('searchbox', { name: 'Hae sivustolta' }).fill(title);
    const results = page.getByRole('region', { name: 'Hakutulokset' }).getByRole('link');
    await results.first().waitFor();
    const hrefs = await results.evaluateAll((links) =>
      links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
    );
    expect(hrefs).toContain(`/fi/themes/${picks.theme}/`);
    expect(await page.getByRole('status').textContent()).toMatch(/\d+ tulos/);

    await page.getByRole('combobox', { name: 'Sisältö' }).selectOption({ label: 'Toimenpiteet' });
    await page.waitForFunction(() =>
      [...document.querySelectorAll('#search-results a')].every((a) =>
        new URL((a as HTMLAnchorElement).href).pathname.includes('/actions/'),
      ),
    );
    const filtered = await results.evaluateAll((links) =>
      links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
    );
    expect(filtered.length).toBeGreaterThan(0);
    for (const href of filtered) expect(href).toMatch(/^\/fi\/actions\/[^/]+\/$/);
  });
});

describe('charts', () => {
  it('draws the theme chart on its canvas when JavaScript runs', async () => {
    const page = await open(`/fi/themes/${picks.theme}/`);
    const canvas = page.getByRole('img', { name: /Kaavio/ }).first();
    await canvas.waitFor();
    // Wait for chart.js to paint: some pixels of the canvas stop being transparent (for as long as
    // the test may run: a busy machine paints later, not never).
    const painted = await page.waitForFunction(
      (el) => {
        const c = el as HTMLCanvasElement;
        if (c.width === 0 || c.height === 0) return 0;
        const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
        let opaque = 0;
        for (let p = 3; p < data.length; p += 4) if (data[p]! > 0) opaque++;
        return opaque > 100 ? opaque : 0;
      },
      await canvas.elementHandle(),
      { polling: 100 },
    );
    expect(await painted.jsonValue(), 'opaque pixels on the chart canvas').toBeGreaterThan(100);
    // Drawn, the chart's table folds under it, one click away.
    const data = page.locator('details.chart-data').first();
    await expect.poll(() => data.getAttribute('open')).toBeNull();
    expect(await data.getByRole('table').isVisible()).toBe(false);
    await data.locator('summary').click();
    expect(await data.getByRole('table').isVisible()).toBe(true);
  });

  it("keeps the chart's data readable as a table without JavaScript", async () => {
    const page = await open(`/fi/themes/${picks.theme}/`, { javaScriptEnabled: false });
    const table = page.getByRole('table').first();
    expect(await table.isVisible()).toBe(true);
    const caption = (await table.locator('caption').textContent())?.trim() ?? '';
    expect(caption.length).toBeGreaterThan(0);
    expect(await page.getByRole('table', { name: caption }).count()).toBeGreaterThan(0);
    const rows = table.getByRole('row');
    expect(await rows.count()).toBeGreaterThan(2);
    expect(await table.getByRole('columnheader').count()).toBeGreaterThanOrEqual(2);
    expect(await table.getByRole('rowheader').count()).toBeGreaterThan(1);
    expect(await page.locator('script').count()).toBeGreaterThan(0);
    // No chart is drawn without JavaScript, so the fold around the table does not speak of one.
    const fold = (await page.locator('details.chart-data > summary').first().textContent())?.trim();
    expect(fold).toBe('Luvut taulukkona');
  });
});

describe('keyboard', () => {
  it('focuses the skip link on the first Tab and moves focus to the main content on Enter', async () => {
    const page = await open(`/fi/themes/${picks.theme}/`);
    await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    expect(await focused.getAttribute('href')).toBe('#main');
    expect(await focused.isVisible(), 'the skip link is visible when focused').toBe(true);
    expect(await focused.textContent()).toBe('Siirry sisältöön');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'main');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('MAIN');
  });
});

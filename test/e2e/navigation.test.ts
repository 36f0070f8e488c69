/**
 * The main menu as a resident meets it (issue 10 point 5): every section of the registry in it,
 * meetings included; at 400 % zoom (1280×1024 at 400 % = 320×256 CSS px) and on a phone folded
 * behind a named button that works from the keyboard and without JavaScript, so the first screen
 * shows the page's own content; wide, an open bar with no button; the reader's section marked on
 * every page within it. Checked by role and name, and in Chromium's own accessibility tree,
 * because the wide bar is a closed <details> shown through CSS (`::details-content`).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../src/i18n/index.ts';
import type { Lang } from '../../src/schemas/fields.ts';
import { navSections } from '../../src/site/kinds.ts';
import { axeViolations, describeViolations } from './support/axe.ts';
import { pageKinds, pick, type Picks } from './support/page-kinds.ts';
import { useTabs, type BuiltSite } from './support/site.ts';

let site: BuiltSite;
let picks: Picks;

// One tab per viewport and JavaScript setting for the file: these pages keep nothing a later test reads.
const tab = useTabs((s) => {
  site = s.site;
  picks = pick(s.project);
});

const LANGS: readonly Lang[] = ['fi', 'sv', 'en'];
/** 1280×1024 at 400 % zoom. */
const ZOOMED = { width: 320, height: 256 };
const WIDE = { width: 1280, height: 900 };

/** The menu's words as a resident reads them, in each language (not read from the strings file). */
const WORDS: Record<Lang, { menu: string; mainNav: string; meetings: string }> = {
  fi: { menu: 'Valikko', mainNav: 'Päävalikko', meetings: 'Kokoukset' },
  sv: { menu: 'Meny', mainNav: 'Huvudmeny', meetings: 'Möten' },
  en: { menu: 'Menu', mainNav: 'Main menu', meetings: 'Meetings' },
};

const open = (
  path: string,
  viewport: { width: number; height: number },
  options: { javaScriptEnabled?: boolean } = {},
): Promise<Page> => tab(path, { viewport, javaScriptEnabled: options.javaScriptEnabled ?? false });

/**
 * The menu's button is a <summary>: Chromium exposes it as a disclosure button with its expanded
 * state (role "DisclosureTriangle" in its tree, announced as a button); Playwright's getByRole
 * has no role for <summary>, so it is found by its words here and its semantics read in `axTree`.
 */
const menuButton = (page: Page, lang: Lang) =>
  page
    .getByRole('banner')
    .locator('summary')
    .filter({ hasText: new RegExp(`^\\s*${WORDS[lang].menu}\\s*$`) });
const DISCLOSURE = 'DisclosureTriangle';
const mainNav = (page: Page, lang: Lang) => page.getByRole('navigation', { name: WORDS[lang].mainNav });

/** Chromium's own accessibility tree (what a screen reader gets), as role/name pairs. */
async function axTree(page: Page): Promise<{ role: string; name: string; expanded?: boolean }[]> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
    nodes: {
      ignored: boolean;
      role?: { value: string };
      name?: { value: string };
      properties?: { name: string; value: { value: unknown } }[];
    }[];
  };
  await cdp.detach();
  return nodes
    .filter((n) => !n.ignored)
    .map((n) => {
      const expanded = n.properties?.find((p) => p.name === 'expanded')?.value.value;
      return {
        role: n.role?.value ?? '',
        name: n.name?.value ?? '',
        ...(typeof expanded === 'boolean' ? { expanded } : {}),
      };
    });
}

describe('the main menu lists every section of the registry', () => {
  for (const lang of LANGS) {
    it(`in ${lang}: the sections' index pages, meetings among them, then search`, async () => {
      const t = useTranslations(lang);
      const page = await open(`/${lang}/`, WIDE);
      const links = await mainNav(page, lang)
        .getByRole('link')
        .evaluateAll((as) => as.map((a) => [new URL((a as HTMLAnchorElement).href).pathname, a.textContent]));
      expect(links).toEqual([
        ...navSections().map((s) => [s.href(lang), t(s.label)]),
        [`/${lang}/search/`, t('common.search')],
      ]);
      expect(links).toContainEqual([`/${lang}/meetings/`, WORDS[lang].meetings]);
    });
  }
});

describe('at 400 % zoom (320×256) the first screen shows the page, the menu folded', () => {
  it('on every page kind in fi, and on home, a theme, an action and a meeting in sv and en', async () => {
    const all = [
      ...pageKinds(picks, 'fi'),
      ...(['sv', 'en'] as const).flatMap((l) =>
        pageKinds(picks, l).filter((e) => ['home', 'theme', 'action', 'meeting'].includes(e.kind)),
      ),
    ];
    for (const example of all) {
      const page = await open(example.path, ZOOMED);
      const { lang } = example;
      const where = `${example.kind} ${example.path}`;
      const main = await page.getByRole('main').boundingBox();
      const heading = await page.getByRole('main').getByRole('heading', { level: 1 }).boundingBox();
      expect(main, where).not.toBeNull();
      // The page's own heading is on the first screen, whole, with room below it.
      expect(heading!.y, `${where}: top of h1`).toBeGreaterThan(0);
      expect(
        heading!.y + Math.min(heading!.height, 40),
        `${where}: h1's first line within the first 256 px`,
      ).toBeLessThan(ZOOMED.height);
      expect(main!.y, `${where}: the header takes at most half of the first screen`).toBeLessThan(ZOOMED.height / 2);
      expect(await menuButton(page, lang).isVisible(), `${where}: menu button`).toBe(true);
      expect(await mainNav(page, lang).isVisible(), `${where}: folded menu`).toBe(false);
      // Give feedback and the other languages stay in sight, outside the fold.
      expect(
        await page
          .getByRole('banner')
          .getByRole('link', { name: /palautetta|respons|feedback/i })
          .isVisible(),
        where,
      ).toBe(true);
    }
  });

  it('opens and closes from the keyboard without JavaScript, and Tab then walks its links', async () => {
    const page = await open(`/fi/themes/${picks.theme}/`, ZOOMED);
    const button = menuButton(page, 'fi');
    // Tab from the top of the page until the menu button has focus.
    for (let i = 0; i < 10 && !(await button.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    expect(await button.evaluate((el) => el === document.activeElement), 'Tab reaches the menu button').toBe(true);
    expect((await axTree(page)).find((n) => n.role === DISCLOSURE)).toEqual({
      role: DISCLOSURE,
      name: 'Valikko',
      expanded: false,
    });
    await page.keyboard.press('Enter');
    expect(await mainNav(page, 'fi').isVisible(), 'Enter opens the menu').toBe(true);
    expect((await axTree(page)).find((n) => n.role === DISCLOSURE)?.expanded).toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Teemat');
    // Shift+Tab back to the button, Space closes it again.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Space');
    expect(await mainNav(page, 'fi').isVisible(), 'Space closes the menu').toBe(false);
  });

  it('goes to the meetings from the opened menu, which then marks them as the current page', async () => {
    const page = await open('/sv/', ZOOMED);
    await menuButton(page, 'sv').click();
    await mainNav(page, 'sv').getByRole('link', { name: 'Möten' }).click();
    await page.waitForURL(`${site.url}/sv/meetings/`);
    expect(await mainNav(page, 'sv').isVisible(), 'a new page starts with the menu folded').toBe(false);
    await menuButton(page, 'sv').click();
    expect(await mainNav(page, 'sv').getByRole('link', { name: 'Möten' }).getAttribute('aria-current')).toBe('page');
  });

  it('has no WCAG 2.1 AA violation with the menu folded or open, in every language', async () => {
    for (const lang of LANGS) {
      const page = await open(`/${lang}/meetings/${picks.meeting}/`, ZOOMED, { javaScriptEnabled: true });
      const folded = await axeViolations(page);
      expect(folded.length, describeViolations(`${lang} meeting, menu folded`, folded)).toBe(0);
      await menuButton(page, lang).click();
      const opened = await axeViolations(page);
      expect(opened.length, describeViolations(`${lang} meeting, menu open`, opened)).toBe(0);
    }
  });
});

describe('wide (1280 px) the menu is an open bar', () => {
  for (const lang of LANGS) {
    it(`in ${lang}: its links are seen and announced, with no menu button`, async () => {
      const page = await open(`/${lang}/actions/${picks.action}/`, WIDE);
      expect(await menuButton(page, lang).isVisible(), 'no menu button').toBe(false);
      const nav = mainNav(page, lang);
      expect(await nav.getByRole('link', { name: WORDS[lang].meetings }).isVisible()).toBe(true);
      // One line: every link of the bar shares its top.
      const tops = await nav.getByRole('link').evaluateAll((as) => as.map((a) => a.getBoundingClientRect().top));
      expect(new Set(tops).size, 'one row of links').toBe(1);
      // Chromium's accessibility tree has the links (a closed <details> shown by CSS must not hide them).
      const tree = await axTree(page);
      expect(tree).toContainEqual({ role: 'link', name: WORDS[lang].meetings });
      expect(tree.some((n) => n.role === DISCLOSURE)).toBe(false);
    });
  }
});

describe('the current section is marked on every page within it', () => {
  it('marks the index as "page" and the pages within as "true", for every section, in every language', async () => {
    const within: Record<string, string> = {
      themes: `themes/${picks.theme}/`,
      actions: `actions/${picks.action}/`,
      bodies: `bodies/${picks.body}/`,
      meetings: `meetings/${picks.meeting}/`,
      surveys: `surveys/${picks.survey}/`,
      votes: `votes/${picks.vote}/`,
    };
    for (const lang of LANGS) {
      const t = useTranslations(lang);
      for (const section of navSections()) {
        const index = section.href(lang);
        const name = t(section.label);
        const inner = Object.entries(within).find(([k]) => index.endsWith(`/${k}/`))?.[1];
        expect(inner, `a page within ${index}`).toBeDefined();
        for (const [path, current] of [
          [index, 'page'],
          [`/${lang}/${inner}`, 'true'],
        ] as const) {
          const page = await open(path, WIDE);
          const marked = await mainNav(page, lang)
            .locator('[aria-current]')
            .evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute('aria-current')]));
          expect(marked, path).toEqual([[name, current]]);
        }
      }
    }
  });
});

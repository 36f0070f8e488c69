/**
 * Every page kind in every language swept with axe (WCAG 2.1 A and AA), the way GOV.UK Frontend
 * sweeps its component examples: the examples are the example city's pages, picked from its
 * data. Pages run with JavaScript on, so charts are drawn when axe looks at them.
 */
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Lang } from '../../src/schemas/fields.ts';
import { axeViolations, describeViolations } from './support/axe.ts';
import { PAGE_KIND_NAMES, pageKinds, pick, type PageExample, type Picks } from './support/page-kinds.ts';
import { citySite, cityProject, connectBrowser, newContext, type BuiltSite } from './support/site.ts';

let site: BuiltSite;
let picks: Picks;
let browser: Browser;
let desktop: BrowserContext;
let phone: BrowserContext;

beforeAll(async () => {
  site = citySite();
  picks = pick(await cityProject());
  browser = await connectBrowser();
  desktop = await newContext(browser, { viewport: { width: 1280, height: 900 } });
  phone = await newContext(browser, {
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    deviceScaleFactor: 2,
  });
});

afterAll(async () => {
  await desktop?.close();
  await phone?.close();
  await browser?.close();
});

/** The first poster the posters list links to: posters exist per theme and quarter with data. */
function firstPoster(lang: Lang): PageExample {
  const match = site.html(`/${lang}/posters/`).match(new RegExp(`href="(/${lang}/posters/[^/"]+/[^/"]+/)"`));
  if (!match?.[1]) throw new Error(`/${lang}/posters/ links no poster`);
  return { kind: 'poster', path: match[1], lang };
}

async function expectNoViolations(context: BrowserContext, example: PageExample, expectedStatus = 200): Promise<void> {
  const page = await context.newPage();
  try {
    const response = await page.goto(site.url + example.path, { waitUntil: 'load' });
    expect(response?.status(), `${example.kind} ${example.path}`).toBe(expectedStatus);
    const violations = await axeViolations(page);
    expect(violations.length, describeViolations(`${example.kind} ${example.path} (${example.lang})`, violations)).toBe(
      0,
    );
  } finally {
    await page.close();
  }
}

const LANGS: readonly Lang[] = ['fi', 'sv', 'en'];

for (const lang of LANGS) {
  describe.concurrent(`WCAG 2.1 AA in ${lang}`, () => {
    for (const kind of PAGE_KIND_NAMES) {
      it(`${kind} has no violations`, async () => {
        const example = pageKinds(picks, lang).find((e) => e.kind === kind)!;
        await expectNoViolations(desktop, example);
      });
    }
    it('a poster has no violations', async () => {
      await expectNoViolations(desktop, firstPoster(lang));
    });
    it('a theme shown in the default language (fall-back) has no violations', async () => {
      if (lang === picks.untranslatedTheme.lang)
        await expectNoViolations(desktop, {
          kind: 'fall-back theme',
          path: `/${lang}/themes/${picks.untranslatedTheme.slug}/`,
          lang,
        });
      else
        await expectNoViolations(desktop, {
          kind: 'theme',
          path: `/${lang}/themes/${picks.untranslatedTheme.slug}/`,
          lang,
        });
    });
  });
}

describe.concurrent('WCAG 2.1 AA on a phone (390×844)', () => {
  it('home has no violations', async () => {
    await expectNoViolations(phone, { kind: 'home', path: '/fi/', lang: 'fi' });
  });
  it('a theme page has no violations', async () => {
    await expectNoViolations(phone, { kind: 'theme', path: `/fi/themes/${picks.theme}/`, lang: 'fi' });
  });
  it('an action page has no violations', async () => {
    await expectNoViolations(phone, { kind: 'action', path: `/fi/actions/${picks.action}/`, lang: 'fi' });
  });
  it('the actions list of one status, with its page links, has no violations', async () => {
    await expectNoViolations(phone, { kind: 'actions by status', path: '/fi/actions/status/done/2/', lang: 'fi' });
  });
});

describe('WCAG 2.1 AA on the 404 page', () => {
  it('an unknown address answers 404 with a page that has no violations', async () => {
    await expectNoViolations(desktop, { kind: '404', path: '/fi/no-such-page/', lang: 'fi' }, 404);
  });
});

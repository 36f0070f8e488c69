/**
 * The actions overview and the per-status lists, read without JavaScript: the overview counts
 * and previews each status and sends the reader on to the full list, and the full lists, page
 * by page, hold every action of their status exactly once, in the overview's order.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { groupActionsByStatus, STATUS_ORDER, type ActionStatus } from '../../src/domain/actions.ts';
import type { Lang } from '../../src/schemas/fields.ts';
import { ACTIONS_INDEX_PREVIEW, ACTIONS_PER_PAGE } from '../../src/site/action-lists.ts';
import type { Project } from '../../src/schemas/project.ts';
import { useSiteTab, type BuiltSite } from './support/site.ts';

let site: BuiltSite;
let project: Project;
let page: Page;

const open = useSiteTab((tab) => {
  ({ site, project, page } = tab);
});

const LANGS: readonly Lang[] = ['fi', 'sv', 'en'];
const words = {
  fi: {
    pages: 'Listan sivut',
    previous: 'Edellinen sivu',
    next: 'Seuraava sivu',
    page: 'Sivu',
    byStatus: 'Toimenpiteet tilan mukaan',
  },
  sv: {
    pages: 'Listans sidor',
    previous: 'Föregående sida',
    next: 'Nästa sida',
    page: 'Sida',
    byStatus: 'Åtgärder efter status',
  },
  en: {
    pages: 'List pages',
    previous: 'Previous page',
    next: 'Next page',
    page: 'Page',
    byStatus: 'Actions by status',
  },
} as const;
const statusList = (lang: Lang, status: ActionStatus, n = 1) =>
  n === 1 ? `/${lang}/actions/status/${status}/` : `/${lang}/actions/status/${status}/${n}/`;
const actionIds = (hrefs: string[], lang: Lang) =>
  hrefs
    .map((h) => h.match(new RegExp(`^/${lang}/actions/([^/]+)/$`))?.[1])
    .filter((id): id is string => id !== undefined);
const expectedIds = (status: ActionStatus) =>
  groupActionsByStatus(project.actions)
    .find((g) => g.status === status)!
    .actions.map((a) => a.id);

/** Hrefs of the action titles on the cards of the current page, in page order. */
async function cardActionHrefs(scope = page.locator('main')): Promise<string[]> {
  return scope.locator('.card .card__title a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
}

describe('the example city exercises the long-list paths', () => {
  it('has more done actions than one list page holds, and more than the overview previews', () => {
    const done = expectedIds('done').length;
    expect(done, 'done actions in the example city').toBeGreaterThan(ACTIONS_PER_PAGE);
    expect(done).toBeGreaterThan(ACTIONS_INDEX_PREVIEW.done);
  });
});

describe('actions overview', () => {
  for (const lang of LANGS) {
    it(`counts every status, links each count to its group, previews the newest and links the full list (${lang})`, async () => {
      await open(`/${lang}/actions/`);
      for (const status of STATUS_ORDER) {
        const ids = expectedIds(status);
        const group = page.locator(`main section#status-${status}`);
        expect(await group.count(), `${status} group`).toBe(1);
        expect(
          await page.locator(`main a[href="#status-${status}"]`).count(),
          `${status} count links to its group`,
        ).toBe(1);
        expect((await group.locator('h2').textContent())?.replace(/\s+/g, ' '), `${status} heading`).toMatch(
          new RegExp(`\\(${ids.length}\\)$`),
        );

        const shown = actionIds(await cardActionHrefs(group), lang);
        expect(shown, `${status} shows its newest, in order`).toEqual(ids.slice(0, ACTIONS_INDEX_PREVIEW[status]));
        const fullList = group.locator(`a[href="${statusList(lang, status)}"]`);
        if (ids.length > ACTIONS_INDEX_PREVIEW[status]) {
          expect(await fullList.count(), `${status} links its full list`).toBe(1);
          expect(await fullList.textContent(), `${status} full-list link says how many`).toContain(String(ids.length));
        } else {
          expect(await fullList.count(), `${status} is shown whole, no "all" link`).toBe(0);
        }
      }
    });
  }

  it("lists each card's themes as links to the theme pages", async () => {
    await open('/fi/actions/');
    const cards = page.locator('main .card');
    const count = await cards.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) {
      const card = cards.nth(i);
      const id = actionIds([(await card.locator('.card__title a').getAttribute('href')) ?? ''], 'fi')[0]!;
      const action = project.actions.find((a) => a.id === id)!;
      const themeHrefs = await card
        .locator('.card__themes a')
        .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      expect(themeHrefs, id).toEqual(action.themes.map((slug) => `/fi/themes/${slug}/`));
    }
  });

  it('stays small however many actions there are: at most the preview limits in cards', () => {
    const cards = (site.html('/fi/actions/').match(/class="card"/g) ?? []).length;
    const limit = STATUS_ORDER.reduce((sum, s) => sum + ACTIONS_INDEX_PREVIEW[s], 0);
    expect(cards).toBeLessThanOrEqual(limit);
  });
});

describe('actions by status, page by page', () => {
  for (const lang of LANGS) {
    it(`holds every action of each status exactly once across its pages, in order, following "next" (${lang})`, async () => {
      for (const status of STATUS_ORDER) {
        const ids = expectedIds(status);
        const pageCount = Math.max(1, Math.ceil(ids.length / ACTIONS_PER_PAGE));
        const seen: string[] = [];
        for (let n = 1; n <= pageCount; n++) {
          await open(statusList(lang, status, n));
          expect(await page.locator('h1').count()).toBe(1);
          const onPage = actionIds(await cardActionHrefs(), lang);
          expect(onPage.length, `${status} page ${n}`).toBe(
            Math.min(ACTIONS_PER_PAGE, ids.length - (n - 1) * ACTIONS_PER_PAGE),
          );
          seen.push(...onPage);

          const nav = page.getByRole('navigation', { name: words[lang].pages });
          if (pageCount === 1) {
            expect(await nav.count(), `${status}: one page needs no page links`).toBe(0);
            continue;
          }
          const current = nav.locator('[aria-current="page"]');
          expect(await current.count()).toBe(1);
          expect(await current.getAttribute('href')).toBe(statusList(lang, status, n));
          expect(await current.textContent()).toBe(`${words[lang].page} ${n}`);
          const next = nav.getByRole('link', { name: words[lang].next });
          const previous = nav.getByRole('link', { name: words[lang].previous });
          expect(await previous.count(), `previous on page ${n}`).toBe(n > 1 ? 1 : 0);
          expect(await next.count(), `next on page ${n}`).toBe(n < pageCount ? 1 : 0);
          if (n > 1) expect(await previous.getAttribute('href')).toBe(statusList(lang, status, n - 1));
          if (n < pageCount) expect(await next.getAttribute('href')).toBe(statusList(lang, status, n + 1));
          expect(
            await nav.getByRole('link', { name: `${words[lang].page} ${pageCount}`, exact: true }).getAttribute('href'),
            'the last page is always linked',
          ).toBe(statusList(lang, status, pageCount));
        }
        expect(seen, `${status}: every action once, none missing, in the overview's order`).toEqual(ids);
        expect(
          existsSync(join(site.dir, statusList(lang, status, pageCount + 1), 'index.html')),
          `${status}: no page after the last`,
        ).toBe(false);
        expect(
          existsSync(join(site.dir, `/${lang}/actions/status/${status}/1/index.html`)),
          `${status}: page 1 lives at the list's own address only`,
        ).toBe(false);
      }
    });
  }

  it('goes to page 2 by its number and back by "previous", and the page says where the reader is', async () => {
    await open(statusList('fi', 'done'));
    await page
      .getByRole('navigation', { name: 'Listan sivut' })
      .getByRole('link', { name: 'Sivu 2', exact: true })
      .click();
    expect(new URL(page.url()).pathname).toBe(statusList('fi', 'done', 2));
    const total = expectedIds('done').length;
    const text = ((await page.locator('main').textContent()) ?? '').replace(/\s+/g, ' ');
    expect(text).toContain(`Sivu 2/${Math.ceil(total / ACTIONS_PER_PAGE)}`);
    expect(await page.title()).toContain('sivu 2/');
    await page.getByRole('link', { name: 'Edellinen sivu' }).click();
    expect(new URL(page.url()).pathname).toBe(statusList('fi', 'done'));
  });

  it('links every status list from every status list, with its count', async () => {
    await open(statusList('en', 'planned'));
    const nav = page.getByRole('navigation', { name: words.en.byStatus });
    for (const status of STATUS_ORDER.filter((s) => s !== 'planned')) {
      const link = nav.locator(`a[href="${statusList('en', status)}"]`);
      expect(await link.count(), status).toBe(1);
      expect(await link.textContent(), status).toContain(`(${expectedIds(status).length})`);
    }
    expect(await nav.locator('[aria-current]').textContent()).toContain(`(${expectedIds('planned').length})`);
  });

  it('ships no script and keeps the lists out of search (the action pages are what search finds)', () => {
    for (const lang of LANGS) {
      for (const status of STATUS_ORDER) {
        const html = site.html(statusList(lang, status));
        expect(html, `${lang} ${status}`).not.toMatch(/<script/i);
        expect(html, `${lang} ${status}`).not.toContain('data-pagefind-body');
      }
    }
  });
});

/**
 * Search on the built example city, as a resident uses it (issue 10 point 9): what the index
 * holds (each page's own words, no boilerplate), what a result says (its kind and status), that
 * every result can be reached, that themes and actions come before meetings, that a theme's base
 * word finds its compounds in Finnish and Swedish, and that the address carries the search.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { formatDate } from '../../src/domain/i18n-format.ts';
import { useTranslations } from '../../src/i18n/index.ts';
import type { Lang } from '../../src/schemas/fields.ts';
import type { Project } from '../../src/schemas/project.ts';
import { axeViolations, describeViolations } from './support/axe.ts';
import { type BuiltSite, useFreshTabs } from './support/site.ts';

let site: BuiltSite;
let project: Project;

// Search is a script: these pages run JavaScript.
const openTab = useFreshTabs(
  (s) => {
    ({ site, project } = s);
  },
  { context: { javaScriptEnabled: true } },
);
const open = (path: string, width = 1280) => openTab(path, { viewport: { width, height: 900 } });

const LIBRARIES = 'kirjastot';

interface Shown {
  path: string;
  title: string;
  line: string;
}

/** The results listed once the count is announced: address, title and the kind · status line. */
async function results(page: Page): Promise<Shown[]> {
  await page.locator('#search-status-text').filter({ hasText: /\d/ }).waitFor();
  return page
    .getByRole('region')
    .filter({ has: page.getByRole('heading', { level: 2 }) })
    .locator('ol > li')
    .evaluateAll((items) =>
      items.map((li) => {
        const a = li.querySelector('h3 a') as HTMLAnchorElement;
        return {
          path: new URL(a.href).pathname,
          title: a.textContent ?? '',
          line: li.querySelector('.search-result__kind')?.textContent ?? '',
        };
      }),
    );
}

const libraryActions = () => project.actions.filter((a) => a.themes.includes(LIBRARIES));

/** Every page Pagefind indexed: its address and the text it keeps for excerpts. */
function indexedPages(): { url: string; content: string; meta: Record<string, string> }[] {
  const dir = join(site.dir, 'pagefind/fragment');
  return readdirSync(dir).map((name) => {
    const text = gunzipSync(readFileSync(join(dir, name))).toString('utf8');
    return JSON.parse(text.slice(text.indexOf('{')));
  });
}

describe('the index holds each page’s own words', () => {
  it('keeps the as-of line, calendar links, the fall-back note and card dates out of every excerpt', () => {
    const pages = indexedPages();
    expect(pages.length).toBeGreaterThan(300);
    const before = (text: string) => text.slice(0, text.indexOf('\u0000'));
    const boilerplate = project.languages.flatMap((lang: Lang) => {
      const t = useTranslations(lang);
      return [
        t('common.asOf', { date: formatDate(project.asOf, lang) }),
        t('meetings.calendarHeading'),
        before(t('meetings.addToCalendar', { body: '\u0000' })),
        ...project.languages.filter((other) => other !== lang).map((other) => t(`common.fallback.${other}`)),
      ];
    });
    const problems: string[] = [];
    for (const { url, content } of pages) {
      for (const phrase of boilerplate) if (content.includes(phrase)) problems.push(`${url}: "${phrase}"`);
      // Block and inline elements written without a space between them run their words together.
      for (const m of content.matchAll(/\S*(?:\d\p{L}{3,}|\p{Ll}\p{Lu}\p{Ll})\S*/gu))
        problems.push(`${url}: "${m[0]}"`);
    }
    expect(problems.slice(0, 20)).toEqual([]);
  });

  it('indexes an action by its title and texts, not its status, dates and feedback counts', () => {
    const action = libraryActions().find((a) => a.description?.fi)!;
    const page = indexedPages().find((p) => p.url === `/fi/actions/${action.id}/`)!;
    const t = useTranslations('fi');
    expect(page.content.startsWith(`${action.title.fi}.`)).toBe(true);
    expect(page.content).toContain(action.description!.fi!.split('\n')[0]!.slice(0, 40));
    expect(page.content).not.toContain(t('actions.youSaid'));
    expect(page.content).not.toContain(t('actions.facts'));
    expect(page.content).not.toMatch(/\d{1,2}\.\d{1,2}\.\d{4}\D/);
  });
});

describe('search results', () => {
  it('lists the library theme first, then its actions, each saying what it is and its status, meetings after', async () => {
    const page = await open('/fi/search/?q=kirjasto');
    const shown = await results(page);
    const t = useTranslations('fi');
    expect(shown[0]).toEqual({ path: `/fi/themes/${LIBRARIES}/`, title: 'Kirjastot', line: t('search.type.theme') });
    for (const action of libraryActions()) {
      const result = shown.find((r) => r.path === `/fi/actions/${action.id}/`);
      expect(result, `${action.id} ${action.title.fi}`).toBeDefined();
      expect(result!.line).toBe(`${t('search.type.action')} · ${t(`actions.status.${action.status}`)}`);
    }
    // The theme's own pages come before any meeting (another theme's action may mention libraries
    // too, and rank where its words put it).
    const own = new Set([`/fi/themes/${LIBRARIES}/`, ...libraryActions().map((a) => `/fi/actions/${a.id}/`)]);
    const lastOfTheme = Math.max(...shown.map((r, i) => (own.has(r.path) ? i : -1)));
    const firstMeeting = shown.findIndex((r) => r.path.includes('/meetings/'));
    expect(firstMeeting, 'a meeting mentions libraries too').toBeGreaterThan(0);
    expect(firstMeeting).toBeGreaterThan(lastOfTheme);
    expect(shown[firstMeeting]!.line).toMatch(new RegExp(`^${t('search.type.meeting')} · `));
  });

  it('finds every library action in Swedish for "bibliotek", huvudbiblioteket included', async () => {
    const page = await open('/sv/search/?q=bibliotek');
    const shown = await results(page);
    const titles = libraryActions().map((a) => a.title.sv!);
    expect(titles.some((title) => /huvudbiblioteket/.test(title))).toBe(true);
    for (const title of titles) expect(shown.map((r) => r.title)).toContain(title);
    expect(shown[0]!.path).toBe(`/sv/themes/${LIBRARIES}/`);
  });

  it('finds every page whose text holds the base word inside a compound, in Finnish and Swedish', async () => {
    for (const [lang, word] of [
      ['fi', 'kirjasto'],
      ['fi', 'puisto'],
      ['sv', 'bibliotek'],
      ['sv', 'park'],
    ] as const) {
      // "pääkirjastoon", "Pappilanpuiston", "huvudbiblioteket", "Harjuparken": the word after
      // at least two letters of the same word, on a page of the search's language.
      const compound = new RegExp(`\\p{L}{2}${word}`, 'iu');
      const holders = indexedPages().filter((p) => p.url.startsWith(`/${lang}/`) && compound.test(p.content));
      expect(holders.length, `${lang} pages with a compound of ${word}`).toBeGreaterThan(2);
      const page = await open(`/${lang}/search/?q=${word}`);
      const found = new Set((await results(page)).map((r) => r.path));
      while (await page.locator('#search-more').isVisible()) {
        const listed = await page.locator('#search-results > li').count();
        await page.locator('#search-more').click();
        await expect.poll(() => page.locator('#search-results > li').count()).toBeGreaterThan(listed);
      }
      const all = await results(page);
      for (const r of all) found.add(r.path);
      for (const holder of holders) expect(found, `"${word}" finds ${holder.url}`).toContain(holder.url);
    }
  });

  it('shows 20 results and the rest a button press at a time, moving focus to the first new one', async () => {
    const page = await open('/fi/search/?type=action');
    const t = useTranslations('fi');
    const total = project.actions.length;
    expect(total).toBeGreaterThan(40);
    expect(await results(page)).toHaveLength(20);
    const status = page.getByRole('status');
    expect(await status.textContent()).toBe(
      `${t('search.count', { n: total })} ${t('search.shown', { shown: 20, n: total })}`,
    );
    const more = page.getByRole('button', { name: t('search.showMore') });
    await more.click();
    await expect.poll(() => page.locator('#search-results > li').count()).toBe(40);
    const focused = await page.evaluate(() => {
      const li = document.activeElement?.closest('li');
      return li ? [...li.parentElement!.children].indexOf(li) : -1;
    });
    expect(focused, 'focus is on the 21st result').toBe(20);
    for (let listed = 40; listed < total; listed += 20) {
      await more.click();
      await expect.poll(() => page.locator('#search-results > li').count()).toBe(Math.min(listed + 20, total));
    }
    expect(await more.isVisible(), 'no "show more" once all are listed').toBe(false);
    expect(await status.textContent()).toBe(t('search.count', { n: total }));
  });

  it('repeats the words a resident typed as they are when nothing is found, $ signs included', async () => {
    const words = "$& $' zzqx";
    const page = await open(`/fi/search/?q=${encodeURIComponent(words)}`);
    const status = page.getByRole('status');
    const t = useTranslations('fi');
    await expect.poll(() => status.textContent()).toBe(t('search.noResults', { query: words }));
  });

  it('keeps the words and filters in the address, through a reload and back', async () => {
    const page = await open('/fi/search/');
    const t = useTranslations('fi');
    await page.getByRole('searchbox', { name: t('search.label') }).fill('kirjasto');
    await page.getByRole('searchbox', { name: t('search.label') }).press('Enter');
    await results(page);
    await page.getByRole('combobox', { name: t('search.kind') }).selectOption({ label: t('search.kind.action') });
    await page.waitForURL(/type=action/);
    expect(new URL(page.url()).search).toBe('?q=kirjasto&type=action');
    await page.reload();
    const reloaded = await results(page);
    expect(await page.getByRole('searchbox', { name: t('search.label') }).inputValue()).toBe('kirjasto');
    expect(await page.getByRole('combobox', { name: t('search.kind') }).inputValue()).toBe('action');
    for (const action of libraryActions()) expect(reloaded.map((r) => r.path)).toContain(`/fi/actions/${action.id}/`);
    for (const r of reloaded) expect(r.path).toMatch(/^\/fi\/actions\//);

    await page.goBack();
    await page.waitForURL((url) => url.search === '?q=kirjasto');
    await expect.poll(() => page.getByRole('combobox', { name: t('search.kind') }).inputValue()).toBe('');
    await expect.poll(async () => (await results(page)).some((r) => r.path.includes('/meetings/'))).toBe(true);
  });

  it('has no WCAG 2.1 AA violation with results listed, at 360 and 1280 px', async () => {
    for (const width of [360, 1280]) {
      const page = await open('/fi/search/?q=kirjasto', width);
      await results(page);
      expect(describeViolations(`/fi/search/?q=kirjasto at ${width} px`, await axeViolations(page))).toBe('');
    }
  });
});

/**
 * The built example city, page kind by page kind, read as a resident's browser reads it
 * (Chromium without JavaScript, so nothing here depends on scripts): the frame every page
 * shares, then what each kind must say, checked against the city's own data.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/schemas/fields.ts';
import type { Project } from '../../src/schemas/project.ts';
import { finnishDate, pageKinds, pick, type Picks } from './support/page-kinds.ts';
import { newContext, smallSite, useSiteTab, type BuiltSite } from './support/site.ts';

let site: BuiltSite;
let project: Project;
let picks: Picks;
let browser: Browser;
let page: Page;

const open = useSiteTab((tab) => {
  ({ site, project, browser, page } = tab);
  picks = pick(project);
});

/** Text of the main landmark with whitespace collapsed. */
async function mainText(): Promise<string> {
  return ((await page.locator('main').textContent()) ?? '').replace(/\s+/g, ' ');
}

/** Whether anything `selector` finds in <main> comes before the h2 named `heading`: the answer must come first. */
async function anythingBefore(heading: string, selector: string): Promise<boolean> {
  return page
    .getByRole('heading', { level: 2, name: heading })
    .evaluate(
      (h, sel) =>
        [...document.querySelectorAll(sel)].some(
          (f) => f.compareDocumentPosition(h) & Node.DOCUMENT_POSITION_FOLLOWING,
        ),
      selector,
    );
}

const LANGS: readonly Lang[] = ['fi', 'sv', 'en'];
/** `1 234` as the page reads once whitespace is collapsed (Intl's no-break space included). */
const fiNumber = (n: number) => new Intl.NumberFormat('fi').format(n).replace(/\s/g, ' ');
const absolute = (path: string) => project.site.url.replace(/\/+$/, '') + path;
const otherLang = (path: string, lang: Lang) => path.replace(/^\/[a-z]{2}\//, `/${lang}/`);

describe('the frame every page shares', () => {
  for (const lang of LANGS) {
    describe(`in ${lang}`, () => {
      it('has html lang, canonical, hreflang alternates with x-default, a skip link to main, one h1 and a language switch to the same page', async () => {
        for (const example of pageKinds(picks, lang)) {
          const where = `${example.kind} ${example.path}`;
          await open(example.path);
          expect(await page.locator('html').getAttribute('lang'), where).toBe(lang);
          expect(await page.locator('link[rel="canonical"]').getAttribute('href'), where).toBe(absolute(example.path));
          for (const l of project.languages) {
            expect(
              await page.locator(`link[rel="alternate"][hreflang="${l}"]`).getAttribute('href'),
              `${where} hreflang ${l}`,
            ).toBe(absolute(otherLang(example.path, l)));
          }
          expect(await page.locator('link[rel="alternate"][hreflang="x-default"]').getAttribute('href'), where).toBe(
            absolute(otherLang(example.path, project.defaultLang)),
          );

          const firstLink = page.locator('body a').first();
          expect(await firstLink.getAttribute('href'), `${where}: the first link is the skip link`).toBe('#main');
          expect(await page.locator('main#main').count(), where).toBe(1);
          expect(await page.locator('h1').count(), `${where}: exactly one h1`).toBe(1);

          const languageSwitch = page.getByRole('navigation', {
            name: { fi: 'Valitse kieli', sv: 'Välj språk', en: 'Choose language' }[lang],
          });
          for (const l of project.languages.filter((x) => x !== lang)) {
            expect(
              await languageSwitch.locator(`a[hreflang="${l}"]`).getAttribute('href'),
              `${where} switch to ${l}`,
            ).toBe(otherLang(example.path, l));
          }
          expect(
            await page.locator('footer a[href$="/accessibility/"]').count(),
            `${where}: footer links the accessibility statement`,
          ).toBeGreaterThan(0);
        }
      });
    });
  }

  it('shows breadcrumbs ending in the current page on every page below home', async () => {
    for (const example of pageKinds(picks, 'fi').filter((e) => e.kind !== 'home')) {
      await open(example.path);
      const crumbs = page.getByRole('navigation', { name: 'Murupolku' });
      expect(await crumbs.locator('li').count(), example.kind).toBeGreaterThanOrEqual(2);
      expect(await crumbs.locator('li').first().locator('a').getAttribute('href'), example.kind).toBe('/fi/');
      expect(await crumbs.locator('li').last().locator('[aria-current="page"]').count(), example.kind).toBe(1);
    }
  });
});

describe('the main menu', () => {
  it('says "page" only on a section\'s own index and "true" on the pages within it', async () => {
    const menu = () => page.getByRole('navigation', { name: 'Päävalikko' });
    await open('/fi/actions/');
    expect(
      await menu()
        .locator('[aria-current]')
        .evaluateAll((links) => links.map((a) => [a.getAttribute('href'), a.getAttribute('aria-current')])),
    ).toEqual([['/fi/actions/', 'page']]);
    await open(`/fi/actions/${picks.action}/`);
    expect(
      await menu()
        .locator('[aria-current]')
        .evaluateAll((links) => links.map((a) => [a.getAttribute('href'), a.getAttribute('aria-current')])),
    ).toEqual([['/fi/actions/', 'true']]);
    await open('/fi/');
    expect(await menu().locator('[aria-current]').count()).toBe(0);
  });
});

describe('home', () => {
  /** The 12 months up to the as-of date, as the page states them. */
  const period = () => {
    const from = new Date(`${project.asOf}T00:00:00Z`);
    from.setUTCFullYear(from.getUTCFullYear() - 1);
    from.setUTCDate(from.getUTCDate() + 1);
    return { from: from.toISOString().slice(0, 10), to: project.asOf };
  };
  const words = {
    fi: {
      period: 'Luvut kattavat 12 kuukautta',
      heard: 'palautetta',
      done: 'toimenpidettä valmistui',
      feedback: 'Anna palautetta',
    },
    sv: {
      period: 'Siffrorna gäller de 12 månaderna',
      heard: 'responser',
      done: 'åtgärder blev klara',
      feedback: 'Ge respons',
    },
    en: {
      period: 'The figures cover the 12 months',
      heard: 'pieces of feedback',
      done: 'actions completed',
      feedback: 'Give feedback',
    },
  };

  const dateIn = (lang: Lang, iso: string) =>
    lang === 'en'
      ? new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
          new Date(`${iso}T00:00:00Z`),
        )
      : finnishDate(iso);
  const numberIn = (lang: Lang, n: number) => (lang === 'en' ? new Intl.NumberFormat('en-GB').format(n) : fiNumber(n));

  for (const lang of LANGS) {
    it(`states one period for "heard" and "did", with figures that are links (${lang})`, async () => {
      await open(`/${lang}/`);
      const { from, to } = period();
      const text = await mainText();
      expect(text).toContain(`${words[lang].period} ${dateIn(lang, from)}–${dateIn(lang, to)}.`);
      const heard = project.feedback.filter((f) => f.date >= from && f.date <= to).reduce((n, f) => n + f.count, 0);
      const heardLink = page.getByRole('link', { name: `${numberIn(lang, heard)} ${words[lang].heard}` });
      expect(await heardLink.getAttribute('href')).toBe(`/${lang}/themes/`);
      const done = project.actions.filter((a) => a.status === 'done' && a.completed! >= from && a.completed! <= to);
      const doneLink = page.getByRole('link', { name: `${done.length} ${words[lang].done}` });
      expect(await doneLink.getAttribute('href')).toBe(`/${lang}/actions/status/done/`);
    });

    it(`answers first: "what we did" and the latest changes come before what was heard and its chart (${lang})`, async () => {
      await open(`/${lang}/`);
      const weDid = { fi: 'Mitä teimme', sv: 'Vad vi gjorde', en: 'What we did' }[lang];
      const heard = { fi: 'Mitä kuulimme', sv: 'Vad vi hörde', en: 'What we heard' }[lang];
      const h2s = await page.locator('main h2').allTextContents();
      expect(h2s.slice(0, 2)).toEqual([weDid, heard]);
      expect(
        await anythingBefore(weDid, 'main figure, main table, main canvas'),
        'a chart or table before "what we did"',
      ).toBe(false);
    });

    it(`lists each action once among the latest changes, and offers "give feedback" in the header (${lang})`, async () => {
      await open(`/${lang}/`);
      const latest = { fi: 'Viimeisimmät muutokset', sv: 'Senaste ändringar', en: 'Latest changes' }[lang];
      const hrefs = await page
        .getByRole('heading', { level: 3, name: latest })
        .locator('xpath=following-sibling::ul[1]')
        .locator('h4 a')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(hrefs.length).toBeGreaterThan(1);
      expect(new Set(hrefs).size).toBe(hrefs.length);
      const give = page.getByRole('banner').getByRole('link', { name: words[lang].feedback });
      expect(await give.getAttribute('href')).toBe(project.site.feedbackUrl);
    });
  }

  it('gives the feedback-by-theme chart taller rows at 360 px, where theme names fold onto three lines', async () => {
    const phone = await newContext(browser, { viewport: { width: 360, height: 800 } });
    const p = await phone.newPage();
    await p.goto(`${site.url}/fi/`);
    const box = p.locator('.chart').first();
    const rows = await p.locator('main table[data-chart-table]').first().locator('tbody tr').count();
    // 30 px a row is the one-line estimate the page is written with; three-line labels need more.
    await expect
      .poll(() => box.evaluate((el) => ((el as HTMLElement).hidden ? 0 : el.clientHeight)))
      .toBeGreaterThan(rows * 30 + 80);
    await phone.close();
  });
});

describe('theme page', () => {
  it('shows the theme text, "you said" with counts in a table, and "we did" with its actions', async () => {
    const theme = project.themes.find((t) => t.slug === picks.theme)!;
    await open(`/fi/themes/${picks.theme}/`);
    expect(await page.locator('h1').textContent()).toBe(theme.data.title);
    expect(await page.getByRole('heading', { level: 2, name: 'Mitä kuulimme' }).count()).toBe(1);
    expect(await page.getByRole('heading', { level: 2, name: 'Mitä teimme' }).count()).toBe(1);
    const total = project.feedback.filter((f) => f.theme === picks.theme).reduce((sum, f) => sum + f.count, 0);
    expect(await mainText()).toContain(fiNumber(total));
    const action = project.actions.find((a) => a.themes.includes(picks.theme))!;
    expect(await page.locator(`main a[href="/fi/actions/${action.id}/"]`).count()).toBeGreaterThan(0);
  });

  it('quotes residents in words that differ: a quote asked twice in the same words is shown once, on every theme', async () => {
    for (const theme of project.themes) {
      await open(`/fi/themes/${theme.slug}/`);
      const quotes = (await page.locator('ul.quotes blockquote p').allTextContents()).map((q) =>
        q.replace(/\s+/g, ' ').trim().toLowerCase(),
      );
      expect(new Set(quotes).size, `${theme.slug}: ${quotes.join(' | ')}`).toBe(quotes.length);
    }
  });

  it("keeps the quotes to the text's line length on a wide screen", async () => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await open(`/en/themes/${picks.theme}/`);
    const text = (await page.getByRole('main').locator('p.lead').first().boundingBox())!;
    const quotes = page
      .getByRole('main')
      .getByRole('list')
      .filter({ has: page.locator('blockquote') });
    expect(await quotes.count()).toBe(1);
    expect((await quotes.boundingBox())!.width).toBeLessThanOrEqual(text.width + 1);
  });

  it('answers first: "what we did" with counts by status and the latest actions comes before any chart, in every language', async () => {
    const actions = project.actions.filter((a) => a.themes.includes(picks.theme));
    const weDid = { fi: 'Mitä teimme', sv: 'Vad vi gjorde', en: 'What we did' };
    const latest = { fi: 'Viimeksi muuttuneet', sv: 'Senast ändrade', en: 'Latest changes' };
    const done = { fi: 'Tehty', sv: 'Klar', en: 'Done' };
    for (const lang of LANGS) {
      await open(`/${lang}/themes/${picks.theme}/`);
      const h2s = await page.locator('main h2').allTextContents();
      expect(h2s[0], `${lang}: the first section`).toBe(weDid[lang]);
      // Nothing drawn or tabled before the answer.
      expect(
        await anythingBefore(weDid[lang], 'main figure, main table'),
        `${lang}: a chart or table before "what we did"`,
      ).toBe(false);
      const doneCount = actions.filter((a) => a.status === 'done').length;
      expect(await mainText()).toMatch(new RegExp(`${doneCount}\\s*(\\S+\\s*)?${done[lang]}`));
      const latestList = page
        .getByRole('heading', { level: 3, name: latest[lang] })
        .locator('xpath=following-sibling::ul[1]');
      const cards = latestList.getByRole('listitem');
      expect(await cards.count()).toBe(Math.min(5, actions.length));
      // Each latest action says what came of it in a line of its own.
      expect(await latestList.locator('.card__outcome').count()).toBeGreaterThan(0);
      if (actions.length > 5) {
        const all = { fi: 'Teeman kaikki toimenpiteet', sv: 'Alla åtgärder inom temat', en: "All the theme's actions" }[
          lang
        ];
        await page.getByRole('link', { name: `${all} (${actions.length})` }).click();
        expect(page.url()).toMatch(/#all-actions$/);
        for (const a of actions)
          expect(await page.locator(`#all-actions ~ section a[href="/${lang}/actions/${a.id}/"]`).count(), a.id).toBe(
            1,
          );
      }
    }
  });

  it('falls back to the Finnish text with lang="fi" and a visible note when the theme has no translation', async () => {
    const { slug, lang } = picks.untranslatedTheme;
    const theme = project.themes.find((t) => t.slug === slug)!;
    await open(`/${lang}/themes/${slug}/`);
    expect(await page.locator('html').getAttribute('lang')).toBe(lang);
    const h1 = page.locator('h1');
    expect(await h1.textContent()).toBe(theme.data.title);
    expect(await h1.evaluate((el) => el.closest('[lang]')?.getAttribute('lang'))).toBe('fi');
    const note = page.locator('.fallback-note').first();
    expect(await note.isVisible()).toBe(true);
    // Both languages named as the reader's language names them, never by their own names.
    expect(await note.textContent()).toBe(
      {
        sv: 'Det här innehållet finns inte på svenska. Det visas på finska.',
        en: 'This content is not available in English. It is shown in Finnish.',
        fi: 'Tämä sisältö näytetään suomeksi.',
      }[lang],
    );
  });

  it('draws its chart from a table that is in the page, and names the canvas', async () => {
    await open(`/fi/themes/${picks.theme}/`);
    const canvas = page.locator('canvas').first();
    expect(await canvas.getAttribute('role')).toBe('img');
    expect((await canvas.getAttribute('aria-label'))?.length).toBeGreaterThan(10);
    const table = page.locator('table').first();
    expect(await table.locator('caption').count()).toBe(1);
    expect(await table.locator('tbody tr').count()).toBeGreaterThan(1);
  });
});

describe('the service promise table', () => {
  const CAPTION = {
    fi: 'Lupauksen pitäminen neljännesvuosittain',
    sv: 'Hur löftet hölls per kvartal',
    en: 'How the promise was kept, by quarter',
  };
  it('fits a 360 px phone whole on the home and theme pages, caption and every column, in every language', async () => {
    await page.setViewportSize({ width: 360, height: 800 });
    try {
      for (const lang of LANGS) {
        for (const path of [`/${lang}/`, `/${lang}/themes/${picks.theme}/`]) {
          await open(path);
          const region = page.getByRole('region', { name: CAPTION[lang] });
          expect(await region.count(), `${path}: the promise table`).toBe(1);
          const [scroll, client] = await region.evaluate((el) => [el.scrollWidth, el.clientWidth]);
          expect(scroll, `${path}: the table is wider than its box`).toBeLessThanOrEqual(client);
          const box = (await region.boundingBox())!;
          const caption = (await region.locator('caption').boundingBox())!;
          expect(caption.x + caption.width, `${path}: the caption runs past the box`).toBeLessThanOrEqual(
            box.x + box.width + 1,
          );
          // The long headings are what a screen reader hears.
          expect(await region.getByRole('columnheader').count()).toBe(4);
        }
      }
    } finally {
      await page.setViewportSize({ width: 1280, height: 720 });
    }
  });
});

describe('action page', () => {
  it('tells the story: "you said" counts the themes\' feedback in the year before, by type, then "we did" or "why not"', async () => {
    const heading = {
      youSaid: { fi: 'Te sanoitte', sv: 'Ni sade', en: 'You said' },
      weDid: { fi: 'Me teimme', sv: 'Vi gjorde', en: 'We did' },
      whyNot: { fi: 'Miksi emme tee tätä', sv: 'Varför vi inte gör det', en: 'Why we are not doing it' },
    };
    const done =
      project.actions.find((a) => a.id === picks.action && a.status === 'done') ??
      project.actions.find((a) => a.status === 'done')!;
    const declined = project.actions.find((a) => a.status === 'declined')!;
    for (const lang of LANGS) {
      for (const action of [done, declined]) {
        await open(`/${lang}/actions/${action.id}/`);
        const h2s = await page.locator('main h2').allTextContents();
        const second = action.status === 'declined' ? heading.whyNot[lang] : heading.weDid[lang];
        expect(h2s.slice(0, 2), `${lang} ${action.id}`).toEqual([heading.youSaid[lang], second]);
        // The count a resident can check against the open data: the themes, 12 months before opening.
        const opened = new Date(`${action.opened}T00:00:00Z`);
        const from = new Date(opened);
        from.setUTCFullYear(from.getUTCFullYear() - 1);
        const fromIso = from.toISOString().slice(0, 10);
        const n = project.feedback
          .filter((f) => action.themes.includes(f.theme) && f.date >= fromIso && f.date < action.opened)
          .reduce((sum, f) => sum + f.count, 0);
        const section = page.locator('section', { has: page.getByRole('heading', { name: heading.youSaid[lang] }) });
        const text = ((await section.textContent()) ?? '').replace(/\s+/g, ' ');
        if (n > 0) expect(text, `${lang} ${action.id}`).toContain(fiNumber(n));
        for (const theme of action.themes)
          expect(await section.locator(`a[href="/${lang}/themes/${theme}/"]`).count(), theme).toBe(1);
      }
    }
  });

  it('counts the feedback of "this theme" for an action of one theme and of "these themes" for one of two', async () => {
    const small = smallSite();
    const words = {
      fi: { one: ['palautetta tästä teemasta', 'Teema:'], many: ['palautetta näistä teemoista', 'Teemat:'] },
      sv: { one: ['responser om det här temat', 'Tema:'], many: ['responser om de här temana', 'Teman:'] },
      en: {
        one: ['pieces of feedback on this theme', 'Theme:'],
        many: ['pieces of feedback on these themes', 'Themes:'],
      },
    };
    for (const lang of LANGS) {
      for (const [id, count] of [
        ['A-2026-002', 'one'],
        ['A-2025-004', 'many'],
      ] as const) {
        await page.goto(`${small.url}/${lang}/actions/${id}/`);
        const section = page.locator('section', { has: page.locator('h2#you-said') });
        const text = ((await section.textContent()) ?? '').replace(/\s+/g, ' ');
        for (const phrase of words[lang][count]) expect(text, `${lang} ${id}`).toContain(phrase);
        const other = words[lang][count === 'one' ? 'many' : 'one'][0]!;
        expect(text, `${lang} ${id}`).not.toContain(other);
      }
    }
  });

  it('shows what residents said from actions.csv in the reader\'s language, and in Finnish marked lang="fi" when missing', async () => {
    const small = smallSite();
    const said = {
      fi: 'Nuoret toivoivat pelipäivää kirjastoon.',
      sv: 'De unga önskade en speldag i biblioteket.',
      en: 'Nuoret toivoivat pelipäivää kirjastoon.',
    };
    for (const lang of LANGS) {
      await page.goto(`${small.url}/${lang}/actions/A-2026-002/`);
      const paragraph = page.locator('main p', { hasText: said[lang] });
      expect(await paragraph.count(), lang).toBe(1);
      const marked = await paragraph.evaluate((p) => p.closest('[lang]')?.getAttribute('lang'));
      expect(marked, lang).toBe(lang === 'en' ? 'fi' : lang);
    }
  });

  it('links to the vote it followed, and the vote links back', async () => {
    const vote = project.votes.find((v) => v.data.action)!;
    for (const lang of LANGS) {
      await open(`/${lang}/actions/${vote.data.action}/`);
      expect(await page.locator(`main a[href="/${lang}/votes/${vote.slug}/"]`).count(), lang).toBe(1);
      await open(`/${lang}/votes/${vote.slug}/`);
      expect(await page.locator(`main a[href="/${lang}/actions/${vote.data.action}/"]`).count(), lang).toBeGreaterThan(
        0,
      );
    }
  });

  it('gives the status, dates, unit, influence, the deciding meeting, the themes and the timeline', async () => {
    const action = project.actions.find((a) => a.id === picks.action)!;
    await open(`/fi/actions/${action.id}/`);
    expect(await page.locator('h1').textContent()).toBe(action.title.fi);
    const text = await mainText();
    expect(text).toContain(finnishDate(action.opened));
    if (action.completed) expect(text).toContain(finnishDate(action.completed));
    expect(text).toContain(action.unit);
    expect(await page.locator(`main a[href="/fi/meetings/${action.meeting}/"]`).count()).toBe(1);
    for (const theme of action.themes)
      expect(await page.locator(`main a[href="/fi/themes/${theme}/"]`).count(), theme).toBeGreaterThan(0);
    const updates = project.actionUpdates.filter((u) => u.action === action.id);
    const timeline = page.locator('main ol.timeline > li');
    expect(await timeline.count()).toBe(updates.length);
    for (const u of updates)
      expect(await page.locator(`main ol time[datetime="${u.date}"]`).count(), u.date).toBeGreaterThan(0);
  });

  it('explains a declined action with its reason', async () => {
    const declined = project.actions.find((a) => a.status === 'declined' && a.reason.fi)!;
    await open(`/fi/actions/${declined.id}/`);
    expect(await mainText()).toContain(declined.reason.fi!.split('\n')[0]!.trim());
  });
});

describe('body and meeting pages', () => {
  it('says when the body meets next', async () => {
    const next = project.meetings
      .filter((m) => m.data.body === picks.body && m.data.status === 'planned' && m.data.date >= project.asOf)
      .sort((a, b) => a.data.date.localeCompare(b.data.date))[0]!;
    await open(`/fi/bodies/${picks.body}/`);
    const text = await mainText();
    expect(text).toContain(finnishDate(next.data.date));
    expect(await page.locator(`main a[href="/fi/meetings/${next.slug}/"]`).count()).toBeGreaterThan(0);
  });

  it("shows a meeting's agenda, its minutes and the actions it decided", async () => {
    const meeting = project.meetings.find((m) => m.slug === picks.meeting)!;
    await open(`/fi/meetings/${meeting.slug}/`);
    const text = await mainText();
    expect(text).toContain(finnishDate(meeting.data.date));
    const agenda = page.locator('main ol, main ul').filter({ hasText: meeting.data.agenda[0]! });
    for (const item of meeting.data.agenda) expect(await agenda.first().textContent(), item).toContain(item);
    expect(await page.locator('main .prose p').count(), 'minutes').toBeGreaterThan(0);
    for (const action of project.actions.filter((a) => a.meeting === meeting.slug)) {
      expect(await page.locator(`main a[href="/fi/actions/${action.id}/"]`).textContent(), action.id).toContain(
        action.title.fi,
      );
    }
  });
});

describe('survey page', () => {
  it("shows each question's distribution per round with the number of answers", async () => {
    const survey = project.surveys.find((s) => s.slug === picks.survey)!;
    const rows = project.surveyResults[survey.slug]!;
    const lastRound = rows
      .map((r) => r.round)
      .sort()
      .at(-1)!;
    const row = rows.find((r) => r.round === lastRound)!;
    const n = row.n1 + row.n2 + row.n3 + row.n4 + row.n5;
    await open(`/fi/surveys/${survey.slug}/`);
    expect(await page.locator('h1').textContent()).toBe(survey.data.title);
    const question = survey.data.questions[row.question]!;
    const table = page.locator('table').filter({ hasText: question });
    expect(await table.count(), question).toBeGreaterThan(0);
    expect((await table.first().textContent())?.replace(/\s+/g, ' ')).toContain(fiNumber(n));
    for (const label of survey.data.scale) expect(await table.first().textContent(), label).toContain(label);
  });
});

describe('vote page', () => {
  it('names the winner, gives the turnout and links the action that followed', async () => {
    const vote = project.votes.find((v) => v.slug === picks.vote)!;
    const results = project.voteResults[vote.slug]!;
    const winner = [...results].sort((a, b) => b.votes - a.votes)[0]!;
    const cast = results.reduce((sum, r) => sum + r.votes, 0);
    await open(`/fi/votes/${vote.slug}/`);
    const text = await mainText();
    expect(text).toContain(winner.option.fi);
    expect(text).toContain(fiNumber(cast));
    // Turnout to a whole or one-decimal percent, written the Finnish way (75,2 %).
    const turnout = (cast / vote.data.electorate!) * 100;
    expect(text).toMatch(new RegExp(`(${Math.round(turnout)}|${turnout.toFixed(1).replace('.', ',')})\\s?%`));
    expect(await page.locator(`main a[href="/fi/actions/${vote.data.action}/"]`).count()).toBeGreaterThan(0);
  });
});

describe('accessibility statement', () => {
  it('gives the compliance status, the known issues, when it was assessed and how to reach the supervisory authority', async () => {
    const { accessibility, contact } = project.site;
    await open('/fi/accessibility/');
    const text = await mainText();
    expect(text).toMatch(/osittain/i);
    for (const issue of accessibility.issues) expect(text).toContain(issue.text.fi);
    expect(text).toContain(finnishDate(accessibility.assessed));
    expect(text).toMatch(/Liikenne- ja viestintävirasto Traficom/);
    expect(await page.locator(`main a[href="mailto:${contact}"]`).count()).toBeGreaterThan(0);
  });

  it('gives the known issues in Swedish on the Swedish statement, with no fall-back note', async () => {
    const { issues } = project.site.accessibility;
    expect(
      issues.every((issue) => issue.text.sv !== undefined),
      'the example city writes every issue in Swedish',
    ).toBe(true);
    await open('/sv/accessibility/');
    const items = page.locator('main li');
    for (const issue of issues) {
      const item = items.filter({ hasText: issue.text.sv! });
      expect(await item.count(), issue.text.sv).toBe(1);
      expect(await item.evaluate((el) => el.closest('[lang]')?.getAttribute('lang')), issue.text.sv).toBe('sv');
    }
    expect(await page.locator('main .fallback-note').count()).toBe(0);
  });
});

describe('404', () => {
  it("answers an unknown address with status 404 and the site's own page", async () => {
    await open('/fi/no-such-page/', 404);
    expect(await page.locator('h1').count()).toBe(1);
    expect(await page.locator('main a[href="/fi/"]').count()).toBeGreaterThan(0);
  });
});

describe('scripts only where a chart or search needs them', () => {
  const noScript = [
    'actions list',
    'action',
    'bodies list',
    'body',
    'meetings list',
    'meeting',
    'free page',
    'accessibility statement',
    'open data',
    'posters list',
  ];
  it('ships no <script> on pages without a chart or search', () => {
    for (const lang of LANGS) {
      for (const example of pageKinds(picks, lang).filter((e) => noScript.includes(e.kind))) {
        expect(site.html(example.path), `${example.kind} ${example.path}`).not.toMatch(/<script/i);
      }
    }
  });

  it('puts a data table and a named canvas on every chart page', () => {
    for (const example of pageKinds(picks, 'fi')) {
      const html = site.html(example.path);
      if (!/<canvas/.test(html)) continue;
      expect(html, example.kind).toMatch(/<table[\s>]/);
      expect(html, example.kind).toMatch(/<canvas[^>]*aria-label="[^"]+"/);
    }
  });

  it('writes dates the Finnish way on Finnish pages', () => {
    expect(site.html('/fi/')).toContain(finnishDate(project.asOf));
    expect(existsSync(join(site.dir, 'fi/index.html'))).toBe(true);
  });
});

describe('language of parts (WCAG 3.1.2)', () => {
  /** Every quote on the page has the language of the feedback it comes from, as the page marks it. */
  async function expectQuotesMarked(path: string, lang: Lang): Promise<number> {
    await open(path);
    const quotes = await page
      .locator('main blockquote p')
      .evaluateAll((ps) =>
        ps.map((p) => ({ text: p.textContent ?? '', lang: p.closest('[lang]')?.getAttribute('lang') })),
      );
    for (const q of quotes) {
      const source = project.feedback.find((f) => f.quote === q.text);
      expect(source, `${path}: "${q.text}" is a published quote`).toBeDefined();
      expect(q.lang, `${path}: "${q.text}"`).toBe(source!.lang);
    }
    return quotes.filter((q) => q.lang !== lang).length;
  }

  it('marks every quote on theme pages with the language it was written in, in every language', async () => {
    let marked = 0;
    for (const lang of LANGS)
      for (const theme of project.themes) marked += await expectQuotesMarked(`/${lang}/themes/${theme.slug}/`, lang);
    // Finnish quotes on Swedish and English pages, and Swedish ones on Finnish pages.
    expect(marked).toBeGreaterThan(100);
  });

  it('marks quotes on posters too', async () => {
    for (const lang of LANGS) {
      await open(`/${lang}/posters/`);
      const first = await page.locator('main a[href*="/posters/"]').first().getAttribute('href');
      await expectQuotesMarked(first!, lang);
    }
  });
});

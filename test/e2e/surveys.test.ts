/**
 * The example city's survey page as a resident reads it, in Chromium without JavaScript (the bars
 * and the mean axis are HTML and CSS, and the table is always there): a headline per question,
 * percentages on diverging segments, means on a 1–5 axis, a table that fits at 360 and 1280 px,
 * and the actions that answer the survey placed between the rounds they were made between.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { formatDate } from '../../src/domain/i18n-format.ts';
import { positiveShare, surveyQuestionSeries } from '../../src/domain/surveys.ts';
import type { Lang } from '../../src/schemas/fields.ts';
import type { Project } from '../../src/schemas/project.ts';
import { LIKERT_COLOURS } from '../../src/site/likert.ts';
import { useSiteTab } from './support/site.ts';

let project: Project;
let page: Page;

const SLUG = 'asukastyytyvaisyys';
const LANGS: readonly Lang[] = ['fi', 'sv', 'en'];
const HEADLINE = {
  fi: (now: number, first: number) =>
    `${now} % vastasi myönteisesti (4–5) viimeisimmällä kierroksella (1. kierros: ${first} %)`,
  sv: (now: number, first: number) => `${now} % svarade positivt (4–5) i den senaste omgången (omgång 1: ${first} %)`,
  en: (now: number, first: number) => `${now}% answered positively (4–5) in the latest round (round 1: ${first}%)`,
};
const CHANGES = {
  fi: 'Mitä muutimme kierrosten välillä',
  sv: 'Vad vi ändrade mellan omgångarna',
  en: 'What we changed between the rounds',
};
const BETWEEN = {
  fi: (a: string, b: string) => `Kierrosten ${a} ja ${b} välillä`,
  sv: (a: string, b: string) => `Mellan omgångarna ${a} och ${b}`,
  en: (a: string, b: string) => `Between the rounds of ${a} and ${b}`,
};

const goTo = useSiteTab(
  (tab) => {
    ({ project, page } = tab);
  },
  { context: { viewport: { width: 1280, height: 900 } } },
);

const squash = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();
const survey = () => project.surveys.find((s) => s.slug === SLUG)!;

async function open(lang: Lang, width = 1280): Promise<void> {
  await page.setViewportSize({ width, height: 900 });
  await goTo(`/${lang}/surveys/${SLUG}/`);
}

describe('survey page at a glance', () => {
  for (const lang of LANGS) {
    it(`opens each question with the share answering 4–5 now and in the first round (${lang})`, async () => {
      await open(lang);
      const rows = project.surveyResults[SLUG]!;
      const questions = Object.keys(survey().data.questions);
      expect(questions.length).toBeGreaterThan(1);
      for (const id of questions) {
        const series = surveyQuestionSeries(rows, id);
        const now = positiveShare(series.at(-1)!)!;
        const first = positiveShare(series[0]!)!;
        const section = page.locator('section.question').filter({ has: page.locator(`h2#q-${id}`) });
        expect(squash(await section.locator('p.headline').textContent()), id).toBe(HEADLINE[lang](now, first));
      }
    });
  }

  it('writes the percentages on segments coloured disagree → neutral → agree, with a gap between neighbours', async () => {
    await open('fi');
    const bar = page.locator('section.question').first().locator('.likert__bar').first();
    const segments = await bar
      .locator('.likert__seg')
      .evaluateAll((els) =>
        els.map((el) => ({ text: el.textContent ?? '', background: getComputedStyle(el).backgroundColor })),
      );
    const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
    const first = surveyQuestionSeries(project.surveyResults[SLUG]!, Object.keys(survey().data.questions)[0]!)[0]!;
    const shown = first.shares
      .map((share, i) => ({ share, colour: rgb(LIKERT_COLOURS[i]!) }))
      .filter((s) => s.share > 0);
    expect(segments.map((s) => s.background)).toEqual(shown.map((s) => s.colour));
    for (const [i, s] of shown.entries())
      if (s.share >= 10) expect(squash(segments[i]!.text), `segment ${i}`).toBe(`${s.share} %`);
    expect(await bar.evaluate((el) => getComputedStyle(el).columnGap)).toBe('2px');
  });

  it('puts each mean on a 1–5 axis: 3,0 sits in the middle, not at 60 % of a bar from 0', async () => {
    await open('fi');
    const track = page.locator('.means__track').first();
    const dot = track.locator('.means__dot');
    const mean = Number((await dot.textContent())!.replace(',', '.'));
    const [box, at] = [await track.boundingBox(), await dot.boundingBox()];
    const centre = (at!.x + at!.width / 2 - box!.x) / box!.width;
    expect(centre).toBeCloseTo((mean - 1) / 4, 1);
    expect(await page.locator('.means__ticks').first().locator('span').allTextContents()).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
    ]);
  });

  for (const width of [360, 1280]) {
    it(`shows every table whole at ${width} px, without JavaScript, each scale word readable`, async () => {
      await open('fi', width);
      // The scrolling box around each table (the question's own section is a region too).
      const tables = page.locator('.table-scroll[role="region"]');
      expect(await tables.count()).toBe(Object.keys(survey().data.questions).length);
      for (const region of await tables.all()) {
        expect(await region.isVisible()).toBe(true);
        const [scroll, client] = await region.evaluate((el) => [el.scrollWidth, el.clientWidth]);
        expect(scroll, 'the table is wider than its box').toBeLessThanOrEqual(client);
        for (const word of survey().data.scale)
          expect(await region.getByRole('columnheader', { name: word }).count(), word).toBe(1);
      }
    });
  }
});

describe("the scale's middle", () => {
  const NEUTRAL = {
    fi: 'Ei samaa eikä eri mieltä',
    sv: 'Varken av samma eller annan åsikt',
    en: 'Neither agree nor disagree',
  };
  const DONT_KNOW = /En osaa sanoa|Vet inte|Cannot say|Don.t know/;
  for (const lang of LANGS) {
    it(`is a neutral opinion, "${NEUTRAL[lang]}", in the legend and the tables; "don't know" is not on the scale (${lang})`, async () => {
      await open(lang);
      const main = page.getByRole('main');
      // The legend is drawn for the eye (the table says it to a screen reader): read it as text.
      const legend = main.locator('.legend').first().locator('li');
      expect((await legend.allTextContents()).map(squash)[2]).toContain(NEUTRAL[lang]);
      const header = main
        .getByRole('table')
        .first()
        .getByRole('columnheader', { name: new RegExp(`^3 ${NEUTRAL[lang]}`) });
      expect(await header.count()).toBe(1);
      expect(squash(await main.textContent())).not.toMatch(DONT_KNOW);
    });
  }
});

describe('what was changed between the rounds', () => {
  for (const lang of LANGS) {
    it(`lists each action answering the survey under the rounds it fell between, planned ones apart, declined ones not at all (${lang})`, async () => {
      await open(lang);
      const section = page.getByRole('region', { name: CHANGES[lang] });
      expect(await section.count()).toBe(1);
      const named = project.actions.filter((a) => a.survey === SLUG);
      expect(named.length).toBeGreaterThan(2);
      for (const action of named) {
        const links = section.locator(`a[href="/${lang}/actions/${action.id}/"]`);
        expect(await links.count(), action.id).toBe(action.status === 'declined' ? 0 : 1);
      }
      // A done action of the example: harvested from the data, its heading computed from the rounds.
      const rounds = [...new Set(project.surveyResults[SLUG]!.map((r) => r.round))].sort();
      const done = named.find((a) => {
        if (a.status !== 'done' || !a.completed) return false;
        const next = rounds.findIndex((r) => r > a.completed!);
        return next > 0;
      })!;
      const next = rounds.findIndex((r) => r > done.completed!);
      const heading = BETWEEN[lang](formatDate(rounds[next - 1]!, lang), formatDate(rounds[next]!, lang));
      const list = section.locator('h3', { hasText: heading }).locator('xpath=following-sibling::ul[1]');
      expect(squash(await list.textContent()), heading).toContain(formatDate(done.completed!, lang));
      expect(await list.locator(`a[href="/${lang}/actions/${done.id}/"]`).count()).toBe(1);
      // Each question's mean axis marks the round that was the first to measure the change.
      const marked = page
        .locator('section.question')
        .first()
        .locator('.means__row', { hasText: formatDate(rounds[next]!, lang) });
      expect(squash(await marked.locator('.means__changes').textContent())).toMatch(
        { fi: /^▲ \d+ muutos(ta)?$/, sv: /^▲ \d+ ändring(ar)?$/, en: /^▲ \d+ changes?$/ }[lang],
      );
    });
  }
});

describe('the way back from an action', () => {
  for (const lang of LANGS) {
    it(`links an action that answers the survey to the survey's page (${lang})`, async () => {
      const action = project.actions.find((a) => a.survey === SLUG)!;
      await goTo(`/${lang}/actions/${action.id}/`);
      const link = page.getByRole('main').locator(`a[href="/${lang}/surveys/${SLUG}/"]`);
      expect(await link.count()).toBe(1);
      expect(squash(await link.textContent())).toBe(survey().translations[lang]?.data.title ?? survey().data.title);
    });
  }
});

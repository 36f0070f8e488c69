/**
 * Finnish conventions and one vocabulary (issue 10 point 6), read off the built example city by
 * role and text in fi, sv and en: quarters named one way per language, a partial quarter marked
 * with its days, meetings with weekday and clock word, one word per meeting status on cards and
 * pages, action cards that say what their date is, and the fall-back note in the reader's words
 * at the block that fell back. The expected words are written out here, not read from the strings.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/schemas/fields.ts';
import type { Project } from '../../src/schemas/project.ts';
import { pick, type Picks } from './support/page-kinds.ts';
import { useSiteTab } from './support/site.ts';

let project: Project;
let picks: Picks;
let page: Page;

const open = useSiteTab((tab) => {
  ({ project, page } = tab);
  picks = pick(project);
});

const LANGS: readonly Lang[] = ['fi', 'sv', 'en'];

/** The as-of date's parts, and its quarter. */
function asOfParts() {
  const [y, m, d] = project.asOf.split('-').map(Number) as [number, number, number];
  const q = Math.floor((m - 1) / 3) + 1;
  return { y, m, d, q, firstMonth: (q - 1) * 3 + 1 };
}

const EN_MONTHS_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];

/** The current quarter's name with the days counted so far, as a resident should read it. */
function currentQuarter(lang: Lang): string {
  const { y, m, d, q, firstMonth } = asOfParts();
  if (m === firstMonth) {
    return {
      fi: `${q}. neljännes ${y} (1.–${d}.${m}.)`,
      sv: `kvartal ${q} ${y} (1–${d}.${m})`,
      en: `Q${q} ${y} (1–${d} ${EN_MONTHS_SHORT[m - 1]})`,
    }[lang];
  }
  return {
    fi: `${q}. neljännes ${y} (1.${firstMonth}.–${d}.${m}.)`,
    sv: `kvartal ${q} ${y} (1.${firstMonth}–${d}.${m})`,
    en: `Q${q} ${y} (1 ${EN_MONTHS_SHORT[firstMonth - 1]}–${d} ${EN_MONTHS_SHORT[m - 1]})`,
  }[lang];
}

const QUARTER: Record<Lang, RegExp> = {
  fi: /^[1-4]\. neljännes \d{4}( \(.+\))?$/,
  sv: /^kvartal [1-4] \d{4}( \(.+\))?$/,
  en: /^Q[1-4] \d{4}( \(.+\))?$/,
};

describe('quarters', () => {
  for (const lang of LANGS) {
    it(`are named one way in ${lang} on the theme chart's table, the current one with its days so far`, async () => {
      await open(`/${lang}/themes/${picks.theme}/`);
      const caption = { fi: 'Palautteet neljännesvuosittain', sv: 'Responser per kvartal', en: 'Feedback by quarter' }[
        lang
      ];
      const table = page.getByRole('table', { name: new RegExp(caption) }).first();
      const quarters = (await table.getByRole('rowheader').allTextContents()).map((s) => s.trim());
      expect(quarters.length, `rows of "${caption}"`).toBeGreaterThan(4);
      for (const q of quarters) expect(q).toMatch(QUARTER[lang]);
      expect(quarters.at(-1)).toBe(currentQuarter(lang));
      // The quarters in between are whole: only the ends may carry days.
      for (const q of quarters.slice(1, -1)) expect(q).not.toContain('(');
    });
  }

  it('are named so on the posters list and on a poster of the current quarter', async () => {
    const { y, q } = asOfParts();
    for (const lang of LANGS) {
      await open(`/${lang}/posters/`);
      const links = (await page.getByRole('main').getByRole('link').allTextContents()).map((s) => s.trim());
      expect(links.filter((l) => QUARTER[lang].test(l)).length, lang).toBeGreaterThan(10);
      expect(links).toContain(currentQuarter(lang));
      await open(`/${lang}/posters/${picks.theme}/${y}-q${q}/`);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain(currentQuarter(lang));
    }
  });
});

describe('quarterly tables', () => {
  it('are captioned with one Finnish word, "neljännesvuosittain", on the home and theme pages', async () => {
    const captions: string[] = [];
    for (const path of ['/fi/', `/fi/themes/${picks.theme}/`]) {
      await open(path);
      captions.push(...(await page.locator('caption').allTextContents()).map((c) => c.replace(/\s+/g, ' ').trim()));
    }
    const quarterly = captions.filter((c) => /neljänne|vuosineljä/.test(c));
    expect(quarterly).toEqual(
      expect.arrayContaining(['Palautteet neljännesvuosittain', 'Lupauksen pitäminen neljännesvuosittain']),
    );
    for (const c of quarterly) expect(c).toContain('neljännesvuosittain');
  });
});

describe('meeting times', () => {
  const WEEKDAYS: Record<Lang, string[]> = {
    fi: ['su', 'ma', 'ti', 'ke', 'to', 'pe', 'la'],
    sv: ['sön', 'mån', 'tis', 'ons', 'tors', 'fre', 'lör'],
    en: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
  };
  const EN_MONTHS = [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ];
  /** "ke 25.11.2026 klo 12.15", "ons 25.11.2026 kl. 12.15", "Wed 25 November 2026, 12:15". */
  function when(lang: Lang, iso: string, start: string): string {
    const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
    const weekday = WEEKDAYS[lang][new Date(Date.UTC(y, m - 1, d)).getUTCDay()];
    const [h, min] = start.split(':');
    if (lang === 'en') return `${weekday} ${d} ${EN_MONTHS[m - 1]} ${y}, ${h!.padStart(2, '0')}:${min}`;
    return `${weekday} ${d}.${m}.${y} ${lang === 'fi' ? 'klo' : 'kl.'} ${Number(h)}.${min}`;
  }

  for (const lang of LANGS) {
    it(`carry the weekday and the clock word on every meeting card in ${lang}`, async () => {
      await open(`/${lang}/meetings/`);
      const headings = (await page.getByRole('main').locator('li.card').getByRole('heading').allTextContents()).map(
        (s) => s.trim(),
      );
      const timed = project.meetings.filter((m) => m.data.start);
      expect(headings.length).toBe(project.meetings.length);
      for (const meeting of timed) {
        const expected = when(lang, meeting.data.date, meeting.data.start!);
        expect(
          headings.some((h) => h.startsWith(`${expected}:`)),
          `${meeting.slug}: a card reading "${expected}: …"`,
        ).toBe(true);
      }
    });
  }
});

describe('one word per meeting status', () => {
  const COMING: Record<Lang, string> = { fi: 'Tulossa', sv: 'Kommande', en: 'Coming up' };
  const OTHER_WORDS: Record<Lang, RegExp> = { fi: /Suunniteltu/, sv: /Planerat/, en: /\bPlanned\b/ };

  for (const lang of LANGS) {
    it(`calls a coming meeting "${COMING[lang]}" on its card, its body's page and its own page`, async () => {
      const coming = project.meetings
        .filter((m) => m.data.status === 'planned' && m.data.date >= project.asOf)
        .sort((a, b) => a.data.date.localeCompare(b.data.date))[0]!;
      for (const path of [`/${lang}/meetings/`, `/${lang}/bodies/${coming.data.body}/`]) {
        await open(path);
        const card = page
          .getByRole('main')
          .getByRole('listitem')
          .filter({ has: page.locator(`a[href$="/meetings/${coming.slug}/"]`) })
          .first();
        expect(await card.textContent(), path).toContain(`· ${COMING[lang]}`);
        expect(await page.getByRole('main').textContent(), path).not.toMatch(OTHER_WORDS[lang]);
      }
      await open(`/${lang}/meetings/${coming.slug}/`);
      const facts = await page.getByRole('main').locator('dl.facts').textContent();
      expect(facts).toContain(COMING[lang]);
      expect(await page.getByRole('main').textContent()).not.toMatch(OTHER_WORDS[lang]);
    });
  }
});

describe('action cards name their date', () => {
  const WORDS: Record<Lang, { done: string; opened: string }> = {
    fi: { done: 'Valmistui', opened: 'Avattu' },
    sv: { done: 'Blev klar', opened: 'Inledd' },
    en: { done: 'Completed', opened: 'Opened' },
  };
  for (const lang of LANGS) {
    it(`"${WORDS[lang].done} …" on done actions and "${WORDS[lang].opened} …" on the others, in ${lang}`, async () => {
      for (const [status, word] of [
        ['done', WORDS[lang].done],
        ['in-progress', WORDS[lang].opened],
        ['planned', WORDS[lang].opened],
      ] as const) {
        await open(`/${lang}/actions/status/${status}/`);
        const cards = page.getByRole('main').locator('li.card');
        const n = await cards.count();
        expect(n, status).toBeGreaterThan(0);
        const lines = await cards.evaluateAll((els) =>
          els.map((el) => {
            const time = el.querySelector('time')!;
            return `${time.previousSibling?.textContent ?? ''}|${time.textContent}`;
          }),
        );
        for (const line of lines) expect(line, `${status} card`).toMatch(new RegExp(`${word} \\|\\S`));
      }
    });
  }
});

describe('the fall-back note', () => {
  it("names the languages in the reader's words and stands above the title when the whole theme fell back", async () => {
    const { slug, lang } = picks.untranslatedTheme;
    await open(`/${lang}/themes/${slug}/`);
    const note = page.getByRole('main').locator('.fallback-note');
    expect(await note.count()).toBe(1);
    expect(await note.textContent()).toBe(
      {
        fi: 'Tämä sisältö näytetään suomeksi.',
        sv: 'Det här innehållet finns inte på svenska. Det visas på finska.',
        en: 'This content is not available in English. It is shown in Finnish.',
      }[lang],
    );
    // Right before the title: the next element is the h1, or the block that opens with it.
    expect(
      await note.evaluate((el) => {
        const next = el.nextElementSibling;
        return next?.tagName === 'H1' || next?.firstElementChild?.tagName === 'H1';
      }),
    ).toBe(true);
  });

  it("stands at the block that fell back on an action page whose title is in the reader's language", async () => {
    const NOTE = {
      sv: 'Det här innehållet finns inte på svenska. Det visas på finska.',
      en: 'This content is not available in English. It is shown in Finnish.',
    };
    // Every block of an action page that can fall back on its own, wherever the example has one.
    const cases = (['sv', 'en'] as const).flatMap((lang) =>
      (['said', 'reason', 'description'] as const).flatMap((field) =>
        project.actions
          .filter((a) => a.title[lang] && a[field]?.fi && !a[field]?.[lang])
          .slice(0, 1)
          .map((a) => ({ lang, action: a, finnish: a[field]!.fi! })),
      ),
    );
    expect(cases.length, 'an action with a translated title and a Finnish-only block').toBeGreaterThan(0);
    for (const { lang, action, finnish } of cases) {
      await open(`/${lang}/actions/${action.id}/`);
      const h1 = page.getByRole('heading', { level: 1 });
      expect(await h1.textContent()).toBe(action.title[lang]);
      expect(await h1.evaluate((el) => el.previousElementSibling?.classList.contains('fallback-note') ?? false)).toBe(
        false,
      );
      const block = page
        .getByRole('main')
        .locator('[lang="fi"]')
        .filter({ hasText: finnish.slice(0, 30) })
        .last();
      expect(await block.evaluate((el) => el.previousElementSibling?.textContent), action.id).toBe(NOTE[lang]);
    }
  });
});

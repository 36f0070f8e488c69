/**
 * The example city's posters as they print: one A4 page, headline of 48 pt or more, text of
 * 16 pt or more, filled to the foot where the QR codes for the theme page and the feedback form
 * sit (each the very code the `qrcode` package draws for that address), the logo, the date the
 * statuses hold on; "we did" never lists a plan, and never says "nothing changed" while work is
 * in progress. In fi, sv and en.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/schemas/fields.ts';
import type { Project } from '../../src/schemas/project.ts';
import { absoluteUrl } from '../../src/site/paths.ts';
import { qrSvg } from '../../src/site/qr.ts';
import { useSiteTab, type BuiltSite } from './support/site.ts';

let site: BuiltSite;
let project: Project;
let page: Page;

const LANGS: readonly Lang[] = ['fi', 'sv', 'en'];
/** The winter quarter with the most feedback (237) and no action completed on snow work. */
const BUSY = 'lumityot/2026-q1';
const WORDS = {
  fi: {
    nothingDone: 'yksikään toimenpide ei valmistunut',
    none: 'ei valmistunut tai muuttunut',
    asOf: 'Tilanne 31.3.2026',
  },
  sv: {
    nothingDone: 'blev ingen åtgärd klar',
    none: 'blev inga åtgärder klara eller ändrades',
    asOf: 'Läget 31.3.2026',
  },
  en: {
    nothingDone: 'No action was completed',
    none: 'No actions were completed or changed',
    asOf: 'Situation on 31 March 2026',
  },
};
const ALT = {
  fi: 'Kuusijärven kaupungin vaakuna',
  sv: 'Kuusijärvi stads vapen',
  en: 'Coat of arms of the City of Kuusijärvi',
};
/** CSS pixels per point. */
const PT = 96 / 72;

const open = useSiteTab(
  async (tab) => {
    ({ site, project, page } = tab);
    await page.emulateMedia({ media: 'print' });
  },
  // A4 less the 12 mm margins of the poster's @page, at 96 px per inch.
  { context: { viewport: { width: 703, height: 1032 } } },
);

/** The page count a PDF's page tree declares (Chromium writes one /Pages tree). */
const pageCount = (pdf: Buffer) => Number(/\/Count (\d+)/.exec(pdf.toString('latin1'))?.[1]);

const squash = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();

/** Every poster page of the built site in `lang`, as `/fi/posters/<theme>/<quarter>/`. */
function posterPaths(lang: Lang): string[] {
  const root = join(site.dir, lang, 'posters');
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => readdirSync(join(root, d.name)).map((q) => `/${lang}/posters/${d.name}/${q}/`));
}

describe('a poster, printed', () => {
  for (const lang of LANGS) {
    it(`carries QR codes of the theme page and the feedback form, the logo and the status date (${lang})`, async () => {
      await open(`/${lang}/posters/${BUSY}/`);
      const themeUrl = absoluteUrl(project.site.url, `/${lang}/themes/lumityot/`);
      for (const url of [themeUrl, project.site.feedbackUrl]) {
        const code = page.locator(`.poster__code[data-qr="${url}"]`);
        expect(await code.count(), url).toBe(1);
        // The very SVG the qrcode package draws for this address, as written to the page: the code encodes it.
        expect(site.html(`/${lang}/posters/${BUSY}/`), url).toContain(await qrSvg(url));
        expect(await page.getByRole('img', { name: url }).count(), url).toBe(1);
        expect(await page.getByRole('link', { name: url }).getAttribute('href')).toBe(url);
      }
      const logo = page.getByRole('img', { name: ALT[lang] });
      expect(await logo.getAttribute('src')).toBe('/kuusijarvi-vaakuna.svg');
      expect(squash(await page.locator('.poster__as-of').textContent())).toBe(WORDS[lang].asOf);
    });

    it(`prints on one A4 page with a 48 pt headline, 16 pt text, and its foot at the bottom of the sheet (${lang})`, async () => {
      await open(`/${lang}/posters/${BUSY}/`);
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      expect(pageCount(pdf), 'pages').toBe(1);
      const h1 = await page.locator('h1').evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
      expect(h1).toBeGreaterThanOrEqual(48 * PT);
      // Every piece of text on the poster: its own font size, where it has text of its own.
      const sizes = await page.locator('article.poster *').evaluateAll((els) =>
        els
          .filter((el) => [...el.childNodes].some((n) => n.nodeType === 3 && (n.textContent ?? '').trim() !== ''))
          .map((el) => ({
            text: (el.textContent ?? '').trim().slice(0, 40),
            px: Number.parseFloat(getComputedStyle(el).fontSize),
          })),
      );
      expect(sizes.length).toBeGreaterThan(10);
      for (const s of sizes) expect(s.px, s.text).toBeGreaterThanOrEqual(16 * PT - 0.01);
      const foot = await page.locator('.poster__more').boundingBox();
      expect(foot!.y + foot!.height, 'the QR codes sit at the foot of the sheet').toBeGreaterThan(1032 * 0.9);
    });
  }

  it('fits every poster on one page: the longest names and lists too', async () => {
    // Measured as printed (the sheet's printable height, 273 mm), for every poster in every language:
    // each poster's HTML as built, written into the tab while it shows a poster of that language
    // (the same depth of address, so every link and style resolves alike). The same document in the
    // same print view as loading it, without ~550 page loads; the three below print after a real load.
    for (const lang of LANGS) {
      const paths = posterPaths(lang);
      await open(paths[0]!);
      for (const path of paths) {
        await page.setContent(site.html(path));
        const [shown, height] = await page.evaluate(() => [
          document.documentElement.lang,
          document.querySelector('article.poster')?.scrollHeight ?? Number.POSITIVE_INFINITY,
        ]);
        expect(shown, path).toBe(lang);
        expect(height, path).toBeLessThanOrEqual(1032);
      }
    }
    // And printed for real: long Swedish and English names, the busy winter quarter.
    for (const path of [
      '/sv/posters/kadut-ja-pyoratiet/2024-q2/',
      '/en/posters/kadut-ja-pyoratiet/2024-q2/',
      `/fi/posters/${BUSY}/`,
    ]) {
      await open(path);
      expect(pageCount(await page.pdf({ preferCSSPageSize: true })), path).toBe(1);
    }
  }, 300_000);
});

describe('what a poster says was done', () => {
  for (const lang of LANGS) {
    it(`shows the work in progress when nothing was completed, in its place under "we did" (${lang})`, async () => {
      await open(`/${lang}/posters/${BUSY}/`);
      const weDid = page.getByRole('region', { name: { fi: 'Teimme', sv: 'Vi gjorde', en: 'We did' }[lang] });
      const text = squash(await weDid.textContent());
      expect(text).toContain(WORDS[lang].nothingDone);
      expect(text).not.toContain(WORDS[lang].none);
      expect(await weDid.locator('li .status--in-progress').count()).toBeGreaterThan(0);
    });

    it(`never lists a planned action under "we did", nor says nothing changed while work is in progress (${lang})`, () => {
      const paths = posterPaths(lang);
      expect(paths.length).toBeGreaterThan(50);
      let withPlans = 0;
      for (const path of paths) {
        const html = site.html(path);
        const start = html.indexOf('id="we-did"');
        const weDid = html.slice(start, html.indexOf('</section>', start));
        expect(weDid, path).not.toContain('status--planned');
        if (weDid.includes(WORDS[lang].none)) expect(weDid, path).not.toContain('status--in-progress');
        // Plans have a part of their own after "we did"; none of their titles may stand inside it.
        const next = html.indexOf('id="next-up"');
        if (next < 0) continue;
        withPlans++;
        const plans = html.slice(next, html.indexOf('</section>', next));
        for (const [, title] of plans.matchAll(/<li><span[^>]*>([^<]+)<\/span><\/li>/g)) {
          expect(weDid, `${path}: ${title}`).not.toContain(`>${title}<`);
        }
      }
      expect(withPlans).toBeGreaterThan(0);
    });
  }
});

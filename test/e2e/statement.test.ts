/**
 * The accessibility statement's issues and authority (issue 10 point 11), on built sites read by
 * role and text in fi, sv and en: the example city's issues name their WCAG criteria, and a site
 * that names its own supervisory authority in site.yaml shows that authority instead of Traficom.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import type { Lang } from '../../src/schemas/fields.ts';
import type { Project } from '../../src/schemas/project.ts';
import { axeViolations, describeViolations } from './support/axe.ts';
import { copySite, runBuild, smallSiteDir } from './support/build-site.ts';
import { newContext, useSiteTab } from './support/site.ts';
import { serveStatic, type StaticServer } from './support/static-server.ts';

let project: Project;
let browser: Browser;
let page: Page;

const open = useSiteTab((tab) => {
  ({ project, browser, page } = tab);
});

const LANGS: readonly Lang[] = ['fi', 'sv', 'en'];
const CRITERIA_LABEL: Record<Lang, string> = {
  fi: 'WCAG 2.1 -kriteerit:',
  sv: 'WCAG 2.1-kriterier:',
  en: 'WCAG 2.1 criteria:',
};

/** The criteria of the example's scanned-PDF issue and its video issue, as W3C's translations name them. */
const SCANNED: Record<Lang, string> = {
  fi: '1.1.1 Ei-tekstuaalinen sisältö, 1.3.1 Informaatio ja suhteet',
  sv: '1.1.1 Icke-textbaserat innehåll, 1.3.1 Information och relationer',
  en: '1.1.1 Non-text Content, 1.3.1 Info and Relationships',
};
const CAPTIONS: Record<Lang, string> = {
  fi: '1.2.2 Tekstitys (tallennettu)',
  sv: '1.2.2 Undertexter (förinspelat)',
  en: '1.2.2 Captions (Prerecorded)',
};

const textOf = async (locator: ReturnType<Page['locator']>) =>
  ((await locator.textContent()) ?? '').replace(/\s+/g, ' ').trim();

describe("the example city's statement", () => {
  for (const lang of LANGS) {
    it(`names the WCAG criteria of each issue that gives them, by number and W3C's name (${lang})`, async () => {
      const issues = project.site.accessibility.issues;
      expect(issues.filter((i) => i.wcag.length > 0).length, 'issues with criteria in the example').toBeGreaterThan(0);
      await open(`/${lang}/accessibility/`);
      const items = page.getByRole('main').getByRole('listitem');
      for (const issue of issues) {
        const item = items.filter({ hasText: issue.text[lang] ?? issue.text.fi! });
        expect(await item.count()).toBe(1);
        const text = await textOf(item);
        if (issue.wcag.length === 0) expect(text).not.toContain('WCAG');
        else expect(text).toContain(CRITERIA_LABEL[lang]);
      }
      const scanned = await textOf(items.filter({ hasText: /PDF/ }));
      expect(scanned).toContain(`${CRITERIA_LABEL[lang]} ${SCANNED[lang]}`);
      // The names are W3C's authorised translations, in the page's own language (no lang="en" inside).
      const name = page.getByText(CAPTIONS[lang], { exact: true });
      expect(await name.evaluate((el) => el.closest('[lang]')?.getAttribute('lang'))).toBe(lang);
    });
  }
});

describe("the statement's issues", () => {
  it('keep the line length of the paragraphs around them on a wide screen, in every language', async () => {
    await page.setViewportSize({ width: 1280, height: 720 });
    for (const lang of LANGS) {
      await open(`/${lang}/accessibility/`);
      const main = page.getByRole('main');
      const paragraph = (await main.locator('p.lead').boundingBox())!;
      const list = main.getByRole('list').filter({ has: page.getByRole('listitem').filter({ hasText: /PDF/ }) });
      const box = (await list.boundingBox())!;
      expect(box.width, lang).toBeLessThanOrEqual(paragraph.width + 1);
    }
  });
});

describe("the statement's heading on a phone", () => {
  const SEAM = { fi: ['Saavutettavuus', 'seloste'], sv: ['Tillgänglighets', 'utlåtande'] } as const;
  for (const lang of ['fi', 'sv'] as const) {
    it(`breaks its long compound at the seam, ${SEAM[lang].join('-|')}, not inside a part (${lang})`, async () => {
      await page.setViewportSize({ width: 360, height: 720 });
      try {
        await open(`/${lang}/accessibility/`);
        const h1 = page.getByRole('heading', { level: 1 });
        // The accessible name is the word itself; the soft hyphen only offers where to break.
        expect((await h1.textContent())?.replace(/\u00ad/g, '')).toBe(SEAM[lang].join(''));
        const lines = await h1.evaluate((el) => {
          const text = el.firstChild as Text;
          const tops: number[] = [];
          for (let i = 0; i < text.length; i++) {
            const range = document.createRange();
            range.setStart(text, i);
            range.setEnd(text, i + 1);
            // A letter that starts a line also reports an empty box at the end of the one before.
            const rect = [...range.getClientRects()].filter((r) => r.width > 0).at(-1);
            if (rect) tops.push(Math.round(rect.top));
          }
          const letters = (text.data.match(/[^\u00ad]/g) ?? []).length;
          const firstLine = tops.filter((t) => t === tops[0]).length;
          return { letters, firstLine, lines: new Set(tops).size };
        });
        expect(lines.lines, 'two lines at 360 px').toBe(2);
        // The first line holds the first part and its soft hyphen, the second the rest.
        expect(lines.firstLine).toBe(SEAM[lang][0].length + 1);
      } finally {
        await page.setViewportSize({ width: 1280, height: 720 });
      }
    });
  }
});

describe('a site that names its own supervisory authority', () => {
  let server: StaticServer | undefined;
  let url = '';

  beforeAll(async () => {
    const root = mkdtempSync(join(inject('e2eTmp'), 'authority-'));
    copySite(smallSiteDir, root);
    const file = join(root, 'content/site.yaml');
    writeFileSync(
      file,
      `${readFileSync(file, 'utf8').trimEnd()}\n` +
        [
          '  authority:',
          '    name: { fi: Pikkulan valvontavirasto, sv: Tillsynsverket i Pikkula, en: Pikkula Supervision Office }',
          '    unit: Saavutettavuusyksikkö',
          '    web: https://valvonta.pikkula.example/',
          '    email: valvonta@pikkula.example',
          '    phone: 09 123 4567',
          '',
        ].join('\n'),
    );
    const out = join(root, 'dist');
    const build = await runBuild(root, out);
    expect(build.code, build.output).toBe(0);
    server = await serveStatic(out);
    url = server.url;
  }, 300_000);

  afterAll(async () => {
    await server?.close();
  });

  const NAMES: Record<Lang, string> = {
    fi: 'Pikkulan valvontavirasto',
    sv: 'Tillsynsverket i Pikkula',
    en: 'Pikkula Supervision Office',
  };

  for (const lang of LANGS) {
    it(`shows its name, unit and contacts, and no Traficom (${lang})`, async () => {
      await page.goto(`${url}/${lang}/accessibility/`);
      const address = page.getByRole('main').locator('address');
      const text = await textOf(address);
      expect(text).toContain(NAMES[lang]);
      // A unit written once stands for every language, as a site name written once does.
      expect(text).toContain('Saavutettavuusyksikkö');
      expect(text).not.toMatch(/Traficom/);
      expect(await address.getByRole('link', { name: 'valvonta.pikkula.example' }).getAttribute('href')).toBe(
        'https://valvonta.pikkula.example/',
      );
      expect(await address.getByRole('link', { name: 'valvonta@pikkula.example' }).getAttribute('href')).toBe(
        'mailto:valvonta@pikkula.example',
      );
      expect(await address.getByRole('link', { name: '09 123 4567' }).getAttribute('href')).toBe('tel:+35891234567');
      expect(await textOf(page.getByRole('main'))).not.toMatch(/saavutettavuus@traficom\.fi/);
      // axe runs as a script: in a page with JavaScript, unlike the reading above.
      const scripted = await newContext(browser);
      try {
        const axePage = await scripted.newPage();
        await axePage.goto(`${url}/${lang}/accessibility/`);
        const violations = await axeViolations(axePage);
        expect(violations.length, describeViolations(`${lang} statement`, violations)).toBe(0);
      } finally {
        await scripted.close();
      }
    });
  }
});

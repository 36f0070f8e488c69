/**
 * Honest empty states: a theme whose feedback of the last 12 months met no action says so in
 * plain words and links to how feedback is handled, in every language — built from a fixture
 * that triggers it (the quiet site with its one action removed). A theme with an action under
 * way, on the small site, must not say it.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, describeViolations } from './support/axe.ts';
import { copySite, repoDir, runBuild } from './support/build-site.ts';
import { connectBrowser, openPage, smallSite } from './support/site.ts';
import { serveStatic, type StaticServer } from './support/static-server.ts';

const SAID = {
  fi: 'Saimme tästä teemasta 8 palautetta viimeisten 12 kuukauden aikana, mutta emme ole vielä päättäneet niiden pohjalta toimenpiteistä.',
  sv: 'Vi fick 8 responser om det här temat under de senaste 12 månaderna, men vi har ännu inte beslutat om några åtgärder utifrån dem.',
};
const LINK = { fi: 'Näin käsittelemme palautteen', sv: 'Så här behandlar vi respons' };

const work = mkdtempSync(join(tmpdir(), 'kuultu-unanswered-'));
const out = join(work, 'dist');
let server: StaticServer;

beforeAll(async () => {
  const root = join(work, 'site');
  copySite(join(repoDir, 'test/fixtures/quiet-site'), root);
  // The quiet site answers its theme with A-2026-010; without it the theme's feedback has no answer.
  for (const file of ['data/actions.csv', 'data/action-updates.csv']) {
    const text = readFileSync(join(root, file), 'utf8');
    writeFileSync(join(root, file), `${text.split('\r\n')[0]}\r\n`);
  }
  const site = join(root, 'content/site.yaml');
  writeFileSync(site, `${readFileSync(site, 'utf8')}feedbackPage: palautteen-kasittely\n`);
  for (const [lang, title] of [
    ['fi', 'Palautteen käsittely'],
    ['sv', 'Hur respons behandlas'],
  ] as const) {
    const dir = join(root, `content/pages/${lang}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'palautteen-kasittely.mdx'), `---\ntitle: ${title}\n---\n${title}.\n`);
  }
  const build = await runBuild(root, out);
  if (build.code !== 0) throw new Error(build.output);
  server = await serveStatic(out);
}, 300_000);

afterAll(async () => {
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

const weDid = (html: string) => html.slice(html.indexOf('id="we-did"'), html.indexOf('id="you-said"'));

describe('a theme with feedback and no answer in 12 months', () => {
  for (const lang of ['fi', 'sv'] as const) {
    it(`says so in plain words and links to how feedback is handled (${lang})`, () => {
      const html = readFileSync(join(out, `${lang}/themes/uimahalli/index.html`), 'utf8');
      const section = weDid(html);
      expect(section).toContain(SAID[lang]);
      expect(section).toContain(`<a href="/${lang}/pages/palautteen-kasittely/">${LINK[lang]}</a>`);
      // Instead of, not as well as, the bare "no actions yet".
      expect(section).not.toContain(lang === 'fi' ? 'ei ole vielä kirjattu toimenpiteitä' : 'Inga åtgärder har ännu');
    });
  }

  it('passes axe in Chromium', async () => {
    const browser = await connectBrowser();
    const { context, page } = await openPage(browser, `${server.url}/fi/themes/uimahalli/`);
    try {
      expect(describeViolations('/fi/themes/uimahalli/', await axeViolations(page))).toBe('');
    } finally {
      await context.close();
    }
  });

  it('stays silent on a theme whose feedback has an action under way', () => {
    const section = weDid(smallSite().html('/fi/themes/kirjastot/'));
    expect(section).toContain('id="we-did"');
    expect(section).not.toContain('emme ole vielä päättäneet');
  });
});

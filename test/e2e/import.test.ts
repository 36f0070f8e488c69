/**
 * Issue 11's "done": every source's fixture imported into a copy of the example city by the
 * real command, the result validated and built by the real build, and the built pages showing
 * the counts the exports hold. Then the service promise on the example city's own pages,
 * checked against what the domain function computes from the city's data.
 */
import { cpSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { formatQuarter } from '../../src/domain/i18n-format.ts';
import { PROMISE_MIN_N, promiseByQuarter } from '../../src/domain/promise.ts';
import { AS_OF_EPOCH, copySite, repoDir, runBuild } from './support/build-site.ts';
import { runScript } from '../support/child.ts';
import { cityProject, citySite } from './support/site.ts';

const FIXTURES = join(repoDir, 'test/fixtures/import');
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;|\s+/g, ' ')
    .replace(/\u00a0|\u202f/g, ' ');

/** `npm run import -- …args --root root`: node on the script, as npm runs it. */
function runImport(root: string, args: readonly string[]): Promise<{ code: number | null; output: string }> {
  return runScript('import', [...args, '--root', root], {
    ...process.env,
    SOURCE_DATE_EPOCH: AS_OF_EPOCH,
    GITHUB_ACTIONS: '',
  });
}

const IMPORTS: readonly (readonly string[])[] = [
  ['open311', join(FIXTURES, 'open311-requests.json'), join(FIXTURES, 'open311-helsinki.csv')],
  ['forms', join(FIXTURES, 'forms-kouluruokakysely.xlsx'), '--survey', 'kouluruokakysely'],
  ['google-forms', join(FIXTURES, 'google-forms-kouluruokakysely.csv'), '--survey', 'kouluruokakysely'],
  ['limesurvey', join(FIXTURES, 'limesurvey-asukastyytyvaisyys.csv'), '--survey', 'asukastyytyvaisyys'],
  ['webropol', join(FIXTURES, 'webropol-asukastyytyvaisyys.xlsx'), '--survey', 'asukastyytyvaisyys'],
  ['decidim', join(FIXTURES, 'decidim-results.csv')],
];

describe('every source imported into the example city, built', () => {
  const root = join(inject('e2eTmp'), 'imported-city');
  const out = join(inject('e2eTmp'), 'imported-city-dist');
  let build: { code: number | null; output: string };
  const outputs: string[] = [];
  const page = (path: string) => text(readFileSync(join(out, path, 'index.html'), 'utf8'));

  beforeAll(async () => {
    copySite(repoDir, root);
    mkdirSync(join(root, 'data/mappings'), { recursive: true });
    cpSync(join(FIXTURES, 'mappings'), join(root, 'data/mappings'), { recursive: true });
    for (const args of IMPORTS) {
      const run = await runImport(root, args);
      outputs.push(`${args[0]}: exit ${run.code}\n${run.output}`);
    }
    build = await runBuild(root, out);
  }, 600_000);

  it('imports each source and validates the result clean', () => {
    for (const o of outputs) {
      expect(o, o).toMatch(/^[\w-]+: exit 0\n/);
      expect(o, o).toMatch(/: ei ongelmia\.\n/);
    }
  });

  it('builds', () => {
    expect(build.code, build.output).toBe(0);
  });

  it('shows the imported feedback in this year’s count: the requests of both exports, each duplicate once', () => {
    const base = text(citySite().html('/fi/'));
    const heard = (t: string) => Number(/(\d[\d ]*) palautetta/.exec(t)![1]!.replace(/ /g, ''));
    // 7 requests in the JSON (one of them twice) and 4 rows in the CSV (one twice): 9 different requests.
    expect(heard(page('fi')) - heard(base)).toBe(9);
    const published = readFileSync(join(out, 'open-data/feedback.csv'), 'utf8');
    for (const id of ['8f3kq2ma1hzxr0bd4c7e', 'd4e5f6a7b8c9d0e1f2a3', 'm5q0s7u2w9y4a1c6e3g8'])
      expect(published.split(id).length - 1, id).toBe(1);
    expect(published).not.toContain('Uimarannalla');
  });

  it('shows each survey round with as many answers as the export has respondents', () => {
    const kouluruoka = page('fi/surveys/kouluruokakysely');
    // Microsoft Forms: 8 respondents, all answered "maku"; Google Forms: 6. A table row reads
    // round, n, the five shares, the mean, and how many left the question unanswered.
    const row = (round: string, n: number) =>
      new RegExp(` ${round.replaceAll('.', '\\.')} ${n} (\\d+ % ){5}[\\d,]+ 0 `);
    expect(kouluruoka).toMatch(row('19.11.2026', 8));
    expect(kouluruoka).toMatch(row('21.11.2026', 6));
    const asukas = page('fi/surveys/asukastyytyvaisyys');
    // LimeSurvey: 4 finished responses (one unfinished left out); Webropol: 5 respondents.
    expect(asukas).toMatch(row('5.11.2026', 4));
    expect(asukas).toMatch(row('10.11.2026', 5));
  });

  it('shows the Decidim results as actions, with the status Decidim gave them', () => {
    expect(page('fi/actions/decidim-1201')).toContain('Uusi leikkipaikka Kuusikkoon');
    expect(page('fi/actions/decidim-1202')).toContain('Valaistu kuntoportaikko');
    expect(page('sv/actions/decidim-1202')).toContain('Belyst motionstrappa');
    expect(readFileSync(join(out, 'open-data/actions.csv'), 'utf8')).toContain(';decidim:1203');
  });
});

describe('the service promise on the example city’s pages', () => {
  it('shows on the theme page the theme’s own promise and, per quarter, the share, the median and n the data give', async () => {
    const project = await cityProject();
    const html = citySite().html('/fi/themes/lumityot/');
    const section = html.slice(html.indexOf('id="promise"'));
    expect(text(section)).toContain(
      'Talvella vastaamme lumitöitä ja liukkautta koskevaan palautteeseen viikon kuluessa',
    );
    const feedback = project.feedback.filter((f) => f.theme === 'lumityot');
    const quarters = promiseByQuarter(feedback, 7, project.asOf);
    expect(quarters.some((q) => q.share === undefined)).toBe(true);
    for (const q of quarters) {
      const row = text(
        section.slice(
          section.indexOf(`data-quarter="${q.quarter}"`),
          section.indexOf('</tr>', section.indexOf(`data-quarter="${q.quarter}"`)),
        ),
      );
      expect(row).toContain(formatQuarter(q.quarter, 'fi', { to: project.asOf }));
      expect(row, row).toContain(`${formatQuarter(q.quarter, 'fi', { to: project.asOf })} ${q.n} `);
      if (q.share === undefined) expect(row).toContain('Liian vähän palautteita');
      else expect(row).toContain(`${Math.round(q.share * 100)} %`);
    }
    expect(text(section)).toContain(`alle ${PROMISE_MIN_N}`);
  });

  it('shows on the home page the site’s promise, in Swedish on the Swedish page', () => {
    expect(text(citySite().html('/sv/'))).toContain(
      'Vi svarar på varje respons där ett svar efterfrågas inom två veckor.',
    );
    expect(text(citySite().html('/en/'))).toMatch(
      // Each heading is followed by its short form for phones (shown instead of it below 30rem).
      /How the promise was kept, by quarter Quarter Feedback \(n\) n Answered within the promise On time Median time to answer Median Q1 2026 \d+ \d+%/,
    );
  });
});

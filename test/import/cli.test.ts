/**
 * `npm run import` as an author runs it, on a copy of the example city's content (its feedback
 * left out, so each run stays quick), with the mapping files an author writes after the first
 * import. What it prints, what it writes, and that nothing is written when the export is wrong.
 *
 * The first run is a real child process (exit code and output of node on scripts/import.ts; the
 * e2e import test runs every source so too); the others call runImport, the function the script
 * calls, in this process with the same arguments, environment and folder.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runImport } from '../../src/import/run.ts';
import { ACTION_HEADERS } from '../../src/schemas/action.ts';
import { headerIn } from '../../src/schemas/columns.ts';
import { runScript } from '../support/child.ts';
import { REPO } from '../support/site-copies.ts';

const FIXTURES = path.join(REPO, 'test/fixtures/import');
const roots: string[] = [];

afterAll(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** The example city without its 4,000 feedback rows, and with the given filled-in mapping files. */
function city(mappings: readonly string[] = []): string {
  const root = mkdtempSync(path.join(tmpdir(), 'kuultu-import-'));
  roots.push(root);
  for (const d of ['content', 'public']) cpSync(path.join(REPO, d), path.join(root, d), { recursive: true });
  mkdirSync(path.join(root, 'data/mappings'), { recursive: true });
  for (const f of ['actions.csv', 'action-updates.csv']) cpSync(path.join(REPO, 'data', f), path.join(root, 'data', f));
  for (const d of ['surveys', 'votes'])
    cpSync(path.join(REPO, 'data', d), path.join(root, 'data', d), { recursive: true });
  for (const m of mappings) cpSync(path.join(FIXTURES, 'mappings', m), path.join(root, 'data/mappings', m));
  return root;
}

const ENV = { ...process.env, SOURCE_DATE_EPOCH: '1795392000', GITHUB_ACTIONS: '' };

/** `npm run import -- …args --root root` in this process. */
async function importIn(root: string, args: readonly string[]): Promise<{ code: number | null; output: string }> {
  let output = '';
  const code = await runImport([...args, '--root', root], (text) => (output += `${text}\n`), ENV, REPO);
  return { code, output };
}

/** `npm run import -- …args --root root` as a child process: node on the script, as npm runs it. */
async function importProcess(root: string, args: readonly string[]): Promise<{ code: number | null; output: string }> {
  return runScript('import', [...args, '--root', root], ENV);
}

const fixture = (name: string) => path.join('test/fixtures/import', name);
const file = (root: string, p: string) => readFileSync(path.join(root, p), 'utf8');

describe('npm run import: the first time', () => {
  it('writes the mapping file with what it matched, says which lines to fill in, and imports nothing yet', async () => {
    const root = city();
    const run = await importProcess(root, ['open311', fixture('open311-requests.json')]);
    expect(run.code).toBe(1);
    expect(run.output).toContain(
      'test/fixtures/import/open311-requests.json:32  vastaavuustiedostossa ei ole koodia tai luokkaa "2809" (Talvikunnossapito: 2), eikä kuultu arvaa.',
    );
    expect(run.output).toContain(
      'korjaus: täydennä tiedostossa data/mappings/open311.yaml kohdan teemat: rivi  "2809": <teeman tunnus>',
    );
    expect(run.output).toContain('data/mappings/open311.yaml  kohta laji on täyttämättä.');
    expect(run.output).toContain(
      'kuultu: luettiin test/fixtures/import/open311-requests.json: 7 palautetta, 1 kaksoiskappaletta jätettiin pois',
    );
    expect(run.output).toContain('kuultu: mitään ei tuotu');
    expect(run.output).not.toMatch(/\n\s+at /);
    const mapping = file(root, 'data/mappings/open311.yaml');
    expect(mapping).toContain(
      'teemat:\n  "2806": kadut-ja-pyoratiet  # Kadut ja pyörätiet: 2\n  "2807": puistot  # Parks and playgrounds: 1\n  "2809":  # Talvikunnossapito: 2\n',
    );
    expect(existsSync(path.join(root, 'data/feedback/open311.csv'))).toBe(false);
  });

  it('speaks Swedish with --lang sv, the mapping file included', async () => {
    const root = city();
    const run = await importIn(root, ['decidim', fixture('decidim-results.csv'), '--lang', 'sv']);
    expect(run.code).toBe(1);
    expect(run.output).toContain(
      'motsvarighetsfilen har inte koden eller kategorin "32" (Liikunta ja ulkoilu), och kuultu gissar inte.',
    );
    expect(file(root, 'data/mappings/decidim.yaml')).toContain('teman:\n  "31": puistot  # Puistot ja leikkipaikat\n');
  });
});

describe('npm run import: a header nobody has placed', () => {
  it('lists the survey’s questions to choose from, in the message and the file, and says whether to fill in or add the line', async () => {
    const root = city();
    const args = ['webropol', fixture('webropol-asukastyytyvaisyys.xlsx'), '--survey', 'asukastyytyvaisyys'];
    const target = 'data/mappings/webropol-asukastyytyvaisyys.yaml';
    const header = 'Min gata plogas tillräckligt snabbt efter snöfall.';
    const first = await importIn(root, [...args, '--lang', 'sv']);
    expect(first.code).toBe(1);
    // The Swedish texts of the survey's questions, as the Swedish author reads them in Webropol.
    expect(first.output).toContain(
      'godtas: en av auraus ("Min bostadsgata plogas tillräckligt snabbt efter…"), liukkaus (',
    );
    expect(first.output).toContain('; eller hoppa över');
    expect(first.output).toContain(
      `åtgärd: fyll i raden  ${header}: <frågans id eller hoppa över>  under frågor: i ${target}`,
    );
    expect(file(root, target)).toContain(
      '# Enkätens frågor:\n#   auraus: Min bostadsgata plogas tillräckligt snabbt efter snöfall.\n#   liukkaus: ',
    );
    // Run again without filling it in: the line is still there to fill in.
    const again = await importIn(root, args);
    expect(again.output).toContain(`korjaus: täydennä tiedostossa ${target} kohdan kysymykset: rivi  ${header}:`);
    expect(again.output).toContain(
      'kelpaa: jokin näistä: auraus ("Asuinkatuni aurataan riittävän nopeasti lumisatee…")',
    );
    // The line deleted: it is to be added.
    writeFileSync(path.join(root, target), file(root, target).replace(`  ${header}:  # C\n`, ''));
    const deleted = await importIn(root, args);
    expect(deleted.code).toBe(1);
    expect(deleted.output).toContain(`korjaus: lisää tiedostoon ${target} kohdan kysymykset: alle rivi  ${header}:`);
    expect(existsSync(path.join(root, 'data/surveys/asukastyytyvaisyys.csv'))).toBe(true);
    expect(file(root, 'data/surveys/asukastyytyvaisyys.csv')).toBe(
      readFileSync(path.join(REPO, 'data/surveys/asukastyytyvaisyys.csv'), 'utf8'),
    );
  });
});

describe('npm run import: with the mapping filled in', () => {
  it('open311: writes data/feedback/open311.csv with publish no, validates it, and the same export again changes nothing', async () => {
    const root = city(['open311.yaml']);
    const args = ['open311', fixture('open311-requests.json'), fixture('open311-helsinki.csv')];
    const run = await importIn(root, args);
    expect(run.output).toContain(
      'kuultu: kirjoitettiin data/feedback/open311.csv: 9 uutta, 0 päivitetty, 0 ennallaan.',
    );
    expect(run.output).toContain('kuultu: 2 kuvauksesta poistettiin henkilötietoja (puhelinnumero, sähköpostiosoite)');
    expect(run.output).toMatch(/ 9 palauteriviä, .*: ei ongelmia\./);
    expect(run.code).toBe(0);
    const written = file(root, 'data/feedback/open311.csv');
    expect(written.split('\r\n').filter((l) => l.endsWith(';no'))).toHaveLength(9);
    const again = await importIn(root, args);
    expect(again.code).toBe(0);
    expect(again.output).toContain('kuultu: data/feedback/open311.csv on jo ajan tasalla: mitään ei muutettu.');
    expect(file(root, 'data/feedback/open311.csv')).toBe(written);
    const newer = await importIn(root, ['open311', fixture('open311-requests-newer.json'), '--lang', 'en']);
    expect(newer.output).toContain('kuultu: wrote data/feedback/open311.csv: 1 new, 1 updated, 0 unchanged.');
    expect(file(root, 'data/feedback/open311.csv')).toContain(
      'c7d2e9f0a1b3c4d5e6f7;3.11.2026;lumityot;web;criticism;Talvikunnossapito;',
    );
    expect(file(root, 'data/feedback/open311.csv')).toMatch(/c7d2e9f0a1b3c4d5e6f7;.*;6\.11\.2026;no\r\n/);
  });

  it("open311: heads a new file in the language of the site's headers, and a column it adds in the file's", async () => {
    const root = city(['open311.yaml']);
    // A Finnish team's actions.csv: every heading as its Finnish template names it.
    const actions = file(root, 'data/actions.csv');
    const [header, ...rest] = actions.replace(/^\uFEFF/, '').split('\r\n');
    const finnish = header!.split(';').map((c) => headerIn(c, ACTION_HEADERS, 'fi'));
    writeFileSync(path.join(root, 'data/actions.csv'), `\uFEFF${[finnish.join(';'), ...rest].join('\r\n')}`);
    const run = await importIn(root, ['open311', fixture('open311-requests.json')]);
    expect(run.code, run.output).toBe(0);
    expect(file(root, 'data/feedback/open311.csv').split('\r\n')[0]).toBe(
      '\uFEFFtunnus;päivä;teema;kanava;tyyppi;palvelu;teksti;vastattu;julkaistaan',
    );
    // An English-headed file of its own gets the column it lacks in English, a Swedish one in Swedish.
    for (const [own, added] of [
      ['id;date;theme;channel;type;service;text;publish', 'answered'],
      ['Id;Datum;Tema;Kanal;Typ;Tjänst;Text;Publiceras', 'besvarad'],
    ] as const) {
      writeFileSync(path.join(root, 'data/feedback/open311.csv'), `\uFEFF${own}\r\n`);
      const again = await importIn(root, ['open311', fixture('open311-requests.json')]);
      expect(again.code, again.output).toBe(0);
      expect(file(root, 'data/feedback/open311.csv').split('\r\n')[0]).toBe(`\uFEFF${own};${added}`);
    }
  });

  it.each([
    ['forms', 'forms-kouluruokakysely.xlsx', 'kouluruokakysely', '2026-11-19', 8, '19.11.2026'],
    ['google-forms', 'google-forms-kouluruokakysely.csv', 'kouluruokakysely', '2026-11-21', 6, '21.11.2026'],
    ['limesurvey', 'limesurvey-asukastyytyvaisyys.csv', 'asukastyytyvaisyys', '2026-11-05', 4, '5.11.2026'],
    ['webropol', 'webropol-asukastyytyvaisyys.xlsx', 'asukastyytyvaisyys', '2026-11-10', 5, '10.11.2026'],
  ])(
    '%s: adds one round to data/surveys/<id>.csv and validates it',
    async (source, name, survey, round, respondents, written) => {
      const root = city([`${source}-${survey}.yaml`]);
      const before = file(root, `data/surveys/${survey}.csv`);
      const run = await importIn(root, [source, fixture(name), '--survey', survey]);
      expect(run.output).toContain(`kuultu: luettiin ${fixture(name)}: ${respondents} vastaajaa`);
      expect(run.output).toContain(`kuultu: kirjoitettiin data/surveys/${survey}.csv: kierros ${round}`);
      expect(run.output).toMatch(/: ei ongelmia\./);
      expect(run.code).toBe(0);
      const after = file(root, `data/surveys/${survey}.csv`);
      expect(after.startsWith(before)).toBe(true);
      // The example's files are as Finnish Excel saves them (; CRLF, d.m.yyyy), and the import keeps that.
      const added = after.slice(before.length).trim().split('\r\n');
      expect(added.every((l) => l.startsWith(`${written};`))).toBe(true);
      // Each question's counts add up to the respondents who finished.
      for (const line of added) {
        const n = line.split(';').slice(2).map(Number);
        expect(n.reduce((a, b) => a + b, 0)).toBe(respondents);
      }
    },
  );

  it('decidim: adds the results to data/actions.csv with their reference, then updates the same rows', async () => {
    const root = city(['decidim.yaml']);
    const run = await importIn(root, ['decidim', fixture('decidim-results.csv')]);
    expect(run.output).toContain('kuultu: kirjoitettiin data/actions.csv: 3 uutta, 0 päivitetty, 0 ennallaan.');
    expect(run.code).toBe(0);
    const actions = file(root, 'data/actions.csv');
    expect(actions).toMatch(
      /\r\ndecidim-1202;Valaistu kuntoportaikko;Belyst motionstrappa;A lit exercise staircase;.*;liikuntapaikat;in-progress;15\.5\.2025;31\.5\.2027;;41;Kuusijärven kaupunki;own;;;;;decidim:1202;;;;\r\n/,
    );
    const again = await importIn(root, ['decidim', fixture('decidim-results.csv')]);
    expect(again.output).toContain('kuultu: data/actions.csv on jo ajan tasalla: mitään ei muutettu.');
    expect(file(root, 'data/actions.csv')).toBe(actions);
  });
});

describe('npm run import: a wrong file writes nothing', () => {
  it('refuses a CSV given as a Microsoft Forms export', async () => {
    const root = city(['forms-kouluruokakysely.yaml']);
    const before = file(root, 'data/surveys/kouluruokakysely.csv');
    const run = await importIn(root, [
      'forms',
      fixture('google-forms-kouluruokakysely.csv'),
      '--survey',
      'kouluruokakysely',
    ]);
    expect(run.code).toBe(1);
    expect(run.output).toContain(
      'test/fixtures/import/google-forms-kouluruokakysely.csv  Microsoft Forms vie vastaukset Excel-työkirjana (.xlsx), ja tämä tiedosto ei ole sellainen.',
    );
    expect(run.output).toContain('kuultu: mitään ei tuotu');
    expect(file(root, 'data/surveys/kouluruokakysely.csv')).toBe(before);
  });

  it('writes no mapping file from a wrong export the first time, and asks for none of its lines', async () => {
    const root = city();
    const notDecidim = path.join(root, 'tulokset.csv');
    writeFileSync(notDecidim, 'Nimi;Tila\nLeikkipaikka;Valmis\n');
    const run = await importIn(root, ['decidim', notDecidim]);
    expect(run.code).toBe(1);
    expect(run.output).toContain(`${notDecidim}:1  tämä ei ole Decidimin seurantavienti`);
    expect(run.output).toContain(
      'kuultu: vastaavuustiedosto data/mappings/decidim.yaml kirjoitetaan, kun vienti on luettu virheittä.',
    );
    expect(run.output).toContain(`kuultu: luettiin ${notDecidim}: 0 tulosta.`);
    // Its settings are asked for once there is a file to write them in.
    expect(run.output).not.toContain('vaikutusmahdollisuus');
    expect(existsSync(path.join(root, 'data/mappings/decidim.yaml'))).toBe(false);
    expect(file(root, 'data/actions.csv')).toBe(readFileSync(path.join(REPO, 'data/actions.csv'), 'utf8'));
  });

  it('refuses a 7 on a 1–5 scale, with the file, row and column', async () => {
    const root = city(['google-forms-kouluruokakysely.yaml']);
    const bad = path.join(root, 'bad.csv');
    writeFileSync(
      bad,
      readFileSync(path.join(FIXTURES, 'google-forms-kouluruokakysely.csv'), 'utf8').replace(
        ',5,4,1,4,3,8',
        ',5,4,7,4,3,8',
      ),
    );
    const before = file(root, 'data/surveys/kouluruokakysely.csv');
    const run = await importIn(root, ['google-forms', bad, '--survey', 'kouluruokakysely', '--lang', 'en']);
    expect(run.code).toBe(1);
    expect(run.output).toMatch(
      new RegExp(
        `${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:3:5 \\(row 3, column E\\) {2}.*"7" \\(question kasvisruoka\\) is not on the 1–5 scale\\.`,
      ),
    );
    expect(run.output).toContain('kuultu: nothing was imported: fix the points above and run the import again.');
    expect(file(root, 'data/surveys/kouluruokakysely.csv')).toBe(before);
  });

  it('refuses a survey that does not exist, and an unknown source', async () => {
    const root = city();
    const noSurvey = await importIn(root, [
      'webropol',
      fixture('webropol-asukastyytyvaisyys.xlsx'),
      '--survey',
      'kirjastokysely',
      '--lang',
      'en',
    ]);
    expect(noSurvey.code).toBe(1);
    expect(noSurvey.output).toContain('there is no survey "kirjastokysely".');
    const noSource = await importIn(root, ['typeform', 'x.csv']);
    expect(noSource.code).toBe(1);
    expect(noSource.output).toBe(
      'kuultu: lähdettä "typeform" ei ole: käytä jotakin näistä: open311, forms, google-forms, limesurvey, webropol, decidim\n',
    );
  });
});

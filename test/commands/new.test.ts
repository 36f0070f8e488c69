/**
 * `npm run new` on a copy of the small site (fi, sv, en): every kind's files validate clean as
 * written, a translation carries exactly the keys its schema allows, nothing is overwritten.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { BodySchema, BodyTranslationSchema } from '../../src/schemas/body.ts';
import { MeetingSchema, MeetingTranslationSchema } from '../../src/schemas/meeting.ts';
import { PageSchema, PageTranslationSchema } from '../../src/schemas/page.ts';
import { SurveySchema, SurveyTranslationSchema } from '../../src/schemas/survey.ts';
import { ThemeSchema, ThemeTranslationSchema } from '../../src/schemas/theme.ts';
import { VoteSchema, VoteTranslationSchema } from '../../src/schemas/vote.ts';
import { ACTION_HEADERS } from '../../src/schemas/action.ts';
import { headerIn } from '../../src/schemas/columns.ts';
import { copyOf, read, run, runProcess, saveAsFinnishExcel, validate, write } from './support.ts';

function keysIn(root: string, file: string): string[] {
  const text = readFileSync(path.join(root, file), 'utf8');
  return Object.keys(parse(text.split('---\n')[1]!) as object);
}

const CONTENT_KINDS = [
  {
    args: ['theme', 'uimahallit'],
    folder: 'themes',
    slug: 'uimahallit',
    schemas: [ThemeSchema, ThemeTranslationSchema],
  },
  {
    args: ['body', 'vammaisneuvosto'],
    folder: 'bodies',
    slug: 'vammaisneuvosto',
    schemas: [BodySchema, BodyTranslationSchema],
  },
  {
    args: ['meeting', 'nuorisovaltuusto', '14.4.2027'],
    folder: 'meetings',
    slug: '2027-04-nuorisovaltuusto',
    schemas: [MeetingSchema, MeetingTranslationSchema],
  },
  {
    args: ['survey', 'liikuntakysely'],
    folder: 'surveys',
    slug: 'liikuntakysely',
    schemas: [SurveySchema, SurveyTranslationSchema],
  },
  {
    args: ['vote', 'teemapaiva-2027', '1.2.2027', '15.2.2027', 'Pelipäivä', 'Runopäivä'],
    folder: 'votes',
    slug: 'teemapaiva-2027',
    schemas: [VoteSchema, VoteTranslationSchema],
  },
  {
    args: ['page', 'palautteen-kasittely'],
    folder: 'pages',
    slug: 'palautteen-kasittely',
    schemas: [PageSchema, PageTranslationSchema],
  },
] as const;

describe('npm run new', () => {
  for (const kind of CONTENT_KINDS) {
    it(`${kind.args[0]}: a file per language with the schema's keys, valid as written, never overwritten`, async () => {
      const root = copyOf();
      const result = await run('new', [...kind.args, '--root', root]);
      expect(result.status).toBe(0);
      const files = ['fi', 'sv', 'en'].map((l) => `content/${kind.folder}/${l}/${kind.slug}.mdx`);
      for (const file of files) expect(result.stdout).toContain(`  luotu: ${file}`);
      expect(result.stdout).toContain(`Muokkaa seuraavaksi: ${files[0]}`);
      const [main, translation] = kind.schemas;
      expect(keysIn(root, files[0]!)).toEqual(Object.keys(main.shape));
      for (const file of files.slice(1)) expect(keysIn(root, file)).toEqual(Object.keys(translation.shape));
      expect((await validate(root)).all).toContain(': no problems.');

      const again = await run('new', [...kind.args, '--root', root]);
      if (kind.folder === 'meetings') {
        // A second meeting of the body in the same month gets its own name instead.
        expect(again.stdout).toContain('content/meetings/fi/2027-04-nuorisovaltuusto-2.mdx');
      } else {
        expect(again.status).toBe(1);
        expect(again.stdout).toContain(`kuultu: ${files[0]} on jo olemassa, eikä sitä kirjoiteta yli.`);
      }
    });
  }

  it('meeting: takes the place and times of the body’s latest meeting, and writes the date as given', async () => {
    const root = copyOf();
    await run('new', ['meeting', 'nuorisovaltuusto', '14.4.2027', '--root', root]);
    const text = read(root, 'content/meetings/fi/2027-04-nuorisovaltuusto.mdx');
    expect(text).toContain(
      'body: nuorisovaltuusto\ndate: 14.4.2027\nstart: "17:00"\nend:\nplace: Kunnantalo\nstatus: planned\n',
    );
  });

  it('action: the next id of the year, a planned row in actions.csv and its first timeline row', async () => {
    const root = copyOf();
    const before = read(root, 'data/actions.csv');
    // The one real process of this file: node on scripts/new.ts, as npm runs it.
    const result = await runProcess('new', ['action', 'puistot', 'Lisää roska-astioita', '--root', root]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('  1 rivi lisätty: data/actions.csv\n  1 rivi lisätty: data/action-updates.csv');
    expect(read(root, 'data/actions.csv')).toBe(
      `${before}A-2026-003,Lisää roska-astioita,,,,,,puistot,planned,23.11.2026,,,,Vastuuyksikkö,own,,,,,,,,\n`,
    );
    expect(read(root, 'data/action-updates.csv')).toMatch(
      /\nA-2026-003,23\.11\.2026,planned,0,Toimenpide avattiin\.,,\n$/,
    );
    expect((await validate(root)).all).toContain(': no problems.');
  });

  it('survey round: one row per question with the counts given; without them, says what to give', async () => {
    const root = copyOf();
    const missing = await run('new', ['survey', 'round', 'kirjastokysely', '30.11.2026', '--root', root]);
    expect(missing.status).toBe(1);
    expect(missing.stdout).toContain(
      'anna jokaiselle kysymykselle (aukiolo, kokoelmat) viisi lukua n1–n5 pilkuin erotettuina, esim. npm run new -- survey-round kirjastokysely 30.11.2026 10,20,40,25,5 10,20,40,25,5',
    );
    const result = await run('new', [
      'survey-round',
      'kirjastokysely',
      '30.11.2026',
      '1,2,3,4,5',
      '5,4,3,2,1',
      '--root',
      root,
    ]);
    expect(result.status).toBe(0);
    expect(read(root, 'data/surveys/kirjastokysely.csv')).toMatch(
      /\n30\.11\.2026,aukiolo,1,2,3,4,5,\n30\.11\.2026,kokoelmat,5,4,3,2,1,\n$/,
    );
    expect((await validate(root)).all).toContain(': no problems.');
  });

  it('survey and vote: the results file is created the way Finnish Excel saves it', async () => {
    const root = copyOf();
    // A site whose actions.csv is ;-separated with a BOM and CRLF gets its new CSV files the same way.
    saveAsFinnishExcel(root, 'data/actions.csv');
    await run('new', ['survey', 'liikuntakysely', '--root', root]);
    const bytes = readFileSync(path.join(root, 'data/surveys/liikuntakysely.csv'));
    expect(bytes.toString('utf8')).toBe('\uFEFFround;question;n1;n2;n3;n4;n5;no_answer\r\n');
    await run('new', ['vote', 'uusi-aanestys', '--root', root, '--lang', 'en']);
    expect(read(root, 'data/votes/uusi-aanestys.csv')).toBe(
      '\uFEFFoption_fi;option_sv;option_en;votes\r\nVaihtoehto 1;Alternativ 1;Option 1;0\r\nVaihtoehto 2;Alternativ 2;Option 2;0\r\n',
    );
    expect((await validate(root)).all).toContain(': no problems.');
  });

  for (const [lang, header] of [
    ['fi', 'kierros;kysymys;n1;n2;n3;n4;n5;ei_vastausta'],
    ['sv', 'omgång;fråga;n1;n2;n3;n4;n5;inget_svar'],
  ] as const)
    it(`survey: a site whose actions.csv is headed in ${lang} gets its new results file headed the same way`, async () => {
      const root = copyOf();
      saveAsFinnishExcel(root, 'data/actions.csv');
      const [first, ...rest] = read(root, 'data/actions.csv').split('\r\n');
      const headed = first!
        .replace(/^\uFEFF/, '')
        .split(';')
        .map((c) => headerIn(c, ACTION_HEADERS, lang));
      write(root, 'data/actions.csv', [`\uFEFF${headed.join(';')}`, ...rest].join('\r\n'));
      await run('new', ['survey', 'liikuntakysely', '--root', root]);
      expect(read(root, 'data/surveys/liikuntakysely.csv')).toBe(`\uFEFF${header}\r\n`);
      expect((await validate(root)).all).toContain(': no problems.');
    });

  it('refuses what it cannot start, in the author’s language', async () => {
    const root = copyOf();
    const body = await run('new', ['meeting', 'lasten-parlamentti', '14.4.2027', '--root', root]);
    expect(body.stdout).toContain(
      'kuultu: toimielintä "lasten-parlamentti" ei ole (content/bodies/fi/lasten-parlamentti.mdx puuttuu). Toimielimet: nuorisovaltuusto. Luo ensin: npm run new -- body lasten-parlamentti',
    );
    const theme = await run('new', ['action', 'uimahallit', '--root', root, '--lang', 'sv']);
    expect(theme.stdout).toContain('kuultu: temat "uimahallit" finns inte');
    const slug = await run('new', ['theme', 'Uimahallit ja kentät', '--root', root, '--lang', 'en']);
    expect(slug.stdout).toContain('the name "Uimahallit ja kentät" cannot be used in a web address');
    const usage = await run('new', ['poster', '--root', root]);
    expect(usage.stdout).toContain('käyttö: npm run new -- <laji> …');
    for (const r of [body, theme, slug, usage]) expect(r.status).toBe(1);
    expect(existsSync(path.join(root, 'content/meetings/fi/2027-04-lasten-parlamentti.mdx'))).toBe(false);
  });
});

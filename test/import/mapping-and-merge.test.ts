/**
 * The mapping file round-trips in each language, and merging is what makes an import safe to
 * repeat: the same export twice changes nothing, a newer one replaces what it covers.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatIn } from '../../src/core/problem.ts';
import { decidimActions, htmlToText } from '../../src/import/decidim.ts';
import { answerValue, parseMapping, renderMapping, SKIP, type MappingLine } from '../../src/import/mapping.ts';
import type { FeedbackOut } from '../../src/import/open311.ts';
import { Resolver } from '../../src/import/resolve.ts';
import { sheetFromCsv } from '../../src/import/sheet.ts';
import { mergeActions, mergeFeedback, mergeSurvey, readTable, renderTable } from '../../src/import/tables.ts';
import { ACTION_HEADER_ALIASES } from '../../src/schemas/action.ts';
import { FEEDBACK_HEADER_ALIASES } from '../../src/schemas/feedback.ts';
import { SURVEY_RESULT_HEADER_ALIASES } from '../../src/schemas/survey-results.ts';

const FIXTURES = new URL('../fixtures/import/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, FIXTURES));
const bytes = (text: string) => new TextEncoder().encode(text);

describe('the mapping file', () => {
  const lines: MappingLine[] = [
    { section: 'themes', key: '171', value: 'kadut', note: 'Potholes: 12' },
    { section: 'themes', key: '211', note: 'Playgrounds: 3' },
    { section: 'questions', key: 'Mitä muuta? [vapaa]', value: SKIP },
    { section: 'answers', key: "Don't know", value: '\u0000none' },
  ];

  it.each(['fi', 'sv', 'en'] as const)(
    'reads back what the first import writes in %s, empty lines left for the author',
    (lang) => {
      const text = renderMapping(lang, 'open311', 'data/mappings/open311.yaml', lines, { type: 'criticism' });
      const { mapping, problems } = parseMapping('m.yaml', text);
      expect(problems).toEqual([]);
      expect(mapping.settings).toEqual({ type: 'criticism' });
      expect([...mapping.sections.themes]).toEqual([['171', 'kadut']]);
      expect([...mapping.sections.questions]).toEqual([['mitä muuta? [vapaa]', SKIP]]);
      expect(answerValue(mapping.sections.answers.get("don't know")!)).toBeNull();
    },
  );

  it('is written in the author’s language', () => {
    const text = renderMapping('sv', 'open311', 'data/mappings/open311.yaml', lines, { type: '' });
    expect(text).toContain('teman:\n  "171": kadut  # Potholes: 12\n  "211":  # Playgrounds: 3\n');
    expect(text).toContain('"Mitä muuta? [vapaa]": hoppa över');
    expect(text).toContain('"Don\'t know": inget svar');
  });

  it('says where a broken mapping file cannot be read', () => {
    const { problems } = parseMapping('data/mappings/open311.yaml', 'teemat:\n  "171": kadut\n   "211: puistot\n');
    expect(problems.map(formatIn('en'))[0]).toMatch(
      /^data\/mappings\/open311\.yaml:\d+ {2}this is not readable YAML: /,
    );
  });
});

const ROW: FeedbackOut = {
  id: 'r1',
  date: '2026-09-01',
  theme: 'kadut',
  channel: 'web',
  type: 'criticism',
  service: 'Kadut',
  text: 'Kuoppa.',
  answered: '',
  publish: 'no',
};

describe('merging feedback', () => {
  it('writes a new file as Finnish Excel saves it and changes nothing the second time', () => {
    const first = mergeFeedback(undefined, [ROW]);
    const text = renderTable(first.table);
    expect(text).toBe(
      '\uFEFFid;date;theme;channel;type;service;text;answered;publish\r\nr1;1.9.2026;kadut;web;criticism;Kadut;Kuoppa.;;no\r\n',
    );
    const again = mergeFeedback(readTable('f.csv', bytes(text), FEEDBACK_HEADER_ALIASES).table, [ROW]);
    expect(again).toMatchObject({ added: 0, replaced: 0, unchanged: 1 });
    expect(renderTable(again.table)).toBe(text);
  });

  it('lets a newer export replace the row it covers, keeping a person’s publish decision, checked text and the file’s own header and line ends', () => {
    const existing = readTable(
      'f.csv',
      bytes(
        'Tunnus;Päivämäärä;Teema;Kanava;Tyyppi;Palvelu;Teksti;Julkaistaan\nr1;1.9.2026;kadut;web;criticism;Kadut;Kuoppa Koulukadulla.;kyllä\nr0;1.8.2026;puistot;web;idea;;;\n',
      ),
      FEEDBACK_HEADER_ALIASES,
    ).table;
    const merged = mergeFeedback(existing, [{ ...ROW, answered: '2026-09-04', text: 'Kuoppa.' }]);
    expect(merged).toMatchObject({ added: 0, replaced: 1 });
    const text = renderTable(merged.table);
    expect(text).toBe(
      'Tunnus;Päivämäärä;Teema;Kanava;Tyyppi;Palvelu;Teksti;Julkaistaan;answered\nr0;1.8.2026;puistot;web;idea;;;;\nr1;1.9.2026;kadut;web;criticism;Kadut;Kuoppa Koulukadulla.;kyllä;4.9.2026\n',
    );
  });

  it('keeps the publish decision however the author wrote yes (x, TOSI), as the validator reads it', () => {
    for (const yes of ['x', 'TOSI', 'ja']) {
      const existing = readTable(
        'f.csv',
        bytes(
          `id;date;theme;channel;type;service;text;publish\nr1;1.9.2026;kadut;web;criticism;Kadut;Kuoppa Koulukadulla.;${yes}\n`,
        ),
        FEEDBACK_HEADER_ALIASES,
      ).table;
      const merged = mergeFeedback(existing, [ROW]);
      expect(merged.table.rows[0], yes).toMatchObject({ publish: yes, text: 'Kuoppa Koulukadulla.' });
    }
  });

  it('writes a text Excel would run as a formula with the apostrophe the reader drops', () => {
    expect(renderTable(mergeFeedback(undefined, [{ ...ROW, text: '=HYPERLINK("x")' }]).table)).toContain(
      ';"\'=HYPERLINK(""x"")";',
    );
  });
});

describe('merging a survey round', () => {
  const EXISTING =
    'round,question,n1,n2,n3,n4,n5,no_answer\n2026-05-31,maku,1,2,3,4,5,0\n2026-11-13,maku,5,4,3,2,1,0\n';
  const counts = [{ question: 'maku', n1: 0, n2: 1, n3: 0, n4: 2, n5: 3, no_answer: 1 }];

  it('adds the round, and the same export again changes nothing', () => {
    const table = readTable('s.csv', bytes(EXISTING), SURVEY_RESULT_HEADER_ALIASES).table;
    const once = mergeSurvey(table, '2026-11-20', { from: '2026-11-17', to: '2026-11-20' }, counts, ['maku']);
    const text = renderTable(once.table);
    expect(text).toBe(`${EXISTING}2026-11-20,maku,0,1,0,2,3,1\n`);
    const twice = mergeSurvey(
      readTable('s.csv', bytes(text), SURVEY_RESULT_HEADER_ALIASES).table,
      '2026-11-20',
      { from: '2026-11-17', to: '2026-11-20' },
      counts,
      ['maku'],
    );
    expect(twice.unchanged).toBe(true);
    expect(renderTable(twice.table)).toBe(text);
  });

  it('lets a later export of the same round replace the earlier one instead of counting its answers twice', () => {
    const table = readTable(
      's.csv',
      bytes(`${EXISTING}2026-11-18,maku,0,1,0,1,1,0\n`),
      SURVEY_RESULT_HEADER_ALIASES,
    ).table;
    const merged = mergeSurvey(table, '2026-11-20', { from: '2026-11-17', to: '2026-11-20' }, counts, ['maku']);
    expect(merged.replacedRounds).toEqual(['2026-11-18']);
    expect(renderTable(merged.table)).toBe(`${EXISTING}2026-11-20,maku,0,1,0,2,3,1\n`);
  });
});

describe('Decidim accountability results', () => {
  const themes = [
    { slug: 'puistot', titles: ['Puistot ja leikkipaikat'] },
    { slug: 'liikuntapaikat', titles: ['Liikuntapaikat'] },
  ];
  const sheet = () => sheetFromCsv('results.csv', read('decidim-results.csv')).sheet!;
  const convert = (mapping = parseMapping('m', read('mappings/decidim.yaml').toString()).mapping) =>
    decidimActions(sheet(), {
      languages: ['fi', 'sv', 'en'],
      themes,
      resolver: new Resolver(mapping),
      unit: 'Kuusijärven kaupunki',
      influence: 'own',
      timeZone: 'Europe/Helsinki',
    });

  it('turns HTML descriptions into paragraphs of plain text', () => {
    expect(htmlToText('<p>Yksi &amp; kaksi.</p><p>Kolme<br>neljä</p>')).toBe('Yksi & kaksi.\n\nKolme\nneljä');
  });

  it('maps statuses by their Finnish, Swedish or English names and keeps Decidim’s id as the reference', () => {
    const { actions, problems } = convert();
    expect(problems).toEqual([]);
    expect(actions.map((a) => [a.reference, a.values['status'], a.values['themes'], a.values['progress']])).toEqual([
      ['decidim:1201', 'done', 'puistot', '100'],
      ['decidim:1202', 'in-progress', 'liikuntapaikat', '41'],
      ['decidim:1203', 'planned', 'puistot', '10'],
    ]);
    expect(actions[0]!.values).toMatchObject({ opened: '2025-04-01', completed: '2026-06-30', due: '' });
    expect(actions[2]!.values['description_fi']).toBe(
      'Kuusikon puistoreiteille lisätään käsinojallisia penkkejä.\n\nYhteydenotot: [poistettu]',
    );
  });

  it('updates the action with the same reference on the next import, keeping what the author added', () => {
    const { actions } = convert();
    const first = renderTable(mergeActions(undefined, actions, ['fi', 'sv', 'en']).table);
    const edited = first
      .replace(';decidim:1202', ';decidim:1202')
      .replace('Valaistu kuntoportaikko,,', 'Valaistu kuntoportaikko,Belyst motionstrappa,');
    const table = readTable('data/actions.csv', bytes(edited), ACTION_HEADER_ALIASES).table;
    const again = mergeActions(table, actions, ['fi', 'sv', 'en']);
    expect(again).toMatchObject({ added: 0, replaced: 0, unchanged: 3 });
    expect(again.table.rows.map((r) => r['id'])).toEqual(['decidim-1201', 'decidim-1202', 'decidim-1203']);
  });

  it('names a bad row by its Excel row, column and id, as the validator does', () => {
    const text = read('decidim-results.csv').toString().replace('\n1203;', '\nx1203;');
    const bad = sheetFromCsv('results.csv', bytes(text)).sheet!;
    const { problems } = decidimActions(bad, {
      languages: ['fi', 'sv', 'en'],
      themes,
      resolver: new Resolver(parseMapping('m', read('mappings/decidim.yaml').toString()).mapping),
      unit: 'x',
      influence: 'own',
      timeZone: 'Europe/Helsinki',
    });
    expect(problems.map(formatIn('fi'))[0]).toMatch(
      /^results\.csv:\d+:1 \(rivi 4, sarake A, x1203\) {2}id "x1203" ei ole Decidimin tuloksen tunnus\./,
    );
  });

  it('says a file without id and title columns is not a Decidim export', () => {
    const bad = sheetFromCsv('x.csv', bytes('nimi;tila\nA;valmis\n')).sheet!;
    const { problems } = decidimActions(bad, {
      languages: ['fi'],
      themes,
      resolver: new Resolver(parseMapping('m', '').mapping),
      unit: 'x',
      influence: 'own',
      timeZone: 'Europe/Helsinki',
    });
    expect(problems.map((p) => p.message.fi)).toEqual([
      'tämä ei ole Decidimin seurantavienti: siinä ei ole sarakkeita id ja title/<kieli>.',
    ]);
  });
});

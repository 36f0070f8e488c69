/**
 * One row per respondent → n1…n5 and no answer per question, from labels in any of the three
 * languages or from numbers; a value off the scale or a header nobody placed is told, not counted.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatIn } from '../../src/core/problem.ts';
import { isDontKnow, knownLabelValue, LIKERT_LABELS } from '../../src/import/likert.ts';
import { emptyMapping, parseMapping } from '../../src/import/mapping.ts';
import { Resolver } from '../../src/import/resolve.ts';
import { sheetFromCsv, sheetFromXlsx, type Sheet } from '../../src/import/sheet.ts';
import { SOURCES } from '../../src/import/sources.ts';
import { countResponses, isPersonalHeader, questionByHeader, type SurveyQuestions } from '../../src/import/surveys.ts';

const FIXTURES = new URL('../fixtures/import/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, FIXTURES));
const mapping = (name: string) => parseMapping(name, read(`mappings/${name}`).toString()).mapping;

const KOULURUOKA: SurveyQuestions = {
  ids: ['maku', 'riittavyys', 'kasvisruoka', 'ruokailuaika', 'viihtyisyys'],
  texts: [
    { id: 'maku', text: 'Kouluruoka on maukasta.' },
    { id: 'riittavyys', text: 'Ruokaa on riittävästi koko ruokailuvuoron ajan.' },
    { id: 'kasvisruoka', text: 'Kasvisruoka on houkuttelevaa.' },
    { id: 'ruokailuaika', text: 'Ehdin syödä rauhassa.' },
    { id: 'viihtyisyys', text: 'Ruokala on viihtyisä paikka syödä.' },
  ],
  scales: [
    [
      'Täysin eri mieltä',
      'Jokseenkin eri mieltä',
      'Ei samaa eikä eri mieltä',
      'Jokseenkin samaa mieltä',
      'Täysin samaa mieltä',
    ],
  ],
};
/** The author's mistake the import warns about: "don't know" written as the middle of the scale. */
const DONT_KNOW_AT_3: SurveyQuestions = {
  ...KOULURUOKA,
  scales: [
    ['Täysin eri mieltä', 'Jokseenkin eri mieltä', 'En osaa sanoa', 'Jokseenkin samaa mieltä', 'Täysin samaa mieltä'],
  ],
};
const TZ = { timeZone: 'Europe/Helsinki' };

function csv(text: string): Sheet {
  return sheetFromCsv('export.csv', new TextEncoder().encode(text)).sheet!;
}

describe('answer labels', () => {
  it('reads the agree–disagree labels in Finnish, Swedish and English as 1–5', () => {
    for (const labels of Object.values(LIKERT_LABELS))
      expect(labels.map((l) => knownLabelValue(l, []))).toEqual([1, 2, 3, 4, 5]);
    expect(knownLabelValue('  täysin SAMAA mieltä ', [])).toBe(5);
  });

  it('counts "En osaa sanoa", "Vet inte" and "Don’t know" as no answer, even where a scale lists one as 3', () => {
    for (const label of ['En osaa sanoa', 'Vet inte', 'Don’t know', "Don't know"]) {
      expect(knownLabelValue(label, KOULURUOKA.scales)).toBeNull();
      expect(knownLabelValue(label, DONT_KNOW_AT_3.scales)).toBeNull();
    }
    expect(knownLabelValue('Ei samaa eikä eri mieltä', KOULURUOKA.scales)).toBe(3);
    expect(knownLabelValue('Jokseenkin eri mieltä', KOULURUOKA.scales)).toBe(2);
    expect(knownLabelValue('Melko hyvä', KOULURUOKA.scales)).toBeUndefined();
  });
});

describe("the example city's survey scales", () => {
  const root = new URL('../../content/surveys/', import.meta.url);
  const scales = readdirSync(root).flatMap((lang) =>
    readdirSync(new URL(`${lang}/`, root)).map((file) => {
      const text = readFileSync(new URL(`${lang}/${file}`, root), 'utf8');
      const block = /^scale:\n((?: {2}- .*\n){5})/m.exec(text)?.[1] ?? '';
      const labels = [...block.matchAll(/- "?(.*?)"?\n/g)].map((m) => m[1]!);
      return { where: `content/surveys/${lang}/${file}`, lang: lang as keyof typeof LIKERT_LABELS, labels };
    }),
  );

  it('put a neutral opinion at 3, in each language, and no "don’t know" anywhere on the scale', () => {
    expect(scales.length).toBeGreaterThanOrEqual(6);
    const neutral = {
      fi: 'Ei samaa eikä eri mieltä',
      sv: 'Varken av samma eller annan åsikt',
      en: 'Neither agree nor disagree',
    };
    for (const { where, lang, labels } of scales) {
      expect(labels, where).toHaveLength(5);
      expect(labels[2], where).toBe(neutral[lang]);
      for (const label of labels) expect(isDontKnow(label), `${where}: ${label}`).toBe(false);
      // The import reads each of the five labels as its own value, so a round's counts land where they belong.
      expect(
        labels.map((l) => knownLabelValue(l, [labels])),
        where,
      ).toEqual([1, 2, 3, 4, 5]);
    }
  });
});

describe('headers', () => {
  it('places a header that is a question id or its text, also inside a grid’s brackets', () => {
    expect(questionByHeader('Kouluruoka on maukasta.', KOULURUOKA)).toBe('maku');
    expect(questionByHeader('Arvioi kouluruokaa [Maku]', KOULURUOKA)).toBe('maku');
    expect(questionByHeader('VIIHTYISYYS', KOULURUOKA)).toBe('viihtyisyys');
    expect(questionByHeader('Q1[SQ001]', KOULURUOKA)).toBeUndefined();
  });

  it('treats e-mail, name, IP address and coordinates as personal whatever the tool calls them', () => {
    for (const h of ['Email', 'Email Address', 'Sähköposti', 'Name', 'Nimi', 'ipaddr', 'IP-adress', 'lat', 'Longitude'])
      expect(isPersonalHeader(h), h).toBe(true);
    expect(isPersonalHeader('Kouluruoka on maukasta.')).toBe(false);
  });
});

describe('Microsoft Forms (.xlsx)', () => {
  it('counts each question from the labels, in any of the three languages, with the round from the latest completion time', async () => {
    const sheet = (await sheetFromXlsx('forms.xlsx', read('forms-kouluruokakysely.xlsx'))).sheet!;
    const resolver = new Resolver(mapping('forms-kouluruokakysely.yaml'));
    const out = countResponses(sheet, SOURCES.forms.survey, KOULURUOKA, resolver, TZ);
    expect(out.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(out.respondents).toBe(8);
    expect(out.latest).toBe('2026-11-19');
    expect(out.earliest).toBe('2026-11-17');
    expect(out.personal).toEqual(['Email', 'Name']);
    expect(out.skipped).toEqual(['Mitä muuta haluat sanoa kouluruoasta?']);
    expect(out.counts).toEqual([
      { question: 'maku', n1: 1, n2: 1, n3: 0, n4: 3, n5: 3, no_answer: 0 },
      { question: 'riittavyys', n1: 0, n2: 2, n3: 0, n4: 4, n5: 1, no_answer: 1 },
      { question: 'kasvisruoka', n1: 2, n2: 2, n3: 0, n4: 2, n5: 0, no_answer: 2 },
      { question: 'ruokailuaika', n1: 1, n2: 3, n3: 1, n4: 1, n5: 2, no_answer: 0 },
      { question: 'viihtyisyys', n1: 2, n2: 2, n3: 0, n4: 3, n5: 0, no_answer: 1 },
    ]);
  });

  it('warns that a "don’t know" in the survey’s own scale is counted as no answer, and how to count it as 3', async () => {
    const sheet = (await sheetFromXlsx('forms.xlsx', read('forms-kouluruokakysely.xlsx'))).sheet!;
    const out = countResponses(sheet, SOURCES.forms.survey, DONT_KNOW_AT_3, new Resolver(emptyMapping()), TZ);
    expect(out.problems.filter((p) => p.severity === 'warning').map(formatIn('fi'))).toEqual([
      'forms.xlsx  varoitus: kyselyn asteikossa "En osaa sanoa" on arvo 3, mutta kuultu laskee sen vastaamatta jätetyksi: ”en osaa sanoa” ei ole keskimmäinen mielipide.\n    kelpaa: asteikko, jonka kaikki viisi vaihtoehtoa ovat mielipiteitä\n    korjaus: jos se on kuitenkin 3, lisää vastaavuustiedoston vastaukset-kohtaan rivi  "En osaa sanoa": 3',
    ]);
  });

  it('counts "En osaa sanoa" as 3 once the mapping says so, and stops warning', async () => {
    const sheet = (await sheetFromXlsx('forms.xlsx', read('forms-kouluruokakysely.xlsx'))).sheet!;
    const text = read('mappings/forms-kouluruokakysely.yaml').toString();
    expect(text).toContain('  En osaa sanoa: ei vastausta\n');
    const m = parseMapping('m.yaml', text.replace('  En osaa sanoa: ei vastausta\n', '  En osaa sanoa: 3\n')).mapping;
    const out = countResponses(sheet, SOURCES.forms.survey, DONT_KNOW_AT_3, new Resolver(m), TZ);
    expect(out.problems).toEqual([]);
    expect(out.counts[2]).toEqual({ question: 'kasvisruoka', n1: 2, n2: 2, n3: 1, n4: 2, n5: 0, no_answer: 1 });
  });

  it('reports a header nobody has placed, with its column letter and the line to add', async () => {
    const sheet = (await sheetFromXlsx('forms.xlsx', read('forms-kouluruokakysely.xlsx'))).sheet!;
    const resolver = new Resolver(emptyMapping());
    countResponses(sheet, SOURCES.forms.survey, KOULURUOKA, resolver, TZ);
    expect(resolver.unmapped).toEqual([
      {
        section: 'questions',
        key: 'Mitä muuta haluat sanoa kouluruoasta?',
        at: { file: 'forms.xlsx', line: 1, row: 1, column: 12 },
        note: 'L',
      },
    ]);
  });

  it('says a sheet without Completion time is not a Forms export', () => {
    const out = countResponses(
      csv('Nimi,Kysymys\nA,4\n'),
      SOURCES.forms.survey,
      KOULURUOKA,
      new Resolver(emptyMapping()),
      TZ,
    );
    expect(out.problems.map(formatIn('en'))).toEqual([
      'export.csv:1  this is not a Microsoft Forms export: it has no column Completion time.\n    expected: the header of a Microsoft Forms export, with Completion time / Valmistumisaika / Slutförandetid\n    fix: download the responses from Microsoft Forms again and import that file without editing it',
    ]);
  });
});

describe('Google Forms (CSV)', () => {
  it('counts linear scales given as numbers and grid rows in brackets', () => {
    const sheet = sheetFromCsv('google.csv', read('google-forms-kouluruokakysely.csv')).sheet!;
    const out = countResponses(
      sheet,
      SOURCES['google-forms'].survey,
      KOULURUOKA,
      new Resolver(mapping('google-forms-kouluruokakysely.yaml')),
      TZ,
    );
    expect(out.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(out.respondents).toBe(6);
    expect(out.latest).toBe('2026-11-21');
    expect(out.counts.find((c) => c.question === 'kasvisruoka')).toEqual({
      question: 'kasvisruoka',
      n1: 1,
      n2: 1,
      n3: 1,
      n4: 1,
      n5: 1,
      no_answer: 1,
    });
  });

  it('refuses a 7 on the 1–5 scale, naming the row, the column and the question', () => {
    const sheet = csv(
      'Timestamp,Kouluruoka on maukasta.\n2026/11/20 9:14:02 AM GMT+2,4\n2026/11/20 9:15:02 AM GMT+2,7\n',
    );
    const out = countResponses(sheet, SOURCES['google-forms'].survey, KOULURUOKA, new Resolver(emptyMapping()), TZ);
    expect(out.problems.filter((p) => p.severity === 'error').map(formatIn('fi'))).toEqual([
      'export.csv:3:2 (rivi 3, sarake B)  Kouluruoka on maukasta. "7" (kysymys maku) ei ole asteikolla 1–5.\n    kelpaa: vastaus 1–5, jokin asteikon sanallisista vaihtoehdoista tai tyhjä solu\n    korjaus: tarkista, että tämä on oikea kysely ja oikea sarake; vientiä ei saa muokata käsin',
    ]);
  });

  it('says a completion time that is not a date is not one', () => {
    const sheet = csv('Timestamp,maku\neilen,4\n');
    const out = countResponses(sheet, SOURCES['google-forms'].survey, KOULURUOKA, new Resolver(emptyMapping()), TZ);
    expect(out.problems.filter((p) => p.severity === 'error').map(formatIn('en'))[0]).toMatch(
      /^export\.csv:2:1 \(row 2, column A\) {2}Timestamp "eilen" is not a date\./,
    );
  });
});

describe('LimeSurvey (CSV, question codes)', () => {
  const ASUKAS: SurveyQuestions = {
    ids: ['auraus', 'liukkaus', 'puhtaus', 'puistot', 'palaute'],
    texts: [],
    scales: [],
  };

  it('skips unfinished responses (no submitdate) and never reads ipaddr', () => {
    const sheet = sheetFromCsv('lime.csv', read('limesurvey-asukastyytyvaisyys.csv')).sheet!;
    const out = countResponses(
      sheet,
      SOURCES.limesurvey.survey,
      ASUKAS,
      new Resolver(mapping('limesurvey-asukastyytyvaisyys.yaml')),
      TZ,
    );
    expect(out.problems).toEqual([]);
    expect(out.respondents).toBe(4);
    expect(out.incomplete).toBe(1);
    expect(out.personal).toEqual(['ipaddr']);
    expect(out.counts.find((c) => c.question === 'auraus')).toEqual({
      question: 'auraus',
      n1: 1,
      n2: 0,
      n3: 1,
      n4: 1,
      n5: 1,
      no_answer: 0,
    });
    expect(out.counts.find((c) => c.question === 'palaute')).toEqual({
      question: 'palaute',
      n1: 1,
      n2: 1,
      n3: 1,
      n4: 0,
      n5: 0,
      no_answer: 1,
    });
  });

  it('reports the two columns that were mapped to one question', () => {
    const m = parseMapping('m.yaml', 'kysymykset:\n  Q1[SQ001]: auraus\n  Q1[SQ002]: auraus\n').mapping;
    const sheet = csv('id,submitdate,Q1[SQ001],Q1[SQ002]\n1,2026-11-02 10:00:00,1,2\n');
    const out = countResponses(sheet, SOURCES.limesurvey.survey, ASUKAS, new Resolver(m), TZ);
    expect(out.problems.map((p) => p.message.en)).toEqual([
      'columns C and D are both question "auraus", so its answers would be counted twice.',
    ]);
  });
});

describe('Webropol (raw data, .xlsx)', () => {
  it('matches Swedish question texts and labels to the survey without a mapping line', async () => {
    const sheet = (await sheetFromXlsx('webropol.xlsx', read('webropol-asukastyytyvaisyys.xlsx'))).sheet!;
    const questions: SurveyQuestions = {
      ids: ['auraus', 'liukkaus', 'puhtaus', 'puistot', 'palaute'],
      texts: [
        { id: 'liukkaus', text: 'Halkan på gång- och cykelvägar bekämpas tillräckligt.' },
        { id: 'puhtaus', text: 'Gatorna är snygga och rena.' },
        { id: 'puistot', text: 'Parkerna och lekplatserna i närheten är välskötta.' },
      ],
      scales: [],
    };
    const resolver = new Resolver(emptyMapping());
    const out = countResponses(sheet, SOURCES.webropol.survey, questions, resolver, TZ);
    expect(resolver.unmapped.map((u) => u.key)).toEqual(['Min gata plogas tillräckligt snabbt efter snöfall.']);
    expect(out.latest).toBe('2026-11-10');
    expect(out.personal).toEqual(['IP-adress']);
    expect(out.counts.find((c) => c.question === 'puistot')).toEqual({
      question: 'puistot',
      n1: 0,
      n2: 0,
      n3: 0,
      n4: 2,
      n5: 2,
      no_answer: 1,
    });
  });
});

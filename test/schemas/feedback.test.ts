import { describe, expect, it } from 'vitest';
import { formatIn } from '../../src/core/problem.ts';
import { readCsv } from '../../src/csv/read.ts';
import { FEEDBACK_HEADER_ALIASES, FeedbackRowSchema, toFeedback } from '../../src/schemas/feedback.ts';
import { validateRows } from '../../src/validate/rows.ts';

const FILE = 'data/feedback/palaute-2026.csv';

function validate(csv: string, aliases?: Readonly<Record<string, string>>) {
  const read = readCsv(FILE, new TextEncoder().encode(csv), { aliases: FEEDBACK_HEADER_ALIASES });
  expect(read.problems.map(formatIn('en'))).toEqual([]);
  const { rows, problems } = validateRows(read.table!, FeedbackRowSchema, {
    languages: ['fi', 'sv'],
    what: { fi: 'palautetiedosto', sv: 'en responsfil', en: 'a feedback file' },
    ...(aliases && { aliases }),
  });
  return { feedback: rows.map((r) => toFeedback(r.value, 'fi')), messages: problems.map(formatIn('en')) };
}

describe('feedback: the language of the words', () => {
  it('reads the Finnish header Kieli and language codes, and defaults to the site language', () => {
    const { feedback, messages } = validate(
      [
        'Tunnus;Päivämäärä;Teema;Kanava;Tyyppi;Teksti;Kieli;Julkaistaan',
        'P-1;3.1.2026;kirjastot;web;idea;Lisää ruotsinkielisiä kirjoja.;;kyllä',
        'P-2;3.1.2026;kirjastot;web;idea;Fler böcker på svenska.;sv;kyllä',
        'P-3;3.1.2026;kirjastot;web;idea;More books in English.;en;kyllä',
        '',
      ].join('\n'),
    );
    expect(messages).toEqual([]);
    expect(feedback.map((f) => f.lang)).toEqual(['fi', 'sv', 'en']);
  });

  it('reads the Swedish headers a Swedish-speaking team writes, into the same feedback as the Finnish ones', () => {
    const rows = ['P-1;3.1.2026;kirjastot;web;idea;Biblioteket;2;Fler böcker på svenska.;sv;5.1.2026;ja', ''];
    const swedish = validate(
      ['Id;Datum;Tema;Kanal;Typ;Tjänst;Antal;Text;Språk;Besvarad;Publiceras', ...rows].join('\n'),
    );
    const finnish = validate(
      ['Tunnus;Päivämäärä;Teema;Kanava;Tyyppi;Palvelu;Määrä;Teksti;Kieli;Vastattu;Julkaistaan', ...rows].join('\n'),
    );
    expect(swedish.messages).toEqual([]);
    expect(swedish.feedback).toEqual(finnish.feedback);
    expect(swedish.feedback[0]).toMatchObject({
      lang: 'sv',
      count: 2,
      answered: '2026-01-05',
      quote: 'Fler böcker på svenska.',
    });
  });

  it('reads TRUE and FALSE as Finnish and Swedish Excel write them (TOSI, SANT, EPÄTOSI, FALSKT) in publish', () => {
    const { feedback, messages } = validate(
      [
        'id;date;theme;channel;type;text;publish',
        ...['TOSI', 'sant', 'EPÄTOSI', 'Falskt', 'x', 'y', 'n'].map(
          (p, i) => `P-${i};3.1.2026;kirjastot;web;idea;Hyvä.;${p}`,
        ),
        '',
      ].join('\n'),
    );
    expect(messages).toEqual([]);
    expect(feedback.map((f) => f.quote !== undefined)).toEqual([true, true, false, false, true, true, false]);
  });

  it("tells a count written with zero decimals (Excel's number format) to drop them", () => {
    const { messages } = validate(
      'id;date;theme;channel;type;count\nP-1;3.1.2026;kirjastot;web;idea;2,0\nP-2;3.1.2026;kirjastot;web;idea;1 200.00\n',
    );
    expect(messages).toEqual([
      'data/feedback/palaute-2026.csv:2:6 (row 2, column F, P-1)  count "2,0" is not a whole number.\n    expected: a whole number, 1 or more\n    fix: write 2 without decimals (in Excel: Format Cells > Number, decimal places 0)',
      'data/feedback/palaute-2026.csv:3:6 (row 3, column F, P-2)  count "1 200.00" is not a whole number.\n    expected: a whole number, 1 or more\n    fix: write 1 200 without decimals (in Excel: Format Cells > Number, decimal places 0)',
    ]);
  });

  it('says once that a row repeats the header (two exports pasted together), in the names the file uses', () => {
    const header = 'Tunnus;Päivämäärä;Teema;Kanava;Tyyppi;Teksti';
    const { feedback, messages } = validate(
      [header, 'P-1;3.1.2026;kirjastot;web;idea;Hyvä.', header, 'P-2;4.1.2026;kirjastot;web;idea;Kiva.', ''].join('\n'),
      FEEDBACK_HEADER_ALIASES,
    );
    expect(feedback.map((f) => f.id)).toEqual(['P-1', 'P-2']);
    expect(messages).toEqual([
      'data/feedback/palaute-2026.csv:3:1 (row 3, column A)  the row repeats the header: two exports were probably pasted one after the other.\n    expected: the header on the first line of the file only\n    fix: delete row 3, and check that the file does not hold the same rows twice',
    ]);
  });

  it('says the same mistake in many rows once, with the rows it is on, and a few one by one', () => {
    const row = (i: number, theme: string) => `P-${i};3.1.2026;${theme};web;idea`;
    const many = [
      'id;date;theme;channel;type',
      ...Array.from({ length: 40 }, (_, i) => row(i, i === 20 ? 'kirjastot' : '')),
      'P-99;31.2.2026;kirjastot;web;idea',
      '',
    ];
    const { messages } = validate(many.join('\n'));
    expect(messages.map((m) => m.split('\n')[0])).toEqual([
      'data/feedback/palaute-2026.csv:2:3 (row 2, column C)  theme is empty. The same mistake is on 39 rows: 2–21, 23–41.',
      'data/feedback/palaute-2026.csv:42:2 (row 42, column B, P-99)  date "31.2.2026" is not a date that exists (month 2 of 2026 has 28 days).',
    ]);
    const few = validate(['id;date;theme;channel;type', row(1, ''), row(2, ''), row(3, ''), row(4, ''), ''].join('\n'));
    expect(few.messages.map((m) => m.split('  ')[0])).toEqual(
      [2, 3, 4, 5].map((r) => `data/feedback/palaute-2026.csv:${r}:3 (row ${r}, column C, P-${r - 1})`),
    );
  });

  it('says what to write for a language name or a language kuultu does not know', () => {
    const named = validate('id;date;theme;channel;type;text;lang\nP-1;3.1.2026;kirjastot;web;idea;Hej;ruotsi\n');
    expect(named.messages).toHaveLength(1);
    expect(named.messages[0]).toContain('"ruotsi" is not a language code');
    expect(named.messages[0]).toContain('fix: write "sv" (ruotsi = sv)');
    const unknown = validate('id;date;theme;channel;type;text;lang\nP-1;3.1.2026;kirjastot;web;idea;Hallo;de\n');
    expect(unknown.messages).toHaveLength(1);
    expect(unknown.messages[0]).toMatch(/^data\/feedback\/palaute-2026\.csv:2:7 /);
    expect(unknown.messages[0]).toContain('expected: fi, sv, en');
  });
});

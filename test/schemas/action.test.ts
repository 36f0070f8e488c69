import { same } from '../../src/core/lang.ts';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../src/csv/read.ts';
import ACTION_STRINGS from '../../src/i18n/strings/actions.json' with { type: 'json' };
import {
  ACTION_COLUMNS,
  ACTION_STATUSES,
  INFLUENCES,
  ACTION_HEADER_ALIASES,
  actionRowSchema,
  toAction,
  type Action,
} from '../../src/schemas/action.ts';
import type { Lang } from '../../src/schemas/fields.ts';
import { formatIn } from '../../src/core/problem.ts';
import { validateRows } from '../../src/validate/rows.ts';

const FILE = 'data/actions.csv';
const LANGS: readonly Lang[] = ['fi', 'sv'];
const HEADER = 'id;title_fi;title_sv;themes;status;opened;due;completed;progress;unit;influence;meeting;reason_fi';

function validateBytes(bytes: Uint8Array, languages: readonly Lang[] = LANGS) {
  const read = readCsv(FILE, bytes, { aliases: ACTION_HEADER_ALIASES });
  expect(read.problems.map(formatIn('en'))).toEqual([]);
  const { rows, problems } = validateRows(read.table!, actionRowSchema(languages), {
    languages,
    what: same('actions.csv'),
  });
  return { actions: rows.map((r) => toAction(r.value)), messages: problems.map(formatIn('en')) };
}

function validate(csv: string, languages: readonly Lang[] = LANGS) {
  return validateBytes(new TextEncoder().encode(csv), languages);
}

/** One data row under HEADER, with a valid row's cells overridden by name. */
function row(cells: Partial<Record<string, string>>): string {
  const base: Record<string, string> = {
    id: 'A-2025-014',
    title_fi: 'Kasvisruokaa joka päivä',
    title_sv: 'Vegetarisk mat varje dag',
    themes: 'kouluruoka',
    status: 'in-progress',
    opened: '3.2.2025',
    due: '',
    completed: '',
    progress: '',
    unit: 'Ruokapalvelut',
    influence: 'own',
    meeting: '',
    reason_fi: '',
  };
  return HEADER.split(';')
    .map((c) => cells[c] ?? base[c])
    .join(';');
}

function oneRow(cells: Partial<Record<string, string>>) {
  return validate(`${HEADER}\n${row(cells)}\n`);
}

/** Windows-1252 as Finnish Excel saves "CSV (semicolon-separated)": Latin-1 plus € at 0x80. */
function windows1252(text: string): Uint8Array {
  return Uint8Array.from([...text], (ch) => {
    if (ch === '€') return 0x80;
    const code = ch.codePointAt(0)!;
    if (code > 0xff || (code >= 0x80 && code < 0xa0)) throw new Error(`not in the test encoder: ${ch}`);
    return code;
  });
}

describe('actions.csv: a valid file', () => {
  it('reads Finnish headers, ; separators, d.m.yyyy dates and a Windows-1252 € into typed actions', () => {
    const csv = [
      'Tunnus;Otsikko_fi;title_sv;Teemat;Tila;Avattu;Määräaika;Valmistui;Edistyminen;Vastuuyksikkö;Vaikutusmahdollisuus;Kokous;reason_fi',
      'A-2025-001;Välipala-automaatti 2 €;Mellanmålsautomat 2 €;kouluruoka|terveys;done;3.2.2025;30.6.2025;12.5.2025;;Ruokapalvelut;own;nuva-2025-01;',
      'A-2025-002;Lisää penkkejä puistoon;;puistot;in-progress;01.03.2025;;;40;Kadunpito;organisation;;',
      'A-2025-003;Uusi uimahalli;Ny simhall;liikunta;declined;2025-04-01;;;;Liikuntapalvelut;outside;;Rahoitusta ei ole vuoden 2026 talousarviossa.',
      '',
    ].join('\r\n');
    const { actions, messages } = validateBytes(windows1252(csv));
    expect(messages).toEqual([]);
    expect(actions).toEqual<Action[]>([
      {
        id: 'A-2025-001',
        title: { fi: 'Välipala-automaatti 2 €', sv: 'Mellanmålsautomat 2 €' },
        said: {},
        description: {},
        themes: ['kouluruoka', 'terveys'],
        status: 'done',
        opened: '2025-02-03',
        due: '2025-06-30',
        completed: '2025-05-12',
        progress: 100,
        unit: 'Ruokapalvelut',
        influence: 'own',
        meeting: 'nuva-2025-01',
        reason: {},
      },
      {
        id: 'A-2025-002',
        title: { fi: 'Lisää penkkejä puistoon' },
        said: {},
        description: {},
        themes: ['puistot'],
        status: 'in-progress',
        opened: '2025-03-01',
        progress: 40,
        unit: 'Kadunpito',
        influence: 'organisation',
        reason: {},
      },
      {
        id: 'A-2025-003',
        title: { fi: 'Uusi uimahalli', sv: 'Ny simhall' },
        said: {},
        description: {},
        themes: ['liikunta'],
        status: 'declined',
        opened: '2025-04-01',
        unit: 'Liikuntapalvelut',
        influence: 'outside',
        reason: { fi: 'Rahoitusta ei ole vuoden 2026 talousarviossa.' },
      },
    ]);
  });

  it('reads the Swedish headers a Swedish-speaking team writes, as the action page names each fact', () => {
    const swedish = HEADER.replace(
      'title_fi;title_sv;themes;status;opened;due;completed;progress;unit;influence;meeting;reason_fi',
      'Rubrik_fi;Titel_sv;Teman;Status;Inledd;Måldatum;Blev klar;Framsteg;Ansvarig enhet;Påverkansmöjlighet;Möte;Motivering_fi',
    );
    const cells = { status: 'done', due: '1.3.2025', completed: '1.3.2025', progress: '100' };
    const inSwedish = validate(`${swedish}\n${row(cells)}\n`);
    expect(inSwedish.messages).toEqual([]);
    expect(inSwedish.actions).toEqual(oneRow(cells).actions);
  });

  it('keeps a multi-paragraph description as written, blank line included', () => {
    const csv = `id;title_fi;description_fi;themes;status;opened;unit;influence\nA-1;Otsikko;"Ensimmäinen kappale.\n\nToinen kappale.";kouluruoka;planned;1.1.2025;Ruokapalvelut;own\n`;
    const { actions, messages } = validate(csv, ['fi']);
    expect(messages).toEqual([]);
    expect(actions[0]!.description).toEqual({ fi: 'Ensimmäinen kappale.\n\nToinen kappale.' });
  });

  it("takes off the ' that open data puts before a formula-like text, and keeps any other leading '", () => {
    const { actions, messages } = validate(
      `${HEADER}\n${row({ title_fi: "'-20 % jonoissa", title_sv: "'Sista' dagen" })}\n`,
    );
    expect(messages).toEqual([]);
    expect(actions[0]?.title).toEqual({ fi: '-20 % jonoissa', sv: "'Sista' dagen" });
  });

  it('treats empty progress on a done action as 100 and keeps progress of other statuses as given', () => {
    const { actions } = validate(
      `${HEADER}\n${row({ id: 'A-1', status: 'done', completed: '1.3.2025' })}\n${row({ id: 'A-2', progress: '0' })}\n${row({ id: 'A-3' })}\n`,
    );
    expect(actions.map((a) => [a.id, a.progress])).toEqual([
      ['A-1', 100],
      ['A-2', 0],
      ['A-3', undefined],
    ]);
  });

  it('reads progress written with a per cent sign, as Excel saves a percentage cell', () => {
    const { actions, messages } = validate(
      `${HEADER}\n${row({ id: 'A-1', progress: '50 %' })}\n${row({ id: 'A-2', progress: '40%' })}\n${row({ id: 'A-3', progress: '75\u00a0%' })}\n`,
    );
    expect(messages).toEqual([]);
    expect(actions.map((a) => a.progress)).toEqual([50, 40, 75]);
  });

  it('tells a progress over 100 per cent, or a per cent sign alone, what to write', () => {
    expect(oneRow({ progress: '120 %' }).messages).toEqual([
      'data/actions.csv:2:9 (row 2, column I, A-2025-014)  progress "120 %" is more than 100.\n    expected: a whole number from 0 to 100\n    fix: write 100 or less',
    ]);
    expect(oneRow({ progress: '%' }).messages).toEqual([
      'data/actions.csv:2:9 (row 2, column I, A-2025-014)  progress "%" is not a whole number.\n    expected: a whole number from 0 to 100\n    fix: write digits only, e.g. 3',
    ]);
  });

  it('lists the columns of actions.csv in order, one per language for localized fields', () => {
    expect(ACTION_COLUMNS(['fi', 'sv'])).toEqual([
      'id',
      'title_fi',
      'title_sv',
      'description_fi',
      'description_sv',
      'themes',
      'status',
      'opened',
      'due',
      'completed',
      'progress',
      'unit',
      'influence',
      'meeting',
      'reason_fi',
      'reason_sv',
      'reference',
      'said_fi',
      'said_sv',
      'survey',
    ]);
  });
});

describe('actions.csv: the messages an author reads', () => {
  it('reports a missing required column', () => {
    const { messages } = validate(
      'id;title_fi;themes;status;opened;unit\nA-1;Otsikko;kouluruoka;planned;1.1.2025;Ruokapalvelut\n',
      ['fi'],
    );
    expect(messages).toEqual([
      'data/actions.csv:1 (row 1)  the required column "influence" is missing from the header.\n' +
        '    expected: the columns of actions.csv: id, title_fi, description_fi, themes, status, opened, due, completed, progress, unit, influence, meeting, reason_fi, reference, said_fi, survey\n' +
        '    fix: add a column named influence',
    ]);
  });

  it('warns about an unknown column and suggests the one meant', () => {
    const { messages } = validate(`${HEADER};progres\n${row({})};5\n`);
    expect(messages).toEqual([
      'data/actions.csv:1:14 (row 1, column N)  warning: column "progres" is not a column of actions.csv, so it is ignored.\n' +
        '    expected: id, title_fi, title_sv, description_fi, description_sv, themes, status, opened, due, completed, progress, unit, influence, meeting, reason_fi, reason_sv, reference, said_fi, said_sv, survey\n' +
        '    fix: did you mean "progress"? Rename the column, or delete it',
    ]);
  });

  it('reports an empty required value', () => {
    expect(oneRow({ unit: '' }).messages).toEqual([
      'data/actions.csv:2:10 (row 2, column J, A-2025-014)  unit is empty.\n    expected: text\n    fix: fill in text',
    ]);
  });

  it('reports a missing default-language title', () => {
    expect(oneRow({ title_fi: '' }).messages).toEqual([
      'data/actions.csv:2:2 (row 2, column B, A-2025-014)  title_fi is empty.\n    expected: text\n    fix: fill in text',
    ]);
  });

  it('reports a date that is not a date', () => {
    expect(oneRow({ opened: '3/2/2025' }).messages).toEqual([
      'data/actions.csv:2:6 (row 2, column F, A-2025-014)  opened "3/2/2025" is not a date.\n    expected: a date as d.m.yyyy (e.g. 3.1.2026) or yyyy-mm-dd\n    fix: write 3.2.2025',
    ]);
  });

  it('reports an impossible date with the days the month has', () => {
    expect(oneRow({ status: 'done', completed: '31.2.2025' }).messages).toEqual([
      'data/actions.csv:2:8 (row 2, column H, A-2025-014)  completed "31.2.2025" is not a date that exists (month 2 of 2025 has 28 days).\n    expected: a real calendar date\n    fix: check the day and the month',
    ]);
  });

  it('reports a completed date before the opened date', () => {
    expect(oneRow({ status: 'done', completed: '1.2.2025' }).messages).toEqual([
      'data/actions.csv:2:8 (row 2, column H, A-2025-014)  completed "1.2.2025" is before opened (3.2.2025).\n    expected: a date on or after opened, 3.2.2025\n    fix: an action cannot be completed before it was opened: check both dates',
    ]);
  });

  it('reports a due date before the opened date', () => {
    expect(oneRow({ due: '2025-01-31' }).messages).toEqual([
      'data/actions.csv:2:7 (row 2, column G, A-2025-014)  due "31.1.2025" is before opened (3.2.2025).\n    expected: a date on or after opened, 3.2.2025\n    fix: an action cannot be due before it was opened: check both dates',
    ]);
  });

  it('accepts due and completed on the opened day itself', () => {
    expect(oneRow({ status: 'done', due: '3.2.2025', completed: '2025-02-03' }).messages).toEqual([]);
  });

  it('translates a Finnish status into the value to write', () => {
    expect(oneRow({ status: 'valmis', completed: '1.3.2025' }).messages).toEqual([
      'data/actions.csv:2:5 (row 2, column E, A-2025-014)  status "valmis" is not a status.\n    expected: planned, in-progress, done, declined\n    fix: write "done" (valmis = done); a done action needs a completed date, progress 100 or empty, and, if it has rows in data/action-updates.csv, a last row there with status done and the completed date',
    ]);
  });

  it.each([
    ['käynnissä', 'in-progress'],
    ['Työn alla', 'in-progress'],
    ['pågående', 'in-progress'],
    ['suunnitteilla', 'planned'],
    ['ei toteuteta', 'declined'],
    ['klar', 'done'],
  ])('suggests the status for %s', (written, meant) => {
    const [message] = oneRow({ status: written }).messages;
    expect(message).toContain(`fix: write "${meant}" (${written.toLowerCase()} = ${meant})`);
  });

  // Authors copy a status or an influence class as the site names it ("Pågår", "I våra händer"):
  // every label is understood.
  it.each(
    Object.entries(ACTION_STRINGS).flatMap(([lang, strings]) => [
      ...ACTION_STATUSES.map((value) => [lang, 'status', strings[`status.${value}`], value] as const),
      ...INFLUENCES.map((value) => [lang, 'influence', strings[`influenceName.${value}`], value] as const),
    ]),
  )('in %s, takes the %s as the site names it, "%s", for %s', (_lang, column, label, value) => {
    const [message] = oneRow({ [column]: label }).messages;
    expect(message).toContain(`fix: write "${value}"`);
  });

  it('suggests the status meant by a typo', () => {
    expect(oneRow({ status: 'in-progres' }).messages).toEqual([
      'data/actions.csv:2:5 (row 2, column E, A-2025-014)  status "in-progres" is not a status.\n    expected: planned, in-progress, done, declined\n    fix: did you mean "in-progress"?',
    ]);
  });

  it('translates a Finnish influence class', () => {
    expect(oneRow({ influence: 'kaupunki' }).messages).toEqual([
      'data/actions.csv:2:11 (row 2, column K, A-2025-014)  influence "kaupunki" is not an influence class.\n    expected: own, organisation, outside\n    fix: write "organisation" (kaupunki = organisation)',
    ]);
  });

  it('names the column as the author wrote it', () => {
    const csv = `${HEADER.replace('status', 'Tila')}\n${row({ status: 'tehty', completed: '1.3.2025' })}\n`;
    expect(validate(csv).messages[0]).toBe(
      'data/actions.csv:2:5 (row 2, column E, A-2025-014)  Tila "tehty" is not a status.\n    expected: planned, in-progress, done, declined\n    fix: write "done" (tehty = done); a done action needs a completed date, progress 100 or empty, and, if it has rows in data/action-updates.csv, a last row there with status done and the completed date',
    );
  });

  it('reports a progress that is not a whole number', () => {
    expect(oneRow({ progress: '45,5' }).messages).toEqual([
      'data/actions.csv:2:9 (row 2, column I, A-2025-014)  progress "45,5" is not a whole number.\n    expected: a whole number from 0 to 100\n    fix: round it to a whole number',
    ]);
    expect(oneRow({ progress: 'puolet' }).messages).toEqual([
      'data/actions.csv:2:9 (row 2, column I, A-2025-014)  progress "puolet" is not a whole number.\n    expected: a whole number from 0 to 100\n    fix: write digits only, e.g. 3',
    ]);
  });

  it('reports progress above 100 and below 0', () => {
    expect(oneRow({ progress: '101' }).messages).toEqual([
      'data/actions.csv:2:9 (row 2, column I, A-2025-014)  progress "101" is more than 100.\n    expected: a whole number from 0 to 100\n    fix: write 100 or less',
    ]);
    expect(oneRow({ progress: '-1' }).messages).toEqual([
      'data/actions.csv:2:9 (row 2, column I, A-2025-014)  progress "-1" is less than 0.\n    expected: a whole number from 0 to 100\n    fix: write 0 or more',
    ]);
  });

  it('reports a done action with progress below 100', () => {
    expect(oneRow({ status: 'done', completed: '1.3.2025', progress: '90' }).messages).toEqual([
      'data/actions.csv:2:9 (row 2, column I, A-2025-014)  progress "90" is less than 100, but status is done.\n    expected: 100, or empty, for a done action\n    fix: write 100 or leave it empty; a done action needs a completed date, progress 100 or empty, and, if it has rows in data/action-updates.csv, a last row there with status done and the completed date',
    ]);
  });

  it('reports a done action without a completed date', () => {
    expect(oneRow({ status: 'done' }).messages).toEqual([
      'data/actions.csv:2:8 (row 2, column H, A-2025-014)  completed is empty, but status is done.\n    expected: the date the action was completed\n    fix: write the date the action was completed, e.g. 3.1.2026, or change the status; a done action needs a completed date, progress 100 or empty, and, if it has rows in data/action-updates.csv, a last row there with status done and the completed date',
    ]);
  });

  it('reports a completed date on an action that is not done', () => {
    expect(oneRow({ completed: '1.3.2025' }).messages).toEqual([
      'data/actions.csv:2:8 (row 2, column H, A-2025-014)  completed "1.3.2025" is given, but status is in-progress.\n    expected: a completed date only when status is done\n    fix: change the status to done, or empty the completed cell',
    ]);
  });

  it('reports a declined action without a reason in the default language', () => {
    expect(oneRow({ status: 'declined' }).messages).toEqual([
      'data/actions.csv:2:13 (row 2, column M, A-2025-014)  reason_fi is empty, but the action is declined.\n    expected: why it could not be done\n    fix: write in reason_fi why the action was declined: residents were heard and deserve the reason',
    ]);
  });

  it('reports a declined action without a reason even when the reason columns are missing', () => {
    const csv =
      'id;title_fi;themes;status;opened;unit;influence\nA-1;Otsikko;kouluruoka;declined;1.1.2025;Ruokapalvelut;own\n';
    expect(validate(csv, ['fi']).messages).toEqual([
      'data/actions.csv:2 (row 2, A-1)  reason_fi is empty, but the action is declined.\n    expected: why it could not be done\n    fix: write in reason_fi why the action was declined: residents were heard and deserve the reason',
    ]);
  });

  it('asks for the reason in the default language of a Swedish-first site', () => {
    const csv =
      'id;title_sv;themes;status;opened;unit;influence;reason_sv;reason_fi\nA-1;Rubrik;skolmat;declined;1.1.2025;Kosttjänster;own;;Ei rahoitusta.\n';
    expect(validate(csv, ['sv', 'fi']).messages).toEqual([
      'data/actions.csv:2:8 (row 2, column H, A-1)  reason_sv is empty, but the action is declined.\n    expected: why it could not be done\n    fix: write in reason_sv why the action was declined: residents were heard and deserve the reason',
    ]);
  });

  it('reports an id that cannot be used in a web address, and themes not separated by |', () => {
    expect(oneRow({ id: 'A 2025/14', themes: 'kouluruoka, liikunta' }).messages).toEqual([
      'data/actions.csv:2:1 (row 2, column A, A 2025/14)  id "A 2025/14" cannot be used in a web address.\n    expected: letters a–z or A–Z, digits, - and _, starting with a letter or digit, e.g. A-2025-014\n    fix: write it as "A-2025-14"',
      'data/actions.csv:2:4 (row 2, column D, A 2025/14)  themes "kouluruoka, liikunta" separates the slugs with a comma or a semicolon.\n    expected: one or more slugs separated by |, e.g. kouluruoka|liikunta\n    fix: write kouluruoka|liikunta (| between the slugs)',
    ]);
  });

  it('reports every problem of a row in one run, cross-column rules included', () => {
    const messages = oneRow({ status: 'done', progress: 'x', due: '1.1.2025' }).messages;
    expect(messages.map((m) => m.split('\n')[0])).toEqual([
      'data/actions.csv:2:9 (row 2, column I, A-2025-014)  progress "x" is not a whole number.',
      'data/actions.csv:2:7 (row 2, column G, A-2025-014)  due "1.1.2025" is before opened (3.2.2025).',
      'data/actions.csv:2:8 (row 2, column H, A-2025-014)  completed is empty, but status is done.',
    ]);
  });

  it('does not pile a cross-column message on a cell that is already wrong', () => {
    const messages = oneRow({ status: 'done', completed: '31.2.2025', opened: 'eilen' }).messages;
    expect(messages.map((m) => m.split('\n')[0])).toEqual([
      'data/actions.csv:2:6 (row 2, column F, A-2025-014)  opened "eilen" is not a date.',
      'data/actions.csv:2:8 (row 2, column H, A-2025-014)  completed "31.2.2025" is not a date that exists (month 2 of 2025 has 28 days).',
    ]);
  });
});

describe('actions.csv: what residents said', () => {
  it('reads the "said" text per language, Finnish headers included', () => {
    const { actions, messages } = validate(
      `${HEADER};Sanottu_fi;said_sv\n${row({})};Asukkaat toivoivat kasvisruokaa.;Invånarna önskade vegetarisk mat.\n`,
    );
    expect(messages).toEqual([]);
    expect(actions[0]!.said).toEqual({
      fi: 'Asukkaat toivoivat kasvisruokaa.',
      sv: 'Invånarna önskade vegetarisk mat.',
    });
  });

  it('says which cell is too long, as for the other texts', () => {
    const { messages } = validate(`${HEADER};said_fi\n${row({})};${'a'.repeat(4001)}\n`);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^data\/actions\.csv:2:14 .*said_fi /);
    expect(messages[0]).toContain('4000');
  });
});

describe('actions.csv: the survey an action answers', () => {
  it('reads the survey id under its Finnish header, and leaves an empty cell as no survey', () => {
    const { actions, messages } = validate(
      `${HEADER};Kysely\n${row({})};asukastyytyvaisyys\n${row({ id: 'A-2025-015' })};\n`,
    );
    expect(messages).toEqual([]);
    expect(actions.map((a) => a.survey)).toEqual(['asukastyytyvaisyys', undefined]);
  });
});

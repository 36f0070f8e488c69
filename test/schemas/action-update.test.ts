import { same } from '../../src/core/lang.ts';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../src/csv/read.ts';
import { ACTION_HEADER_ALIASES, actionRowSchema, toAction } from '../../src/schemas/action.ts';
import { ACTION_UPDATE_HEADER_ALIASES, actionUpdateRowSchema } from '../../src/schemas/action-update.ts';
import { checkTimelines } from '../../src/validate/timelines.ts';
import type { Lang } from '../../src/schemas/fields.ts';
import { formatIn } from '../../src/core/problem.ts';
import { validateRows } from '../../src/validate/rows.ts';

const LANGS: readonly Lang[] = ['fi', 'sv'];

const ACTIONS_CSV = [
  'tunnus;otsikko_fi;teemat;tila;avattu;valmistui;yksikkö;vaikutusmahdollisuus;perustelu_fi',
  'A-2025-014;Kasvisruokaa joka päivä;kouluruoka;done;3.2.2025;12.5.2025;Ruokapalvelut;own;',
  'A-2025-015;Lisää penkkejä;puistot;in-progress;1.3.2025;;Kadunpito;organisation;',
  '',
].join('\n');

function readActions() {
  const read = readCsv('data/actions.csv', new TextEncoder().encode(ACTIONS_CSV), { aliases: ACTION_HEADER_ALIASES });
  const { rows, problems } = validateRows(read.table!, actionRowSchema(LANGS), {
    languages: LANGS,
    what: same('actions.csv'),
  });
  expect(problems.map(formatIn('en'))).toEqual([]);
  return rows.map((r) => ({ ...r, value: toAction(r.value) }));
}

/** Validates action-updates.csv, then its timelines against ACTIONS_CSV; returns what the author reads. */
function validate(csv: string) {
  const read = readCsv('data/action-updates.csv', new TextEncoder().encode(csv), {
    aliases: ACTION_UPDATE_HEADER_ALIASES,
  });
  expect(read.problems.map(formatIn('en'))).toEqual([]);
  const { rows, problems } = validateRows(read.table!, actionUpdateRowSchema(LANGS), {
    languages: LANGS,
    what: same('action-updates.csv'),
  });
  return { rows, messages: [...problems, ...checkTimelines(rows, readActions())].map(formatIn('en')) };
}

const HEADER = 'action;date;status;progress;note_fi';

describe('action-updates.csv', () => {
  it('reads a timeline with Finnish headers into typed updates that agree with actions.csv', () => {
    const { rows, messages } = validate(
      'Toimenpide;Päivämäärä;Tila;Edistyminen;huomio_fi;note_sv\n' +
        'A-2025-014;3.2.2025;planned;0;Aloitettiin.;Påbörjades.\n' +
        'A-2025-014;1.4.2025;in-progress;50;;\n' +
        'A-2025-015;2025-03-01;in-progress;;;\n' +
        'A-2025-014;12.5.2025;done;100;Valmis.;\n',
    );
    expect(messages).toEqual([]);
    expect(rows.map((r) => [r.line, r.value])).toEqual([
      [
        2,
        {
          action: 'A-2025-014',
          date: '2025-02-03',
          status: 'planned',
          progress: 0,
          note: { fi: 'Aloitettiin.', sv: 'Påbörjades.' },
        },
      ],
      [3, { action: 'A-2025-014', date: '2025-04-01', status: 'in-progress', progress: 50, note: {} }],
      [4, { action: 'A-2025-015', date: '2025-03-01', status: 'in-progress', progress: undefined, note: {} }],
      [5, { action: 'A-2025-014', date: '2025-05-12', status: 'done', progress: 100, note: { fi: 'Valmis.' } }],
    ]);
  });

  it('allows two updates on the same day', () => {
    expect(validate(`${HEADER}\nA-2025-015;1.3.2025;planned;;\nA-2025-015;1.3.2025;in-progress;;\n`).messages).toEqual(
      [],
    );
  });

  it('reports an update of an action that is not in actions.csv, with the id meant', () => {
    expect(validate(`${HEADER}\nA-2025-14;1.4.2025;in-progress;;\n`).messages).toEqual([
      'data/action-updates.csv:2:1 (row 2, column A, A-2025-14)  action "A-2025-14" is not an action in data/actions.csv.\n    expected: the id of an action in data/actions.csv\n    fix: did you mean "A-2025-014"?',
    ]);
  });

  it('reports a timeline going backwards at the later row', () => {
    const csv = `${HEADER}\nA-2025-014;12.3.2025;planned;;\nA-2025-015;1.3.2025;in-progress;;\nA-2025-014;3.2.2025;in-progress;;\nA-2025-014;12.5.2025;done;;\n`;
    expect(validate(csv).messages).toEqual([
      'data/action-updates.csv:4:2 (row 4, column B, A-2025-014)  date "3.2.2025" is before the previous update of A-2025-014 (12.3.2025 on row 2).\n    expected: the updates of A-2025-014 from oldest to newest\n    fix: check the two dates; if both are right, put the rows in date order',
    ]);
  });

  it('reports a last update whose status disagrees with actions.csv, naming its line there', () => {
    const csv = `${HEADER}\nA-2025-014;3.2.2025;planned;;\nA-2025-014;1.4.2025;in-progress;60;\n`;
    expect(validate(csv).messages).toEqual([
      'data/action-updates.csv:3:3 (row 3, column C, A-2025-014)  status "in-progress" of the last update of A-2025-014 disagrees with data/actions.csv, where the status is done (row 2).\n    expected: done, as in data/actions.csv\n    fix: add a row below this one with action A-2025-014, status done and date 12.5.2025 (the completed date), or correct the status in data/actions.csv',
    ]);
  });

  it('reports an update dated before the action was opened', () => {
    expect(validate(`${HEADER}\nA-2025-015;28.2.2025;in-progress;;\n`).messages).toEqual([
      'data/action-updates.csv:2:2 (row 2, column B, A-2025-015)  date "28.2.2025" is before A-2025-015 was opened (1.3.2025 in data/actions.csv on row 3).\n    expected: a date on or after 1.3.2025\n    fix: check this date, and the opened date of A-2025-015 in data/actions.csv',
    ]);
  });

  it('reports a bad status and progress in an update row with the same words as actions.csv', () => {
    expect(validate(`${HEADER}\nA-2025-015;1.4.2025;käynnissä;101;\n`).messages).toEqual([
      'data/action-updates.csv:2:3 (row 2, column C, A-2025-015)  status "käynnissä" is not a status.\n    expected: planned, in-progress, done, declined\n    fix: write "in-progress" (käynnissä = in-progress)',
      'data/action-updates.csv:2:4 (row 2, column D, A-2025-015)  progress "101" is more than 100.\n    expected: a whole number from 0 to 100\n    fix: write 100 or less',
    ]);
  });

  it('reports a missing required column of action-updates.csv', () => {
    expect(validate('action;status\nA-2025-015;in-progress\n').messages).toEqual([
      'data/action-updates.csv:1 (row 1)  the required column "date" is missing from the header.\n    expected: the columns of action-updates.csv: action, date, status, progress, note_fi, note_sv\n    fix: add a column named date',
    ]);
  });
});

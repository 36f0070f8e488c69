import { same } from '../../src/core/lang.ts';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../src/csv/read.ts';
import type { Lang } from '../../src/schemas/fields.ts';
import { VOTE_RESULT_HEADER_ALIASES, voteResultRowSchema } from '../../src/schemas/vote-results.ts';
import { checkVoteResults } from '../../src/validate/vote-results.ts';
import { formatIn } from '../../src/core/problem.ts';
import { validateRows } from '../../src/validate/rows.ts';

const FILE = 'data/votes/herkkuviikko-2025.csv';
const LANGS: readonly Lang[] = ['fi', 'sv', 'en'];

function validate(csv: string) {
  const read = readCsv(FILE, new TextEncoder().encode(csv), { aliases: VOTE_RESULT_HEADER_ALIASES });
  expect(read.problems.map(formatIn('en'))).toEqual([]);
  const table = read.table!;
  const { rows, problems } = validateRows(table, voteResultRowSchema(LANGS), {
    languages: LANGS,
    what: same('a vote results file'),
  });
  const checks = problems.length > 0 ? [] : checkVoteResults(rows, FILE, table.rows.length === 0 ? 1 : 0);
  return { rows, messages: [...problems, ...checks].map(formatIn('en')) };
}

describe('vote results', () => {
  it('reads options with Finnish headers and their votes', () => {
    const { rows, messages } = validate(
      'Vaihtoehto_fi;vaihtoehto_sv;option_en;Äänet\nPizza;Pizza;Pizza;412\nLohikeitto;Laxsoppa;;1 038\nTacot;;;0\n',
    );
    expect(messages).toEqual([]);
    expect(rows.map((r) => r.value)).toEqual([
      { option: { fi: 'Pizza', sv: 'Pizza', en: 'Pizza' }, votes: 412 },
      { option: { fi: 'Lohikeitto', sv: 'Laxsoppa' }, votes: 1038 },
      { option: { fi: 'Tacot' }, votes: 0 },
    ]);
  });

  it('gives the number to write when the votes are written with a word beside them', () => {
    expect(validate('option_fi;votes\nPizza;612 ääntä\nTacot;n. 1 038\n').messages).toEqual([
      'data/votes/herkkuviikko-2025.csv:2:2 (row 2, column B)  votes "612 ääntä" is not a whole number.\n    expected: a whole number, 0 or more\n    fix: write 612',
      'data/votes/herkkuviikko-2025.csv:3:2 (row 3, column B)  votes "n. 1 038" is not a whole number.\n    expected: a whole number, 0 or more\n    fix: write 1038',
    ]);
  });

  it("reports Excel's totals row once instead of counting it as an option", () => {
    const { rows, messages } = validate('option_fi;votes\nPizza;412\nTacot;88\nYhteensä:;500\n');
    expect(rows.map((r) => r.value.option.fi)).toEqual(['Pizza', 'Tacot']);
    expect(messages).toEqual([
      'data/votes/herkkuviikko-2025.csv:4:1 (row 4, column A)  the row is a totals row ("Yhteensä:"), not data.\n    expected: one row per item, without totals\n    fix: delete row 4: kuultu adds up the totals itself',
    ]);
  });

  it('reports a vote with no options', () => {
    expect(validate('option_fi;votes\n').messages).toEqual([
      'data/votes/herkkuviikko-2025.csv:1  the vote has no options.\n    expected: one row per option, with option_fi and votes\n    fix: add one row per option with option_fi and votes',
    ]);
  });

  it('reports a vote whose results file is missing as a problem of the whole file', () => {
    expect(checkVoteResults([], FILE).map(formatIn('en'))).toEqual([
      'data/votes/herkkuviikko-2025.csv  the vote has no options.\n    expected: one row per option, with option_fi and votes\n    fix: add one row per option with option_fi and votes',
    ]);
  });

  it('reports the same option twice, whatever its capitals', () => {
    expect(validate('option_fi;votes\nPizza;10\nLohikeitto;4\npizza;3\n').messages).toEqual([
      'data/votes/herkkuviikko-2025.csv:4:1 (row 4, column A)  option_fi "pizza" appears twice (also on row 2).\n    expected: each option once\n    fix: add the votes together into one row, or delete one of the rows',
    ]);
  });

  it('reports an option without its default-language text, and negative or missing votes', () => {
    expect(validate('option_fi;option_sv;votes\n;Pizza;10\nLohikeitto;Laxsoppa;-4\nTacot;;\n').messages).toEqual([
      'data/votes/herkkuviikko-2025.csv:2:1 (row 2, column A)  option_fi is empty.\n    expected: text\n    fix: fill in text',
      'data/votes/herkkuviikko-2025.csv:3:3 (row 3, column C)  votes "-4" is less than 0.\n    expected: a whole number, 0 or more\n    fix: write 0 or more',
      'data/votes/herkkuviikko-2025.csv:4:3 (row 4, column C)  votes is empty.\n    expected: a whole number, 0 or more\n    fix: fill in a whole number, 0 or more',
    ]);
  });
});

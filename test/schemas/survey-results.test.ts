import { same } from '../../src/core/lang.ts';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../src/csv/read.ts';
import { SURVEY_RESULT_HEADER_ALIASES, SurveyResultRowSchema } from '../../src/schemas/survey-results.ts';
import { checkSurveyResults } from '../../src/validate/survey-results.ts';
import { formatIn } from '../../src/core/problem.ts';
import { validateRows } from '../../src/validate/rows.ts';

const FILE = 'data/surveys/kouluruoka-2025.csv';
const SURVEY = 'content/surveys/fi/kouluruoka-2025.mdx';
const QUESTIONS = ['maku', 'maara', 'ruokailuaika'];

function validate(csv: string) {
  const read = readCsv(FILE, new TextEncoder().encode(csv), { aliases: SURVEY_RESULT_HEADER_ALIASES });
  expect(read.problems.map(formatIn('en'))).toEqual([]);
  const { rows, problems } = validateRows(read.table!, SurveyResultRowSchema, {
    languages: ['fi'],
    what: same('a survey results file'),
  });
  return { rows, messages: [...problems, ...checkSurveyResults(rows, QUESTIONS, SURVEY)].map(formatIn('en')) };
}

const HEADER = 'round;question;n1;n2;n3;n4;n5;no_answer';

describe('survey results', () => {
  it('reads rounds with Finnish headers into counts per answer', () => {
    const { rows, messages } = validate(
      'Kierros;Kysymys;n1;n2;n3;n4;n5;Ei vastausta\n31.5.2025;maku;0;5;12;20;9;\n30.11.2025;maku;1;4;10;25;13;2\n',
    );
    expect(messages).toEqual([]);
    expect(rows.map((r) => r.value)).toEqual([
      { round: '2025-05-31', question: 'maku', n1: 0, n2: 5, n3: 12, n4: 20, n5: 9, no_answer: undefined },
      { round: '2025-11-30', question: 'maku', n1: 1, n2: 4, n3: 10, n4: 25, n5: 13, no_answer: 2 },
    ]);
  });

  it('reports a question that is not in the survey, with the one meant and the list', () => {
    expect(validate(`${HEADER}\n31.5.2025;mak;1;2;3;4;5;\n`).messages).toEqual([
      `data/surveys/kouluruoka-2025.csv:2:2 (row 2, column B)  question "mak" is not a question of the survey in ${SURVEY}.\n    expected: a question id from the questions in ${SURVEY}: maku, maara, ruokailuaika\n    fix: did you mean "maku"?`,
    ]);
    expect(validate(`${HEADER}\n31.5.2025;siisteys;1;2;3;4;5;\n`).messages).toEqual([
      `data/surveys/kouluruoka-2025.csv:2:2 (row 2, column B)  question "siisteys" is not a question of the survey in ${SURVEY}.\n    expected: a question id from the questions in ${SURVEY}: maku, maara, ruokailuaika\n    fix: correct the id, or add the question to questions in ${SURVEY}`,
    ]);
  });

  it('reports a round with no answers at all', () => {
    expect(validate(`${HEADER}\n31.5.2025;maku;0;0;0;0;0;14\n`).messages).toEqual([
      'data/surveys/kouluruoka-2025.csv:2:1 (row 2, column A)  round "31.5.2025" of question maku has no answers (n1…n5 are all 0).\n    expected: at least one answer in n1…n5\n    fix: remove the row, or fill in the counts n1…n5',
    ]);
  });

  it('reports the same round and question twice', () => {
    expect(
      validate(`${HEADER}\n31.5.2025;maku;1;2;3;4;5;\n2025-05-31;maara;1;2;3;4;5;\n31.05.2025;maku;1;1;1;1;1;\n`)
        .messages,
    ).toEqual([
      'data/surveys/kouluruoka-2025.csv:4:2 (row 4, column B)  question "maku" appears twice for round 31.5.2025 (also on row 2).\n    expected: one row per round and question\n    fix: add the two rows together into one, or correct the round date',
    ]);
  });

  it('reports empty, negative and non-integer counts', () => {
    expect(validate(`${HEADER}\n31.5.2025;maku;;-2;3,5;4;5;\n`).messages).toEqual([
      'data/surveys/kouluruoka-2025.csv:2:3 (row 2, column C)  n1 is empty.\n    expected: a whole number, 0 or more\n    fix: fill in a whole number, 0 or more',
      'data/surveys/kouluruoka-2025.csv:2:4 (row 2, column D)  n2 "-2" is less than 0.\n    expected: a whole number, 0 or more\n    fix: write 0 or more',
      'data/surveys/kouluruoka-2025.csv:2:5 (row 2, column E)  n3 "3,5" is not a whole number.\n    expected: a whole number, 0 or more\n    fix: round it to a whole number',
    ]);
  });

  it('tells shares in per cent, as a survey report gives them beside the counts, to write the counts', () => {
    expect(validate(`${HEADER}\n31.5.2025;maku;5;10 %;45 %;30;10;\n`).messages.map((m) => m.split('\n')[0])).toEqual([
      'data/surveys/kouluruoka-2025.csv:2:4 (row 2, column D)  n2 "10 %" is not a whole number.',
      'data/surveys/kouluruoka-2025.csv:2:5 (row 2, column E)  n3 "45 %" is not a whole number.',
    ]);
    expect(validate(`${HEADER}\n31.5.2025;maku;5;10 %;4;30;10;\n`).messages[0]).toContain(
      "fix: write the count, not the share in per cent (a survey tool's report gives the counts in a column of their own beside the shares)",
    );
  });

  it('reports an impossible round date', () => {
    expect(validate(`${HEADER}\n31.11.2025;maku;1;2;3;4;5;\n`).messages).toEqual([
      'data/surveys/kouluruoka-2025.csv:2:1 (row 2, column A)  round "31.11.2025" is not a date that exists (month 11 of 2025 has 30 days).\n    expected: a real calendar date\n    fix: check the day and the month',
    ]);
  });

  it('reports a missing count column and warns about a misspelt one', () => {
    expect(validate('round;question;n1;n2;n3;n4;n 5\n31.5.2025;maku;1;2;3;4;5\n').messages).toEqual([
      'data/surveys/kouluruoka-2025.csv:1 (row 1)  the required column "n5" is missing from the header.\n    expected: the columns of a survey results file: round, question, n1, n2, n3, n4, n5, no_answer\n    fix: add a column named n5 (is "n 5" meant to be n5?)',
      'data/surveys/kouluruoka-2025.csv:1:7 (row 1, column G)  warning: column "n 5" is not a column of a survey results file, so it is ignored.\n    expected: round, question, n1, n2, n3, n4, n5, no_answer\n    fix: did you mean "n5"? Rename the column, or delete it',
    ]);
  });
});

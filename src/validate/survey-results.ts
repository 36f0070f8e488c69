/**
 * Cross-file check of a survey's results against the questions its MDX declares.
 */
import { error, type Problem } from '../core/problem.ts';
import type { Located } from '../core/position.ts';
import type { SurveyResultRow } from '../schemas/survey-results.ts';
import { didYouMean, finnishDate } from '../schemas/fields.ts';

function at(row: Located<SurveyResultRow>, column: string) {
  return { file: row.file, line: row.line, column: row.columns[column] ?? 0 };
}

/**
 * Checks the rows against the survey's questions and against each other: the page draws one
 * distribution per round and question, so each must exist, be unique and have answers.
 */
export function checkSurveyResults(
  rows: readonly Located<SurveyResultRow>[],
  questionIds: readonly string[],
  surveyFile: string,
): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, Located<SurveyResultRow>>();
  for (const row of rows) {
    const { round, question } = row.value;
    if (!questionIds.includes(question)) {
      problems.push(unknownQuestion(row, questionIds, surveyFile));
    }
    const key = `${round} ${question}`;
    const first = seen.get(key);
    if (first) {
      problems.push(
        error(
          at(row, 'question'),
          'survey.duplicate',
          `question "${question}" appears twice for round ${finnishDate(round)} (also on line ${first.line}).`,
          {
            expected: 'one row per round and question',
            fix: 'add the two rows together into one, or correct the round date',
          },
        ),
      );
    } else {
      seen.set(key, row);
    }
    if ([row.value.n1, row.value.n2, row.value.n3, row.value.n4, row.value.n5].every((n) => n === 0)) {
      problems.push(
        error(
          at(row, 'round'),
          'survey.no-answers',
          `round "${finnishDate(round)}" of question ${question} has no answers (n1…n5 are all 0).`,
          {
            expected: 'at least one answer in n1…n5',
            fix: 'remove the row, or fill in the counts n1…n5',
          },
        ),
      );
    }
  }
  return problems;
}

function unknownQuestion(row: Located<SurveyResultRow>, questionIds: readonly string[], surveyFile: string): Problem {
  const guess = didYouMean(row.value.question, questionIds);
  const list = questionIds.length > 0 ? questionIds.join(', ') : '(the survey has no questions)';
  return error(
    at(row, 'question'),
    'ref.question',
    `question "${row.value.question}" is not a question of the survey in ${surveyFile}.`,
    {
      expected: `a question id from the questions in ${surveyFile}: ${list}`,
      fix: guess ? `did you mean "${guess}"?` : `correct the id, or add the question to questions in ${surveyFile}`,
    },
  );
}

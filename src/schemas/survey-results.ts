/**
 * A survey's answers, `data/surveys/<id>.csv` (PRODUCT.md §3.6): one row per round and
 * question, with how many answered 1..5. The questions themselves live in the survey's MDX.
 */
import * as z from 'zod';
import { error, type Problem } from '../validate/problem.ts';
import type { Located } from '../validate/rows.ts';
import { didYouMean, finnishDate, id, integer, requiredDate, type FieldDoc } from './fields.ts';

/** Finnish headers → our column names; the author guide prints this table. */
export const SURVEY_RESULT_HEADER_ALIASES: Readonly<Record<string, string>> = {
  kierros: 'round',
  kysymys: 'question',
  ei_vastausta: 'no_answer',
  'ei vastausta': 'no_answer',
  tyhjä: 'no_answer',
};

function answerCount(score: number) {
  const doc: FieldDoc = {
    fi: `Kuinka moni vastasi ${score} asteikolla 1–5.`,
    sv: `Hur många som svarade ${score} på skalan 1–5.`,
    en: `How many answered ${score} on the scale 1–5.`,
  };
  return integer(doc, { required: true, min: 0 }) as z.ZodType<number, unknown>;
}

export const SurveyResultRowSchema = z.object({
  /** The day the round closed. */
  round: requiredDate({ fi: 'Päivä, jona kyselykierros päättyi.', sv: 'Dagen då enkätomgången stängdes.', en: 'The day the survey round closed.' }),
  /** A question id from the survey's MDX `questions`. */
  question: id({ fi: 'Kysymyksen tunnus kyselyn kuvauksesta.', sv: 'Frågans id i enkätens beskrivning.', en: 'The question id from the survey description.' }, 'maku'),
  n1: answerCount(1),
  n2: answerCount(2),
  n3: answerCount(3),
  n4: answerCount(4),
  n5: answerCount(5),
  no_answer: integer({ fi: 'Kuinka moni jätti vastaamatta.', sv: 'Hur många som inte svarade.', en: 'How many did not answer.' }, { min: 0 }),
});

export type SurveyResultRow = z.output<typeof SurveyResultRowSchema>;

function at(row: Located<SurveyResultRow>, column: string) {
  return { file: row.file, line: row.line, column: row.columns[column] ?? 0 };
}

/**
 * Checks the rows against the survey's questions and against each other: the page draws one
 * distribution per round and question, so each must exist, be unique and have answers.
 */
export function checkSurveyResults(rows: readonly Located<SurveyResultRow>[], questionIds: readonly string[], surveyFile: string): Problem[] {
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
        error(at(row, 'question'), 'survey.duplicate', `question "${question}" appears twice for round ${finnishDate(round)} (also on line ${first.line}).`, {
          expected: 'one row per round and question',
          fix: 'add the two rows together into one, or correct the round date',
        }),
      );
    } else {
      seen.set(key, row);
    }
    if ([row.value.n1, row.value.n2, row.value.n3, row.value.n4, row.value.n5].every((n) => n === 0)) {
      problems.push(
        error(at(row, 'round'), 'survey.no-answers', `round "${finnishDate(round)}" of question ${question} has no answers (n1…n5 are all 0).`, {
          expected: 'at least one answer in n1…n5',
          fix: 'remove the row, or fill in the counts n1…n5',
        }),
      );
    }
  }
  return problems;
}

function unknownQuestion(row: Located<SurveyResultRow>, questionIds: readonly string[], surveyFile: string): Problem {
  const guess = didYouMean(row.value.question, questionIds);
  const list = questionIds.length > 0 ? questionIds.join(', ') : '(the survey has no questions)';
  return error(at(row, 'question'), 'ref.question', `question "${row.value.question}" is not a question of the survey in ${surveyFile}.`, {
    expected: `a question id from the questions in ${surveyFile}: ${list}`,
    fix: guess ? `did you mean "${guess}"?` : `correct the id, or add the question to questions in ${surveyFile}`,
  });
}

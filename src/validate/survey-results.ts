/**
 * Cross-file check of a survey's results against the questions its MDX declares.
 */
import { error, type Problem } from '../core/problem.ts';
import type { Located } from '../core/position.ts';
import type { SurveyResultRow } from '../schemas/survey-results.ts';
import { didYouMean, didYouMeanText, finnishDate } from '../schemas/fields.ts';
import { cellOf } from '../core/position.ts';
import type { Text } from '../core/lang.ts';

const at = cellOf;

/** `rivi 87`: the Excel row when it is known, else the text line. */
function rowWords(row: { line: number; row?: number }): Text {
  const n = row.row ?? row.line;
  return { fi: `rivi ${n}`, sv: `rad ${n}`, en: row.row === undefined ? `line ${n}` : `row ${n}` };
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
          {
            fi: `question "${question}" on kahdesti kierroksella ${finnishDate(round)} (myös ${rowWords(first).fi}).`,
            sv: `question "${question}" förekommer två gånger för omgången ${finnishDate(round)} (även ${rowWords(first).sv}).`,
            en: `question "${question}" appears twice for round ${finnishDate(round)} (also on ${rowWords(first).en}).`,
          },
          {
            expected: {
              fi: 'yksi rivi kutakin kierrosta ja kysymystä kohden',
              sv: 'en rad per omgång och fråga',
              en: 'one row per round and question',
            },
            fix: {
              fi: 'laske rivit yhteen yhdeksi riviksi tai korjaa kierroksen päivämäärä',
              sv: 'lägg ihop de två raderna till en, eller rätta omgångens datum',
              en: 'add the two rows together into one, or correct the round date',
            },
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
          {
            fi: `kysymyksen ${question} kierroksella round "${finnishDate(round)}" ei ole vastauksia (n1…n5 ovat kaikki 0).`,
            sv: `round "${finnishDate(round)}" för frågan ${question} har inga svar (n1…n5 är alla 0).`,
            en: `round "${finnishDate(round)}" of question ${question} has no answers (n1…n5 are all 0).`,
          },
          {
            expected: {
              fi: 'vähintään yksi vastaus sarakkeissa n1…n5',
              sv: 'minst ett svar i n1…n5',
              en: 'at least one answer in n1…n5',
            },
            fix: {
              fi: 'poista rivi tai täytä vastausmäärät n1…n5',
              sv: 'ta bort raden, eller fyll i antalen n1…n5',
              en: 'remove the row, or fill in the counts n1…n5',
            },
          },
        ),
      );
    }
  }
  return problems;
}

function unknownQuestion(row: Located<SurveyResultRow>, questionIds: readonly string[], surveyFile: string): Problem {
  const guess = didYouMean(row.value.question, questionIds);
  const list: Text =
    questionIds.length > 0
      ? { fi: questionIds.join(', '), sv: questionIds.join(', '), en: questionIds.join(', ') }
      : { fi: '(kyselyssä ei ole kysymyksiä)', sv: '(enkäten har inga frågor)', en: '(the survey has no questions)' };
  return error(
    at(row, 'question'),
    'ref.question',
    {
      fi: `question "${row.value.question}" ei ole tiedoston ${surveyFile} kyselyn kysymys.`,
      sv: `question "${row.value.question}" är inte en fråga i enkäten i ${surveyFile}.`,
      en: `question "${row.value.question}" is not a question of the survey in ${surveyFile}.`,
    },
    {
      expected: {
        fi: `kysymyksen tunnus tiedoston ${surveyFile} kohdasta questions: ${list.fi}`,
        sv: `ett fråge-id från questions i ${surveyFile}: ${list.sv}`,
        en: `a question id from the questions in ${surveyFile}: ${list.en}`,
      },
      fix: guess
        ? didYouMeanText(guess)
        : {
            fi: `korjaa tunnus tai lisää kysymys tiedoston ${surveyFile} kohtaan questions`,
            sv: `rätta id:t, eller lägg till frågan under questions i ${surveyFile}`,
            en: `correct the id, or add the question to questions in ${surveyFile}`,
          },
    },
  );
}

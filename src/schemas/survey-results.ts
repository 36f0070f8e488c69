/**
 * A survey's answers, `data/surveys/<id>.csv` (PRODUCT.md §3.6): one row per round and
 * question, with how many answered 1..5. The questions themselves live in the survey's MDX.
 */
import * as z from 'zod';
import { allAliases, type HeaderAliases } from './columns.ts';
import { id, integer, requiredDate, type FieldDoc } from './fields.ts';

/** Finnish and Swedish headers → our column names; the author guide prints these tables. */
export const SURVEY_RESULT_HEADERS: HeaderAliases = {
  fi: {
    kierros: 'round',
    kysymys: 'question',
    ei_vastausta: 'no_answer',
    'ei vastausta': 'no_answer',
    tyhjä: 'no_answer',
  },
  sv: {
    omgång: 'round',
    fråga: 'question',
    inget_svar: 'no_answer',
    'inget svar': 'no_answer',
  },
};

export const SURVEY_RESULT_HEADER_ALIASES = allAliases(SURVEY_RESULT_HEADERS);

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
  round: requiredDate({
    fi: 'Päivä, jona kyselykierros päättyi.',
    sv: 'Dagen då enkätomgången stängdes.',
    en: 'The day the survey round closed.',
  }),
  /** A question id from the survey's MDX `questions`. */
  question: id(
    {
      fi: 'Kysymyksen tunnus kyselyn kuvauksesta.',
      sv: 'Frågans id i enkätens beskrivning.',
      en: 'The question id from the survey description.',
    },
    'maku',
  ),
  n1: answerCount(1),
  n2: answerCount(2),
  n3: answerCount(3),
  n4: answerCount(4),
  n5: answerCount(5),
  no_answer: integer(
    { fi: 'Kuinka moni jätti vastaamatta.', sv: 'Hur många som inte svarade.', en: 'How many did not answer.' },
    { min: 0 },
  ),
});

export type SurveyResultRow = z.output<typeof SurveyResultRowSchema>;

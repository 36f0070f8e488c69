/**
 * Surveys (PRODUCT.md §3.6): the questions and the answer scale live here, in
 * `content/surveys/<lang>/<id>.mdx`; the answers per round in `data/surveys/<id>.csv`.
 */
import * as z from 'zod';
import { requiredText, type FieldDoc } from './fields.ts';
import { listItem, listOf, mapOf, type ItemNoun } from './content-fields.ts';

const doc = {
  title: { fi: 'Kyselyn nimi.', sv: 'Enkätens namn.', en: 'The name of the survey.' },
  scale: {
    fi: 'Vastausasteikon viisi sanallista vaihtoehtoa, 1:stä 5:een. Keskimmäinen (3) on neutraali mielipide, esimerkiksi "Ei samaa eikä eri mieltä"; "En osaa sanoa" ei ole asteikolla, vaan se lasketaan vastaamatta jätetyksi.',
    sv: 'Svarsskalans fem alternativ i ord, från 1 till 5. Det mittersta (3) är en neutral åsikt, till exempel "Varken av samma eller annan åsikt"; "Vet inte" hör inte till skalan utan räknas som inget svar.',
    en: 'The five answer labels of the scale, for 1 to 5. The middle one (3) is a neutral opinion, such as "Neither agree nor disagree"; "Don\'t know" is not on the scale: it counts as no answer.',
  },
  scaleLabel: { fi: 'Asteikon yksi vaihtoehto.', sv: 'Ett alternativ på skalan.', en: 'One label of the scale.' },
  questions: {
    fi: 'Kysymykset: tunnus ja kysymyksen teksti. Tunnus on sama kuin CSV:n question-sarakkeessa.',
    sv: 'Frågorna: id och frågans text. Id:t är detsamma som i CSV-filens question-kolumn.',
    en: 'The questions: id and the question text. The id is the one in the CSV question column.',
  },
  question: { fi: 'Kysymyksen teksti.', sv: 'Frågans text.', en: 'The text of the question.' },
} satisfies Record<string, FieldDoc>;

const LABEL: ItemNoun = {
  one: { fi: 'asteikon sanallinen nimike', sv: 'skaletikett', en: 'label' },
  plural: { fi: 'asteikon sanalliset nimikkeet', sv: 'skaletiketterna', en: 'labels' },
  counted: { fi: 'nimikettä', sv: 'etiketter', en: 'labels' },
};
const QUESTION: ItemNoun = {
  one: { fi: 'kysymys', sv: 'fråga', en: 'question' },
  plural: { fi: 'kysymykset', sv: 'frågorna', en: 'questions' },
  counted: { fi: 'kysymystä', sv: 'frågor', en: 'questions' },
};

const scale = (example: string) =>
  listOf(doc.scale, listItem(doc.scaleLabel, { max: 100 }), { required: true, length: 5, itemNoun: LABEL, example });
const questions = (example: string) =>
  mapOf(doc.questions, requiredText(doc.question, { max: 500 }), { itemNoun: QUESTION, example });

export const SurveySchema = z.object({
  /** The name of the survey. */
  title: requiredText(doc.title, { max: 200 }),
  /** Exactly five answer labels, for 1 to 5. */
  scale: scale('"- Erittäin huono"'),
  /** Question id → question text; ids are the CSV's `question` values. */
  questions: questions('"maku: Miltä ruoka maistui?"'),
});

/** A translation gives its own title, and may translate the labels and the question texts, keeping the ids. */
export const SurveyTranslationSchema = z.object({
  title: requiredText(doc.title, { max: 200 }),
  scale: scale('"- Mycket dålig"').optional(),
  questions: questions('"maku: Hur smakade maten?"').optional(),
});

export type Survey = z.output<typeof SurveySchema>;
export type SurveyTranslation = z.output<typeof SurveyTranslationSchema>;

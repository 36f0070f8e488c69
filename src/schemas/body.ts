/**
 * Participation bodies: children's parliaments, youth councils, customer panels, pupil
 * councils, elderly councils (PRODUCT.md §3.4), in `content/bodies/<lang>/<slug>.mdx`.
 */
import * as z from 'zod';
import { integer, oneOf, requiredText, type FieldDoc } from './fields.ts';

export const BODY_KINDS = [
  'children-parliament',
  'youth-council',
  'customer-panel',
  'pupil-council',
  'council',
  'other',
] as const;

const doc = {
  name: { fi: 'Toimielimen nimi.', sv: 'Organets namn.', en: 'The name of the body.' },
  kind: { fi: 'Toimielimen laji.', sv: 'Typ av organ.', en: 'The kind of body.' },
  members: { fi: 'Jäsenten määrä.', sv: 'Antal medlemmar.', en: 'How many members it has.' },
  cadence: {
    fi: 'Kuinka usein se kokoontuu, esimerkiksi "kaksi kertaa vuodessa".',
    sv: 'Hur ofta det sammanträder, till exempel "två gånger om året".',
    en: 'How often it meets, e.g. "twice a year".',
  },
} satisfies Record<string, FieldDoc>;

export const BodySchema = z.object({
  /** The name of the body. */
  name: requiredText(doc.name, { max: 200 }),
  /** children-parliament, youth-council, customer-panel, pupil-council, council or other. */
  kind: oneOf(
    doc.kind,
    { fi: 'kelvollinen toimielimen laji', sv: 'en giltig typ av organ', en: 'a kind of body' },
    BODY_KINDS,
    {
      synonyms: {
        lapsiparlamentti: 'children-parliament',
        barnparlament: 'children-parliament',
        nuorisovaltuusto: 'youth-council',
        ungdomsfullmäktige: 'youth-council',
        'youth council': 'youth-council',
        asiakasraati: 'customer-panel',
        kundpanel: 'customer-panel',
        oppilaskunta: 'pupil-council',
        oppilasraati: 'pupil-council',
        elevkår: 'pupil-council',
        elevråd: 'pupil-council',
        neuvosto: 'council',
        vanhusneuvosto: 'council',
        vammaisneuvosto: 'council',
        råd: 'council',
        muu: 'other',
        annat: 'other',
      },
    },
  ),
  /** How many members it has. */
  members: integer(doc.members, { min: 1 }),
  /** How often it meets, e.g. "twice a year". */
  cadence: requiredText(doc.cadence, { max: 200 }),
});

/** The words the default file must have, a translation must have too (see ThemeTranslationSchema). */
export const BodyTranslationSchema = z.object({
  name: requiredText(doc.name, { max: 200 }),
  cadence: requiredText(doc.cadence, { max: 200 }),
});

export type Body = z.output<typeof BodySchema>;
export type BodyTranslation = z.output<typeof BodyTranslationSchema>;

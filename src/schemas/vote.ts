/**
 * Votes (PRODUCT.md §3.7): what was voted on, in `content/votes/<lang>/<id>.mdx`; the options
 * and their votes in `data/votes/<id>.csv`.
 */
import * as z from 'zod';
import { finnishDate, integer, report, requiredDate, requiredText, type FieldDoc } from './fields.ts';
import { optionalRef } from './content-fields.ts';

const doc = {
  title: { fi: 'Mistä äänestettiin.', sv: 'Vad som röstades om.', en: 'What was voted on.' },
  body: {
    fi: 'Toimielin, joka järjesti äänestyksen (tunnus), jos sellainen on.',
    sv: 'Organet som ordnade omröstningen (id), om något.',
    en: 'The body that ran the vote (slug), if any.',
  },
  opens: { fi: 'Äänestyksen ensimmäinen päivä.', sv: 'Omröstningens första dag.', en: 'The first day of voting.' },
  closes: { fi: 'Äänestyksen viimeinen päivä.', sv: 'Omröstningens sista dag.', en: 'The last day of voting.' },
  electorate: {
    fi: 'Kuinka moni sai äänestää (äänestysprosenttia varten).',
    sv: 'Hur många som fick rösta (för valdeltagandet).',
    en: 'How many could vote (for the turnout).',
  },
  action: {
    fi: 'Toimenpide, joka tehtiin tuloksen perusteella (tunnus).',
    sv: 'Åtgärden som följde av resultatet (id).',
    en: 'The action taken on the result (action id).',
  },
} satisfies Record<string, FieldDoc>;

export const VoteSchema = z
  .object({
    /** What was voted on. */
    title: requiredText(doc.title, { max: 200 }),
    /** The body that ran the vote, if any. */
    body: optionalRef(doc.body),
    /** The first day of voting. */
    opens: requiredDate(doc.opens),
    /** The last day of voting, on or after `opens`. */
    closes: requiredDate(doc.closes),
    /** How many could vote, for the turnout. */
    electorate: integer(doc.electorate, { min: 1 }),
    /** The action taken on the result ("you voted, we served"). */
    action: optionalRef(doc.action),
  })
  .superRefine((v, ctx) => {
    if (v.opens !== undefined && v.closes !== undefined && v.closes < v.opens) {
      const opens = finnishDate(v.opens);
      report(
        ctx,
        {
          fi: `on ennen äänestyksen alkamispäivää ${opens}.`,
          sv: `är före öppningsdagen ${opens}.`,
          en: `is before the opening day ${opens}.`,
        },
        {
          code: 'date.order',
          value: finnishDate(v.closes),
          expected: {
            fi: `päivämäärä ${opens} tai sen jälkeen`,
            sv: `ett datum den ${opens} eller senare`,
            en: `a date on or after ${opens}`,
          },
          fix: {
            fi: 'tarkista opens- ja closes-päivämäärät',
            sv: 'kontrollera datumen opens och closes',
            en: 'check the opens and closes dates',
          },
        },
        ['closes'],
      );
    }
  });

export const VoteTranslationSchema = z.object({
  title: requiredText(doc.title, { max: 200 }),
});

export type Vote = z.output<typeof VoteSchema>;
export type VoteTranslation = z.output<typeof VoteTranslationSchema>;

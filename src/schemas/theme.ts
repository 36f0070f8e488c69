/**
 * Themes: what feedback and actions point at (PRODUCT.md §3.1). One file per theme in
 * `content/themes/<lang>/<slug>.mdx`; the slug is the file name.
 */
import * as z from 'zod';
import { integer, requiredText, text, type FieldDoc } from './fields.ts';

const doc = {
  title: { fi: 'Teeman nimi.', sv: 'Temats namn.', en: 'The name of the theme.' },
  summary: {
    fi: 'Yhden virkkeen kuvaus teemasta listoja varten.',
    sv: 'En mening om temat för listor.',
    en: 'A one-sentence description of the theme for lists.',
  },
  order: {
    fi: 'Järjestys teemaluettelossa (pienin ensin); ilman sitä aakkosjärjestys.',
    sv: 'Ordning i temalistan (minst först); utan den alfabetisk.',
    en: 'Position in the theme list (smallest first); without it, alphabetical.',
  },
  promise: {
    fi: 'Palvelulupaus tämän teeman palautteelle, esimerkiksi "Vastaamme viidessä arkipäivässä." (korvaa sivuston lupauksen).',
    sv: 'Servicelöftet för responsen i detta tema, till exempel "Vi svarar inom fem vardagar." (ersätter webbplatsens löfte).',
    en: 'The service promise for feedback on this theme, e.g. "We answer within five working days." (overrides the site\'s).',
  },
  answerWithinDays: {
    fi: 'Montako päivää lupaus antaa vastaamiseen (kalenteripäivinä); mitataan palautteen answered-päivästä.',
    sv: 'Hur många dagar löftet ger för svaret (kalenderdagar); mäts från responsens answered-datum.',
    en: "How many days the promise gives to answer (calendar days); measured from the feedback's answered date.",
  },
} satisfies Record<string, FieldDoc>;

/** The service promise: shared by a theme and the site (content/site.yaml). */
export const promiseDays = () => integer(doc.answerWithinDays, { min: 1, max: 365, days: true });
export const PROMISE_DOC = doc.promise;

export const ThemeSchema = z.object({
  /** The name of the theme. */
  title: requiredText(doc.title, { max: 200 }),
  /** A one-sentence description for lists. */
  summary: requiredText(doc.summary, { max: 500 }),
  /** Position in the theme list, smallest first. */
  order: integer(doc.order),
  /** What the body promises residents about answering feedback on this theme. */
  promise: text(doc.promise, { max: 500 }),
  /** The promise as a number of days, so whether it was kept can be measured. */
  answerWithinDays: promiseDays(),
});

/**
 * A translation gives only the words; `order` comes from the default-language file. The words
 * the default file must have, a translation must have too: a Finnish title left in a Swedish
 * file would be shown as if it were Swedish.
 */
export const ThemeTranslationSchema = z.object({
  title: requiredText(doc.title, { max: 200 }),
  summary: requiredText(doc.summary, { max: 500 }),
  promise: text(doc.promise, { max: 500 }),
});

export type Theme = z.output<typeof ThemeSchema>;
export type ThemeTranslation = z.output<typeof ThemeTranslationSchema>;

/**
 * Themes: what feedback and actions point at (PRODUCT.md §3.1). One file per theme in
 * `content/themes/<lang>/<slug>.mdx`; the slug is the file name.
 */
import * as z from 'zod';
import { integer, requiredText, type FieldDoc } from './fields.ts';

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
} satisfies Record<string, FieldDoc>;

export const ThemeSchema = z.object({
  /** The name of the theme. */
  title: requiredText(doc.title, { max: 200 }),
  /** A one-sentence description for lists. */
  summary: requiredText(doc.summary, { max: 500 }),
  /** Position in the theme list, smallest first. */
  order: integer(doc.order),
});

/**
 * A translation gives only the words; `order` comes from the default-language file. The words
 * the default file must have, a translation must have too: a Finnish title left in a Swedish
 * file would be shown as if it were Swedish.
 */
export const ThemeTranslationSchema = z.object({
  title: requiredText(doc.title, { max: 200 }),
  summary: requiredText(doc.summary, { max: 500 }),
});

export type Theme = z.output<typeof ThemeSchema>;
export type ThemeTranslation = z.output<typeof ThemeTranslationSchema>;

/**
 * Free pages: about, how feedback is handled … (PRODUCT.md §3.8), in
 * `content/pages/<lang>/<slug>.mdx`.
 */
import * as z from 'zod';
import { integer, requiredText, text, type FieldDoc } from './fields.ts';

const doc = {
  title: { fi: 'Sivun otsikko.', sv: 'Sidans rubrik.', en: 'The title of the page.' },
  summary: {
    fi: 'Lyhyt kuvaus hakukoneille ja listoille.',
    sv: 'En kort beskrivning för sökmotorer och listor.',
    en: 'A short description for search engines and lists.',
  },
  order: {
    fi: 'Järjestys valikossa (pienin ensin).',
    sv: 'Ordning i menyn (minst först).',
    en: 'Position in the menu (smallest first).',
  },
} satisfies Record<string, FieldDoc>;

export const PageSchema = z.object({
  /** The title of the page. */
  title: requiredText(doc.title, { max: 200 }),
  /** A short description for search engines and lists. */
  summary: text(doc.summary, { max: 500 }),
  /** Position in the menu, smallest first. */
  order: integer(doc.order),
});

/** A translation gives its own title; a left-out summary is the default language's. */
export const PageTranslationSchema = z.object({
  title: requiredText(doc.title, { max: 200 }),
  summary: text(doc.summary, { max: 500 }),
});

export type Page = z.output<typeof PageSchema>;
export type PageTranslation = z.output<typeof PageTranslationSchema>;

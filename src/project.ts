/**
 * The validated project: everything the site is built from, typed by the schemas. Validation
 * produces it (src/validate/project.ts) and pages only ever read it, so there is one reader
 * and one set of schemas between an author's files and a resident's page.
 */
import type { Lang, Localized } from './schemas/fields.ts';
import type { Feedback } from './schemas/feedback.ts';

export type { Lang, Localized };

/** Where a key or cell was written, for messages about cross-references. */
export interface SourcePosition {
  file: string;
  line: number;
  column: number;
}

/** One translation of an MDX entry. */
export interface EntryTranslation<F> {
  lang: Lang;
  /** Repository-relative path, e.g. `content/themes/sv/kirjastot.mdx`. */
  file: string;
  /** The translatable frontmatter keys this translation gives; the rest fall back. */
  data: Partial<F>;
  /** Whether the file has body text (minutes, description) after its frontmatter. */
  hasBody: boolean;
}

/** An MDX entry: `content/<kind>/<lang>/<slug>.mdx` in the default language plus translations. */
export interface Entry<F> {
  /** The file name without `.mdx`: the entry's id and URL segment. */
  slug: string;
  /** Frontmatter of the default-language file, validated and typed. */
  data: F;
  /** Every language that has a file, the default language included. */
  translations: Partial<Record<Lang, EntryTranslation<F>>>;
  /** Position of each frontmatter key in the default-language file (for cross-reference messages). */
  positions: Readonly<Record<string, SourcePosition>>;
}

export type ContentKind = 'themes' | 'bodies' | 'meetings' | 'surveys' | 'votes' | 'pages';

export type { Feedback };

/**
 * The validated project: everything the site is built from, typed by the schemas. Validation
 * produces it (`loadProject` in src/validate/load-project.ts) and pages only ever read it, so
 * there is one reader and one set of schemas between an author's files and a resident's page.
 */
import type { SourcePosition } from '../core/position.ts';
import type { Action } from './action.ts';
import type { ActionUpdate } from './action-update.ts';
import type { Feedback } from './feedback.ts';
import type { ContentData, ContentKind, EntryDataSets } from './kinds.ts';
import type { Lang, Localized } from './fields.ts';
import type { Site } from './site.ts';

export type { Lang, Localized, SourcePosition };

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

export type { ContentKind };

export type { Feedback };

/** The MDX entries of every kind in the registry (src/schemas/kinds.ts): `themes: Entry<Theme>[]` … */
export type ContentEntries = { [K in ContentKind]: Entry<ContentData<K>>[] };

/**
 * Everything validated. The per-entry data sets of the registry (`surveyResults`, `voteResults`:
 * rows by entry id) come from `EntryDataSets`, so a new one is a field here without a line here.
 */
export interface Project extends ContentEntries, EntryDataSets {
  root: string;
  site: Site;
  /** The site's languages; the first is the default. */
  languages: readonly Lang[];
  defaultLang: Lang;
  /** "Now" for this build (ISO date): SOURCE_DATE_EPOCH, else the last commit. */
  asOf: string;
  /** Only published fields: a quote exists only where the author set publish to yes. */
  feedback: Feedback[];
  actions: Action[];
  actionUpdates: ActionUpdate[];
}

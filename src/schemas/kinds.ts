/**
 * The one registry of what an author can write: each kind of MDX content and each CSV data
 * set, declared once with its folder, schemas and names. Everything that lists the kinds
 * derives the list from here: validation (which folders exist, how each file is read), the
 * `Project`'s entries, the MDX modules handed to the compiler and the author guide's field
 * reference. The site's side of each kind (routes, sitemap, search, menu) is declared next to
 * the URLs, in src/site/kinds.ts, as a `Record<ContentKind, …>`: a kind added here without its
 * site entry is a type error there. ARCHITECTURE.md walks through adding a kind.
 */
import type * as z from 'zod';
import { ACTION_HEADERS, actionRowSchema } from './action.ts';
import { ACTION_UPDATE_HEADERS, actionUpdateRowSchema } from './action-update.ts';
import { BodySchema, BodyTranslationSchema } from './body.ts';
import type { HeaderAliases } from './columns.ts';
import { FEEDBACK_HEADERS, FeedbackRowSchema } from './feedback.ts';
import type { Lang, Text } from '../core/lang.ts';
import { MeetingSchema, MeetingTranslationSchema } from './meeting.ts';
import { PageSchema, PageTranslationSchema } from './page.ts';
import { SurveySchema, SurveyTranslationSchema } from './survey.ts';
import { SURVEY_RESULT_HEADERS, SurveyResultRowSchema } from './survey-results.ts';
import { ThemeSchema, ThemeTranslationSchema } from './theme.ts';
import { VoteSchema, VoteTranslationSchema } from './vote.ts';
import { VOTE_RESULT_HEADERS, voteResultRowSchema } from './vote-results.ts';

/** One kind of MDX entry: `content/<kind>/<lang>/<id>.mdx`, the kind being its key below. */
export interface ContentKindSpec {
  /** The default-language file's frontmatter. */
  schema: z.ZodType;
  /** A translation's frontmatter: only the words, every fact comes from the default file. */
  translation: z.ZodType;
  /** One entry in English, lower case (`theme`): messages say "a theme", search files pages under it. */
  singular: string;
  /**
   * How messages name the kind: `what` an entry and `translationWhat` a translation, as in "is not
   * a key of a theme" (fi genitive: "teeman avain"); `one` an entry on its own, as in "is not a
   * theme that exists" (fi nominative: "teema"); `many` entries, as in "there are 12 themes" (fi
   * partitive: "teemoja"). A reference to an entry (`theme`, `meeting` …) is reported in them.
   */
  words: { what: Text; translationWhat: Text; one: Text; many: Text };
  /** Published words that residents' personal data must not reach (PRODUCT.md §6). */
  scanPersonalData: boolean;
  /** The author guide's heading for the kind and what the file name is called there. */
  doc: { title: Text; name: 'slug' | 'id' };
  /**
   * The entry templates/ shows, for a kind that `npm run new` cannot make (src/docs/templates.ts
   * takes the others from their scaffold): its id, each key's value in the default-language file
   * and in a translation, and the rows of its per-entry data file, if it has one.
   */
  example?: EntryExample;
}

/** A frontmatter value as a template writes it: text, a number, a list, or a map of texts. */
export type ExampleValue = string | number | readonly string[] | Readonly<Record<string, string>>;

export interface EntryExample {
  slug: string;
  data: Readonly<Record<string, ExampleValue>>;
  translation: Readonly<Record<string, ExampleValue>>;
  rows?: readonly Readonly<Record<string, string>>[];
}

/**
 * In this order everywhere a list of kinds is shown (the main menu, the search filter, the
 * author guide): keep it the order a resident meets them in.
 */
export const CONTENT_KINDS = {
  themes: {
    schema: ThemeSchema,
    translation: ThemeTranslationSchema,
    singular: 'theme',
    words: {
      what: { fi: 'teeman', sv: 'ett tema', en: 'a theme' },
      translationWhat: { fi: 'teeman käännöksen', sv: 'en översättning av ett tema', en: 'a theme translation' },
      one: { fi: 'teema', sv: 'ett tema', en: 'a theme' },
      many: { fi: 'teemoja', sv: 'teman', en: 'themes' },
    },
    scanPersonalData: false,
    doc: { title: { fi: 'Teemat', sv: 'Teman', en: 'Themes' }, name: 'slug' },
  },
  bodies: {
    schema: BodySchema,
    translation: BodyTranslationSchema,
    singular: 'body',
    words: {
      what: { fi: 'toimielimen', sv: 'ett organ', en: 'a body' },
      translationWhat: { fi: 'toimielimen käännöksen', sv: 'en översättning av ett organ', en: 'a body translation' },
      one: { fi: 'toimielin', sv: 'ett organ', en: 'a body' },
      many: { fi: 'toimielimiä', sv: 'organ', en: 'bodies' },
    },
    scanPersonalData: false,
    doc: { title: { fi: 'Vaikuttamistoimielimet', sv: 'Påverkansorgan', en: 'Participation bodies' }, name: 'slug' },
  },
  meetings: {
    schema: MeetingSchema,
    translation: MeetingTranslationSchema,
    singular: 'meeting',
    words: {
      what: { fi: 'kokouksen', sv: 'ett möte', en: 'a meeting' },
      translationWhat: { fi: 'kokouksen käännöksen', sv: 'en översättning av ett möte', en: 'a meeting translation' },
      one: { fi: 'kokous', sv: 'ett möte', en: 'a meeting' },
      many: { fi: 'kokouksia', sv: 'möten', en: 'meetings' },
    },
    scanPersonalData: true,
    doc: { title: { fi: 'Kokoukset', sv: 'Möten', en: 'Meetings' }, name: 'id' },
  },
  surveys: {
    schema: SurveySchema,
    translation: SurveyTranslationSchema,
    singular: 'survey',
    words: {
      what: { fi: 'kyselyn', sv: 'en enkät', en: 'a survey' },
      translationWhat: { fi: 'kyselyn käännöksen', sv: 'en översättning av en enkät', en: 'a survey translation' },
      one: { fi: 'kysely', sv: 'en enkät', en: 'a survey' },
      many: { fi: 'kyselyjä', sv: 'enkäter', en: 'surveys' },
    },
    scanPersonalData: false,
    doc: { title: { fi: 'Kyselyt', sv: 'Enkäter', en: 'Surveys' }, name: 'id' },
  },
  votes: {
    schema: VoteSchema,
    translation: VoteTranslationSchema,
    singular: 'vote',
    words: {
      what: { fi: 'äänestyksen', sv: 'en omröstning', en: 'a vote' },
      translationWhat: {
        fi: 'äänestyksen käännöksen',
        sv: 'en översättning av en omröstning',
        en: 'a vote translation',
      },
      one: { fi: 'äänestys', sv: 'en omröstning', en: 'a vote' },
      many: { fi: 'äänestyksiä', sv: 'omröstningar', en: 'votes' },
    },
    scanPersonalData: false,
    doc: { title: { fi: 'Äänestykset', sv: 'Omröstningar', en: 'Votes' }, name: 'id' },
  },
  pages: {
    schema: PageSchema,
    translation: PageTranslationSchema,
    singular: 'page',
    words: {
      what: { fi: 'sivun', sv: 'en sida', en: 'a page' },
      translationWhat: { fi: 'sivun käännöksen', sv: 'en översättning av en sida', en: 'a page translation' },
      one: { fi: 'sivu', sv: 'en sida', en: 'a page' },
      many: { fi: 'sivuja', sv: 'sidor', en: 'pages' },
    },
    scanPersonalData: false,
    doc: { title: { fi: 'Vapaat sivut', sv: 'Fria sidor', en: 'Free pages' }, name: 'slug' },
  },
} as const satisfies Record<string, ContentKindSpec>;

export type ContentKind = keyof typeof CONTENT_KINDS;
/** The kinds, in the registry's order. */
export const CONTENT_KIND_NAMES = Object.keys(CONTENT_KINDS) as ContentKind[];
/** The frontmatter of one kind's default-language file, as validated (`Theme` for `themes`). */
export type ContentData<K extends ContentKind> = z.output<(typeof CONTENT_KINDS)[K]['schema']>;

/**
 * A data set with one file per entry of a content kind, named by the entry's id
 * (`data/surveys/<survey id>.csv` for each survey): read and keyed by id, checked against its
 * entries (a file whose entry does not exist is an error), held in the `Project` under
 * `project` and published as one open-data set with the entry's id in the first column.
 */
export interface PerEntrySpec {
  /** The content kind whose entries the files belong to; the folder under data/ is named alike. */
  kind: ContentKind;
  /** The `Project` field holding the rows by entry id. */
  project: string;
  /** Whether every entry must have its file: validation reports an entry without one. */
  required: boolean;
  /** The entry kind in messages: `a survey`, `no survey`, the survey's page (fi cases differ). */
  nouns: { one: Text; genitive: Text; illative: Text };
  /** The open-data set's first column, the entry's id: what it is. */
  idDoc: Text;
}

/** One CSV data set an author commits under data/. */
export interface DataFileSpec {
  /**
   * Where it lives, as the author guide shows it, and so how validation finds it: one file
   * (`data/actions.csv`), every CSV of a folder (`data/feedback/*.csv`), or with `perEntry` one
   * file per entry (`data/surveys/<survey id>.csv`).
   */
  file: string;
  /** The row schema for the site's languages (localized columns are one per language). */
  rowSchema: (languages: readonly Lang[]) => z.ZodObject;
  /** Other header names accepted for a column, by language (read as one table: `allAliases`); the templates' headings come from these. */
  headers: HeaderAliases;
  /** The author guide's heading. */
  title: Text;
  /** The file as messages name it: "the columns of {what}" (fi: genitive). */
  what: Text;
  /** Its rows in the validator's summary line: `key` in the JSON report, the nouns in the text. */
  rows: { key: string; one: Text; many: Text };
  perEntry?: PerEntrySpec;
}

export const DATA_FILES = {
  feedback: {
    file: 'data/feedback/*.csv',
    rowSchema: () => FeedbackRowSchema,
    headers: FEEDBACK_HEADERS,
    title: { fi: 'Palaute', sv: 'Respons', en: 'Feedback' },
    what: { fi: 'palautetiedoston', sv: 'en responsfil', en: 'a feedback file' },
    rows: {
      key: 'feedback rows',
      one: { fi: 'palauterivi', sv: 'responsrad', en: 'feedback row' },
      many: { fi: 'palauteriviä', sv: 'responsrader', en: 'feedback rows' },
    },
  },
  actions: {
    file: 'data/actions.csv',
    rowSchema: actionRowSchema,
    headers: ACTION_HEADERS,
    title: { fi: 'Toimenpiteet', sv: 'Åtgärder', en: 'Actions' },
    what: { fi: 'tiedoston actions.csv', sv: 'actions.csv', en: 'actions.csv' },
    rows: {
      key: 'actions',
      one: { fi: 'toimenpide', sv: 'åtgärd', en: 'action' },
      many: { fi: 'toimenpidettä', sv: 'åtgärder', en: 'actions' },
    },
  },
  'action-updates': {
    file: 'data/action-updates.csv',
    rowSchema: actionUpdateRowSchema,
    headers: ACTION_UPDATE_HEADERS,
    title: { fi: 'Toimenpiteiden aikajana', sv: 'Åtgärdernas tidslinje', en: 'Action timeline' },
    what: { fi: 'tiedoston action-updates.csv', sv: 'action-updates.csv', en: 'action-updates.csv' },
    rows: {
      key: 'action updates',
      one: { fi: 'tilannepäivitys', sv: 'lägesuppdatering', en: 'action update' },
      many: { fi: 'tilannepäivitystä', sv: 'lägesuppdateringar', en: 'action updates' },
    },
  },
  'survey-results': {
    file: 'data/surveys/<survey id>.csv',
    rowSchema: () => SurveyResultRowSchema,
    headers: SURVEY_RESULT_HEADERS,
    title: { fi: 'Kyselyjen tulokset', sv: 'Enkätresultat', en: 'Survey results' },
    what: { fi: 'kyselyn tulostiedoston', sv: 'en fil med enkätresultat', en: 'a survey results file' },
    rows: {
      key: 'survey rows',
      one: { fi: 'kyselyrivi', sv: 'enkätrad', en: 'survey row' },
      many: { fi: 'kyselyriviä', sv: 'enkätrader', en: 'survey rows' },
    },
    perEntry: {
      kind: 'surveys',
      project: 'surveyResults',
      required: true,
      nouns: {
        one: { fi: 'kysely', sv: 'enkät', en: 'survey' },
        genitive: { fi: 'kyselyn', sv: 'enkät', en: 'survey' },
        illative: { fi: 'kyselyyn', sv: 'enkät', en: 'survey' },
      },
      idDoc: {
        fi: 'Kyselyn tunnus (sama kuin kyselysivun osoitteessa).',
        sv: 'Enkätens id (samma som i enkätsidans adress).',
        en: 'The survey id (as in the address of the survey page).',
      },
    },
  },
  'vote-results': {
    file: 'data/votes/<vote id>.csv',
    rowSchema: voteResultRowSchema,
    headers: VOTE_RESULT_HEADERS,
    title: { fi: 'Äänestysten tulokset', sv: 'Omröstningsresultat', en: 'Vote results' },
    what: { fi: 'äänestyksen tulostiedoston', sv: 'en fil med röstningsresultat', en: 'a vote results file' },
    rows: {
      key: 'vote options',
      one: { fi: 'äänestysvaihtoehto', sv: 'röstningsalternativ', en: 'vote option' },
      many: { fi: 'äänestysvaihtoehtoa', sv: 'röstningsalternativ', en: 'vote options' },
    },
    perEntry: {
      kind: 'votes',
      project: 'voteResults',
      required: true,
      nouns: {
        one: { fi: 'äänestys', sv: 'omröstning', en: 'vote' },
        genitive: { fi: 'äänestyksen', sv: 'omröstning', en: 'vote' },
        illative: { fi: 'äänestykseen', sv: 'omröstning', en: 'vote' },
      },
      idDoc: {
        fi: 'Äänestyksen tunnus (sama kuin äänestyssivun osoitteessa).',
        sv: 'Omröstningens id (samma som i omröstningssidans adress).',
        en: 'The vote id (as in the address of the vote page).',
      },
    },
  },
} as const satisfies Record<string, DataFileSpec>;

export type DataFileName = keyof typeof DATA_FILES;
/** The data sets, in the registry's order. */
export const DATA_FILE_NAMES = Object.keys(DATA_FILES) as DataFileName[];

/** The rows of one data set, as its schema gives them. */
export type DataRow<D extends DataFileName> = z.output<ReturnType<(typeof DATA_FILES)[D]['rowSchema']>>;

/** The data sets with one file per entry (`survey-results`, `vote-results`). */
export type PerEntryName = {
  [D in DataFileName]: (typeof DATA_FILES)[D] extends { perEntry: PerEntrySpec } ? D : never;
}[DataFileName];
export const PER_ENTRY_NAMES = DATA_FILE_NAMES.filter((d): d is PerEntryName => 'perEntry' in DATA_FILES[d]);
/** The content kind a per-entry data set belongs to (`surveys` for `survey-results`). */
export type PerEntryKind<D extends PerEntryName = PerEntryName> = (typeof DATA_FILES)[D]['perEntry']['kind'];

/** How validation finds a data set's files under data/: a file, or a folder of CSVs. */
export function dataPlace(name: DataFileName): { file: string } | { folder: string; byId: boolean } {
  const spec: DataFileSpec = DATA_FILES[name];
  if (spec.perEntry) return { folder: spec.file.slice(0, spec.file.lastIndexOf('/')), byId: true };
  if (spec.file.endsWith('/*.csv')) return { folder: spec.file.slice(0, -'/*.csv'.length), byId: false };
  return { file: spec.file };
}

/**
 * The `Project`'s per-entry rows, by entry id, under each set's `project` name:
 * `surveyResults: Record<survey id, SurveyResultRow[]>` …
 */
export type EntryDataSets = {
  [D in PerEntryName as (typeof DATA_FILES)[D]['perEntry']['project']]: Readonly<Record<string, DataRow<D>[]>>;
};

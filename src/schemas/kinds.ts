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
import { ACTION_HEADER_ALIASES, actionRowSchema } from './action.ts';
import { ACTION_UPDATE_HEADER_ALIASES, actionUpdateRowSchema } from './action-update.ts';
import { BodySchema, BodyTranslationSchema } from './body.ts';
import { FEEDBACK_HEADER_ALIASES, FeedbackRowSchema } from './feedback.ts';
import type { Lang, Text } from '../core/lang.ts';
import { MeetingSchema, MeetingTranslationSchema } from './meeting.ts';
import { PageSchema, PageTranslationSchema } from './page.ts';
import { SurveySchema, SurveyTranslationSchema } from './survey.ts';
import { SURVEY_RESULT_HEADER_ALIASES, SurveyResultRowSchema } from './survey-results.ts';
import { ThemeSchema, ThemeTranslationSchema } from './theme.ts';
import { VoteSchema, VoteTranslationSchema } from './vote.ts';
import { VOTE_RESULT_HEADER_ALIASES, voteResultRowSchema } from './vote-results.ts';

/** One kind of MDX entry: `content/<kind>/<lang>/<id>.mdx`, the kind being its key below. */
export interface ContentKindSpec {
  /** The default-language file's frontmatter. */
  schema: z.ZodType;
  /** A translation's frontmatter: only the words, every fact comes from the default file. */
  translation: z.ZodType;
  /** One entry in English, lower case (`theme`): messages say "a theme", search files pages under it. */
  singular: string;
  /** Published words that residents' personal data must not reach (PRODUCT.md §6). */
  scanPersonalData: boolean;
  /** The author guide's heading for the kind and what the file name is called there. */
  doc: { title: Text; name: 'slug' | 'id' };
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
    scanPersonalData: false,
    doc: { title: { fi: 'Teemat', sv: 'Teman', en: 'Themes' }, name: 'slug' },
  },
  bodies: {
    schema: BodySchema,
    translation: BodyTranslationSchema,
    singular: 'body',
    scanPersonalData: false,
    doc: { title: { fi: 'Vaikuttamistoimielimet', sv: 'Påverkansorgan', en: 'Participation bodies' }, name: 'slug' },
  },
  meetings: {
    schema: MeetingSchema,
    translation: MeetingTranslationSchema,
    singular: 'meeting',
    scanPersonalData: true,
    doc: { title: { fi: 'Kokoukset', sv: 'Möten', en: 'Meetings' }, name: 'id' },
  },
  surveys: {
    schema: SurveySchema,
    translation: SurveyTranslationSchema,
    singular: 'survey',
    scanPersonalData: false,
    doc: { title: { fi: 'Kyselyt', sv: 'Enkäter', en: 'Surveys' }, name: 'id' },
  },
  votes: {
    schema: VoteSchema,
    translation: VoteTranslationSchema,
    singular: 'vote',
    scanPersonalData: false,
    doc: { title: { fi: 'Äänestykset', sv: 'Omröstningar', en: 'Votes' }, name: 'id' },
  },
  pages: {
    schema: PageSchema,
    translation: PageTranslationSchema,
    singular: 'page',
    scanPersonalData: false,
    doc: { title: { fi: 'Vapaat sivut', sv: 'Fria sidor', en: 'Free pages' }, name: 'slug' },
  },
} as const satisfies Record<string, ContentKindSpec>;

export type ContentKind = keyof typeof CONTENT_KINDS;
/** The kinds, in the registry's order. */
export const CONTENT_KIND_NAMES = Object.keys(CONTENT_KINDS) as ContentKind[];
/** The frontmatter of one kind's default-language file, as validated (`Theme` for `themes`). */
export type ContentData<K extends ContentKind> = z.output<(typeof CONTENT_KINDS)[K]['schema']>;

/** One CSV data set an author commits under data/. */
export interface DataFileSpec {
  /** Where it lives, as the author guide shows it. */
  file: string;
  /** The row schema for the site's languages (localized columns are one per language). */
  rowSchema: (languages: readonly Lang[]) => z.ZodObject;
  /** Other header names accepted for a column (Finnish and Swedish ones, Excel's). */
  aliases: Readonly<Record<string, string>>;
  /** The author guide's heading. */
  title: Text;
}

export const DATA_FILES = {
  feedback: {
    file: 'data/feedback/*.csv',
    rowSchema: () => FeedbackRowSchema,
    aliases: FEEDBACK_HEADER_ALIASES,
    title: { fi: 'Palaute', sv: 'Respons', en: 'Feedback' },
  },
  actions: {
    file: 'data/actions.csv',
    rowSchema: actionRowSchema,
    aliases: ACTION_HEADER_ALIASES,
    title: { fi: 'Toimenpiteet', sv: 'Åtgärder', en: 'Actions' },
  },
  'action-updates': {
    file: 'data/action-updates.csv',
    rowSchema: actionUpdateRowSchema,
    aliases: ACTION_UPDATE_HEADER_ALIASES,
    title: { fi: 'Toimenpiteiden aikajana', sv: 'Åtgärdernas tidslinje', en: 'Action timeline' },
  },
  'survey-results': {
    file: 'data/surveys/<survey id>.csv',
    rowSchema: () => SurveyResultRowSchema,
    aliases: SURVEY_RESULT_HEADER_ALIASES,
    title: { fi: 'Kyselyjen tulokset', sv: 'Enkätresultat', en: 'Survey results' },
  },
  'vote-results': {
    file: 'data/votes/<vote id>.csv',
    rowSchema: voteResultRowSchema,
    aliases: VOTE_RESULT_HEADER_ALIASES,
    title: { fi: 'Äänestysten tulokset', sv: 'Omröstningsresultat', en: 'Vote results' },
  },
} as const satisfies Record<string, DataFileSpec>;

export type DataFileName = keyof typeof DATA_FILES;

/**
 * The open data sets (PRODUCT.md §7): which rows and columns each published file holds, and the
 * documentation of every column, taken from the same schemas that read the authors' files.
 * Only published fields leave here: feedback text exists only where the author set publish to
 * yes (the project never holds the rest), and the feedback `publish` flag itself is not a column.
 */
import type * as z from 'zod';
import { compareText } from '../core/collections.ts';
import type { CsvValue } from '../domain/open-data.ts';
import { toCsvChunks, toJsonChunks } from '../domain/open-data.ts';
import type { Entry, Project } from '../schemas/project.ts';
import type { Action } from '../schemas/action.ts';
import { ACTION_COLUMNS, actionRowSchema } from '../schemas/action.ts';
import { actionUpdateRowSchema, type ActionUpdate } from '../schemas/action-update.ts';
import type { Feedback } from '../schemas/feedback.ts';
import { FeedbackRowSchema } from '../schemas/feedback.ts';
import { fieldMeta, type FieldDoc, type FieldMeta, type Lang, type Localized } from '../schemas/fields.ts';
import { MeetingSchema, type Meeting } from '../schemas/meeting.ts';
import type { Survey } from '../schemas/survey.ts';
import { SurveyResultRowSchema, type SurveyResultRow } from '../schemas/survey-results.ts';
import {
  CONTENT_KINDS,
  DATA_FILE_NAMES,
  DATA_FILES,
  PER_ENTRY_NAMES,
  type DataFileName,
  type EntryDataSets,
  type PerEntryKind,
  type PerEntryName,
} from '../schemas/kinds.ts';
import { columnsOf } from '../schemas/columns.ts';
import type { UiKey } from '../i18n/index.ts';

/**
 * Every published data set: the registry's data sets (src/schemas/kinds.ts), and the meetings,
 * whose table is their MDX frontmatter. In the open-data page's order: the rows authors keep in
 * files of their own, the meetings, then each kind's per-entry results.
 */
export type DataSetName = DataFileName | 'meetings';
export const DATA_SET_NAMES: readonly DataSetName[] = [
  ...DATA_FILE_NAMES.filter((name) => !isPerEntry(name)),
  'meetings',
  ...PER_ENTRY_NAMES,
];

/** One documented field: a localized field spans one column per language. */
export interface FieldDocumentation {
  columns: string[];
  doc: FieldDoc;
  /** The kind of value in English, as the schema names it (`date`, `one of web, email …`). */
  kind: string;
  required: boolean;
  /** What the schema checks beyond the kind: allowed values, bounds, length (for the Table Schema). */
  constraints: FieldConstraints;
}

export type FieldConstraints = Pick<FieldMeta, 'values' | 'min' | 'max' | 'maxLength'>;

export interface DataSet {
  name: DataSetName;
  columns: string[];
  /** Columns of free text, made formula-safe in the CSV. */
  textColumns: string[];
  rows: Record<string, CsvValue>[];
  /** The JSON file's items: the same facts with lists and languages kept as structure. */
  items: unknown[];
  fields: FieldDocumentation[];
}

/** What the data sets are built from: the validated project or a slice of it. */
export interface OpenDataSource extends Readonly<Pick<Project, PerEntryKind | keyof EntryDataSets>> {
  languages: readonly Lang[];
  feedback: readonly Feedback[];
  actions: readonly Action[];
  actionUpdates: readonly ActionUpdate[];
  meetings: readonly Entry<Meeting>[];
}

/** Columns that are not in an author's file but identify the row in a combined data set. */
const DERIVED: Record<'meeting' | 'questionText', FieldDoc> = {
  meeting: {
    fi: 'Kokouksen tunnus (sama kuin kokoussivun osoitteessa).',
    sv: 'Mötets id (samma som i mötessidans adress).',
    en: 'The meeting id (as in the address of the meeting page).',
  },
  questionText: {
    fi: 'Kysymys sellaisena kuin vastaajat sen näkivät.',
    sv: 'Frågan så som de svarande såg den.',
    en: 'The question as respondents saw it.',
  },
};

/** The documentation of a schema's fields, in the schema's order, from each field's metadata. */
export function documentFields(
  shape: Readonly<Record<string, z.ZodType>>,
  languages: readonly Lang[],
  options: { omit?: readonly string[]; rename?: Readonly<Record<string, string>> } = {},
): FieldDocumentation[] {
  const fields: FieldDocumentation[] = [];
  for (const [name, type] of Object.entries(shape)) {
    if (options.omit?.includes(name)) continue;
    const meta = fieldMeta(type);
    if (!meta) continue;
    const columns = columnsOf({ [name]: type }, languages).map((c) => options.rename?.[c.name] ?? c.name);
    const { values, min, max, maxLength } = meta;
    fields.push({
      columns,
      doc: meta.doc,
      kind: meta.kind,
      required: meta.required,
      constraints: { values, min, max, maxLength },
    });
  }
  return fields;
}

function derivedField(column: string, doc: FieldDoc, kind: string, required = true): FieldDocumentation {
  return { columns: [column], doc, kind, required, constraints: {} };
}

/** `{ fi, sv }` → `{ title_fi, title_sv, title_en }` with every configured language present. */
function spread(prefix: string, text: Localized, languages: readonly Lang[]): Record<string, string | undefined> {
  return Object.fromEntries(languages.map((lang) => [`${prefix}_${lang}`, text[lang]]));
}

function localizedColumns(prefix: string, languages: readonly Lang[]): string[] {
  return languages.map((lang) => `${prefix}_${lang}`);
}

const FEEDBACK_COLUMNS = [
  'id',
  'date',
  'theme',
  'channel',
  'type',
  'service',
  'count',
  'text',
  'lang',
  'answered',
] as const;

/**
 * Feedback without `publish`: `text` comes only from `quote`, which the project sets only when
 * publish is yes, so unpublished words cannot reach this file.
 */
export function feedbackDataSet(feedback: readonly Feedback[]): DataSet {
  const sorted = [...feedback].sort((a, b) => compareText(a.date, b.date) || compareText(a.id, b.id));
  const items = sorted.map((f) => ({
    id: f.id,
    date: f.date,
    theme: f.theme,
    channel: f.channel,
    type: f.type,
    service: f.service,
    count: f.count,
    answered: f.answered,
    text: f.quote,
    // The language belongs to the words: a row without published text has none to tell.
    lang: f.quote === undefined ? undefined : f.lang,
  }));
  return {
    name: 'feedback',
    columns: [...FEEDBACK_COLUMNS],
    textColumns: ['service', 'text'],
    rows: items,
    items,
    fields: documentFields(FeedbackRowSchema.shape, [], { omit: ['publish'] }),
  };
}

/** Exactly actions.csv's columns, so the file opens in Excel and can be saved back as actions.csv. */
export function actionsDataSet(actions: readonly Action[], languages: readonly Lang[]): DataSet {
  const sorted = [...actions].sort((a, b) => compareText(a.id, b.id));
  const rows = sorted.map((a) => ({
    id: a.id,
    ...spread('title', a.title, languages),
    ...spread('description', a.description, languages),
    themes: a.themes.join('|'),
    status: a.status,
    opened: a.opened,
    due: a.due,
    completed: a.completed,
    progress: a.progress,
    unit: a.unit,
    influence: a.influence,
    meeting: a.meeting,
    ...spread('reason', a.reason, languages),
    reference: a.reference,
    ...spread('said', a.said, languages),
  }));
  return {
    name: 'actions',
    columns: ACTION_COLUMNS(languages),
    textColumns: [
      ...localizedColumns('title', languages),
      ...localizedColumns('description', languages),
      ...localizedColumns('reason', languages),
      ...localizedColumns('said', languages),
      'unit',
    ],
    rows,
    items: sorted,
    fields: documentFields(actionRowSchema(languages).shape, languages),
  };
}

export function actionUpdatesDataSet(updates: readonly ActionUpdate[], languages: readonly Lang[]): DataSet {
  // The file's own order within an action is the author's; a stable sort keeps it.
  const sorted = [...updates].sort((a, b) => compareText(a.action, b.action) || compareText(a.date, b.date));
  const shape = actionUpdateRowSchema(languages).shape;
  return {
    name: 'action-updates',
    columns: columnsOf(shape, languages).map((c) => c.name),
    textColumns: localizedColumns('note', languages),
    rows: sorted.map((u) => ({
      action: u.action,
      date: u.date,
      status: u.status,
      progress: u.progress,
      ...spread('note', u.note, languages),
    })),
    items: sorted,
    fields: documentFields(shape, languages),
  };
}

/** A translation's own words only: an untranslated place is an empty cell, not a copy. */
function ownTranslations<F, V>(
  entry: Entry<F>,
  languages: readonly Lang[],
  pick: (data: Partial<F>) => V | undefined,
): Partial<Record<Lang, V>> {
  const out: Partial<Record<Lang, V>> = {};
  for (const lang of languages) {
    const data = entry.translations[lang]?.data;
    const value = data ? pick(data) : undefined;
    if (value !== undefined) out[lang] = value;
  }
  return out;
}

/** Meetings without their minutes (those are the meeting pages); agenda items one per line. */
export function meetingsDataSet(meetings: readonly Entry<Meeting>[], languages: readonly Lang[]): DataSet {
  const defaultLang = languages[0] ?? 'fi';
  const sorted = [...meetings].sort((a, b) => compareText(a.data.date, b.data.date) || compareText(a.slug, b.slug));
  const items = sorted.map((m) => {
    const place = { ...ownTranslations(m, languages, (d) => d.place), [defaultLang]: m.data.place };
    const agenda = { ...ownTranslations(m, languages, (d) => d.agenda), [defaultLang]: m.data.agenda };
    return {
      id: m.slug,
      body: m.data.body,
      date: m.data.date,
      start: m.data.start,
      end: m.data.end,
      place,
      status: m.data.status,
      agenda,
      online: m.data.online,
    };
  });
  const rows = items.map((m) => ({
    id: m.id,
    body: m.body,
    date: m.date,
    start: m.start,
    end: m.end,
    ...spread('place', m.place, languages),
    status: m.status,
    ...spread(
      'agenda',
      Object.fromEntries(Object.entries(m.agenda).map(([lang, list]) => [lang, list?.join('\n')])),
      languages,
    ),
    online: m.online,
  }));
  const shape = MeetingSchema.shape as Record<string, z.ZodType>;
  const fields = documentFields(shape, languages).map((f) =>
    f.columns[0] === 'place' || f.columns[0] === 'agenda'
      ? { ...f, columns: localizedColumns(f.columns[0], languages) }
      : f,
  );
  return {
    name: 'meetings',
    columns: [
      'id',
      'body',
      'date',
      'start',
      'end',
      ...localizedColumns('place', languages),
      'status',
      ...localizedColumns('agenda', languages),
      'online',
    ],
    textColumns: [...localizedColumns('place', languages), ...localizedColumns('agenda', languages)],
    rows,
    items,
    fields: [derivedField('id', DERIVED.meeting, 'id'), ...fields],
  };
}

export function surveyResultsDataSet(
  surveys: readonly Entry<Survey>[],
  results: Readonly<Record<string, readonly SurveyResultRow[]>>,
  languages: readonly Lang[],
): DataSet {
  const defaultLang = languages[0] ?? 'fi';
  const items = [...surveys]
    .sort((a, b) => compareText(a.slug, b.slug))
    .flatMap((survey) => {
      const questions = {
        ...ownTranslations(survey, languages, (d) => d.questions),
        [defaultLang]: survey.data.questions,
      };
      return [...(results[survey.slug] ?? [])]
        .sort((a, b) => compareText(a.round, b.round) || compareText(a.question, b.question))
        .map((r) => ({
          survey: survey.slug,
          round: r.round,
          question: r.question,
          questionText: Object.fromEntries(
            languages.flatMap((lang) => (questions[lang]?.[r.question] ? [[lang, questions[lang][r.question]]] : [])),
          ) as Localized,
          n1: r.n1,
          n2: r.n2,
          n3: r.n3,
          n4: r.n4,
          n5: r.n5,
          no_answer: r.no_answer,
        }));
    });
  const rows = items.map(({ questionText, ...r }) => ({ ...r, ...spread('question_text', questionText, languages) }));
  const fields = documentFields(SurveyResultRowSchema.shape, languages);
  const [round, question, ...counts] = fields;
  return {
    name: 'survey-results',
    columns: [
      'survey',
      'round',
      'question',
      ...localizedColumns('question_text', languages),
      'n1',
      'n2',
      'n3',
      'n4',
      'n5',
      'no_answer',
    ],
    textColumns: localizedColumns('question_text', languages),
    rows,
    items,
    fields: [
      derivedField('survey', DATA_FILES['survey-results'].perEntry.idDoc, 'id'),
      ...(round ? [round] : []),
      ...(question ? [question] : []),
      {
        columns: localizedColumns('question_text', languages),
        doc: DERIVED.questionText,
        kind: 'text, one column per language',
        required: false,
        constraints: {},
      },
      ...counts,
    ],
  };
}

/**
 * A per-entry data set as the registry declares it: the entries in id order, each file's rows
 * in the file's order (a vote's options in the order voters saw them), the entry's id first,
 * then the row schema's columns, a localized field one column per language.
 */
export function perEntryDataSet(name: PerEntryName, source: OpenDataSource): DataSet {
  const spec = DATA_FILES[name].perEntry;
  const { languages } = source;
  const id = CONTENT_KINDS[spec.kind].singular;
  const shape = DATA_FILES[name].rowSchema(languages).shape as Record<string, z.ZodType>;
  const localized = Object.keys(shape).filter((field) => fieldMeta(shape[field]!)?.localized);
  const results: Readonly<Record<string, readonly Record<string, unknown>[]>> = source[spec.project];
  const items = [...source[spec.kind]]
    .sort((a, b) => compareText(a.slug, b.slug))
    .flatMap((entry) => (results[entry.slug] ?? []).map((row) => ({ [id]: entry.slug, ...row })));
  const rows = items.map((item) =>
    Object.fromEntries(
      Object.entries(item).flatMap(([field, value]) =>
        localized.includes(field)
          ? Object.entries(spread(field, value as Localized, languages))
          : [[field, value as CsvValue]],
      ),
    ),
  );
  return {
    name,
    columns: [id, ...columnsOf(shape, languages).map((c) => c.name)],
    textColumns: localized.flatMap((field) => localizedColumns(field, languages)),
    rows,
    items,
    fields: [derivedField(id, spec.idDoc, 'id'), ...documentFields(shape, languages)],
  };
}

/** The data sets with a builder of their own; every other per-entry set is built as the registry declares it. */
const BUILDERS: { [N in Exclude<DataSetName, PerEntryName>]: (source: OpenDataSource) => DataSet } & {
  [N in PerEntryName]?: (source: OpenDataSource) => DataSet;
} = {
  feedback: (source) => feedbackDataSet(source.feedback),
  actions: (source) => actionsDataSet(source.actions, source.languages),
  'action-updates': (source) => actionUpdatesDataSet(source.actionUpdates, source.languages),
  meetings: (source) => meetingsDataSet(source.meetings, source.languages),
  // A question's text is in the survey's MDX, not the results file: joined in for readers.
  'survey-results': (source) => surveyResultsDataSet(source.surveys, source.surveyResults, source.languages),
};

/**
 * The UI strings naming a data set and saying what it holds: a per-entry set's are in its
 * kind's own strings (`votes.openData`, `votes.openData.about`), so a new kind brings them in
 * its own file; the others' are `opendata.set.<name>`. A missing one is a type error.
 */
export function dataSetWords(name: DataSetName): { title: UiKey; about: UiKey } {
  if (isPerEntry(name)) {
    const kind: PerEntryKind = DATA_FILES[name].perEntry.kind;
    return { title: `${kind}.openData`, about: `${kind}.openData.about` };
  }
  return { title: `opendata.set.${name}`, about: `opendata.set.${name}.about` };
}

function isPerEntry(name: DataSetName): name is PerEntryName {
  return (PER_ENTRY_NAMES as readonly string[]).includes(name);
}

/** Builds one data set; each endpoint builds only its own. */
export function buildDataSet(name: DataSetName, source: OpenDataSource): DataSet {
  const own = BUILDERS[name];
  if (own) return own(source);
  return perEntryDataSet(name as PerEntryName, source);
}

/** The set's CSV file in pieces (rows never split): what is written to disk, one piece at a time. */
export function dataSetCsvChunks(set: DataSet): Generator<string> {
  return toCsvChunks(set.columns, set.rows, { textColumns: set.textColumns });
}

/** The set's JSON file, `{ "name", "asOf", "items" }`, in pieces: "as of" is the build's date, never the clock. */
export function dataSetJsonChunks(set: DataSet, asOf: string): Generator<string> {
  return toJsonChunks({ name: set.name, asOf }, 'items', set.items);
}

export function dataSetCsv(set: DataSet): string {
  return [...dataSetCsvChunks(set)].join('');
}

export function dataSetJson(set: DataSet, asOf: string): string {
  return [...dataSetJsonChunks(set, asOf)].join('');
}

/**
 * The UI string (in `opendata.json`) that says a schema's kind of value in the reader's
 * language; undefined for a kind without one, which the page then shows in English.
 */
export function kindWords(kind: string): { key: UiKey; params?: Record<string, string> } | undefined {
  const fixed: Record<string, UiKey> = {
    text: 'opendata.kind.text',
    date: 'opendata.kind.date',
    id: 'opendata.kind.id',
    time: 'opendata.kind.time',
    'yes or no': 'opendata.kind.yesNo',
    'text, one column per language': 'opendata.kind.localized',
    'a web address starting with https://': 'opendata.kind.url',
    'a list': 'opendata.kind.list',
    'a whole number': 'opendata.kind.int',
  };
  const key = fixed[kind];
  if (key) return { key };
  let m = /^one of (.+)$/.exec(kind);
  if (m) return { key: 'opendata.kind.oneOf', params: { values: m[1]! } };
  m = /^a whole number from (\d+) to (\d+)$/.exec(kind);
  if (m) return { key: 'opendata.kind.intRange', params: { min: m[1]!, max: m[2]! } };
  m = /^a whole number, (\d+) or more$/.exec(kind);
  if (m) return { key: 'opendata.kind.intMin', params: { min: m[1]! } };
  if (kind.startsWith('one or more slugs separated by |')) return { key: 'opendata.kind.slugList' };
  return undefined;
}

// Generates the CSV data of the Kuusijärvi example site (data/feedback, data/actions.csv,
// data/action-updates.csv, data/surveys, data/votes) from the data modules in
// scripts/example-data/. Deterministic: seeded random sources passed explicitly, and no clock.
//
//   npm run generate-example                      rewrites data/ from content/ and the data modules
//   npm run generate-example -- --out DIR         writes DIR/data/… instead (the test compares it with data/)
//
// What is only here is the program: how rows are drawn from the models. The words, numbers and
// seeds are in scripts/example-data/; the column lists come from the schemas (src/schemas), and
// the meetings' dates and the surveys' questions from content/, so nothing is typed twice.

import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { finnishDate } from '../src/core/dates.ts';
import type * as z from 'zod';
import { actionRowSchema } from '../src/schemas/action.ts';
import { actionUpdateRowSchema } from '../src/schemas/action-update.ts';
import { columnsOf } from '../src/schemas/columns.ts';
import { FEEDBACK_HEADER_ALIASES, FeedbackRowSchema } from '../src/schemas/feedback.ts';
import { fieldMeta, type Lang } from '../src/schemas/fields.ts';
import { SurveyResultRowSchema } from '../src/schemas/survey-results.ts';
import { voteResultRowSchema } from '../src/schemas/vote-results.ts';
import { splitFrontmatter } from '../src/validate/frontmatter.ts';
import { ACTIONS } from './example-data/actions.ts';
import {
  ANSWERS,
  CHANNEL_WEIGHTS,
  DAILY,
  FEEDBACK_FILES,
  FEEDBACK_FROM,
  FEEDBACK_SEED,
  FEEDBACK_TO,
  FINNISH_HEADERS,
  HAND_WRITTEN,
  MEETING_POINTS,
  MEETINGS_HELD,
  SLOTS,
  SURVEY_OPEN_ANSWERS,
  TEXTS,
  TEXTS_SV,
  THEMES,
  type FeedbackType,
  type ExampleFeedback,
} from './example-data/feedback.ts';
import { SURVEYS, VOTES, type SurveyModel } from './example-data/surveys-and-votes.ts';
import {
  AGREED_AT,
  BODY_AT,
  DECLINED,
  DONE,
  GOING,
  NOW,
  PLANNING,
  RECORDED,
  SKIP_EVERY,
  STARTED,
  TIMELINE_SEED,
} from './example-data/timelines.ts';
import { csvText } from '../src/core/csv-text.ts';
import {
  excelCsv,
  Random,
  type ActionStatusName,
  type Cell,
  type PlannedAction,
  type Text3,
} from './lib/synthetic-data.ts';

/** The languages of the example's texts, in the order of a Text3. */
const LANGS = ['fi', 'sv', 'en'] as const satisfies readonly Lang[];

// ---------------------------------------------------------------------------------------------
// What the generator reads from content/: the meetings' dates and the surveys' questions.

interface ContentFacts {
  meetings: ReadonlyMap<string, { date: string; status: string }>;
  surveyQuestions: ReadonlyMap<string, readonly string[]>;
}

function frontmatterOf(file: string): Record<string, unknown> {
  const { block } = splitFrontmatter(readFileSync(file, 'utf8'), file);
  if (!block) throw new Error(`${file}: no frontmatter`);
  return parseYaml(block.yaml) as Record<string, unknown>;
}

/** Each entry of content/<kind>/<default language>/ by id, with its frontmatter. */
function entries(root: string, kind: string): Map<string, Record<string, unknown>> {
  const folder = join(root, 'content', kind, LANGS[0]);
  const out = new Map<string, Record<string, unknown>>();
  for (const name of readdirSync(folder).sort()) {
    if (name.endsWith('.mdx')) out.set(name.slice(0, -'.mdx'.length), frontmatterOf(join(folder, name)));
  }
  return out;
}

export function readContent(root: string): ContentFacts {
  const meetings = new Map<string, { date: string; status: string }>();
  for (const [id, fm] of entries(root, 'meetings'))
    meetings.set(id, { date: String(fm.date), status: String(fm.status) });
  const surveyQuestions = new Map<string, readonly string[]>();
  for (const [id, fm] of entries(root, 'surveys')) surveyQuestions.set(id, Object.keys(fm.questions ?? {}));
  return { meetings, surveyQuestions };
}

function meetingDate(content: ContentFacts, id: string): string {
  const meeting = content.meetings.get(id);
  if (!meeting) throw new Error(`scripts/example-data: meeting ${id} is not in content/meetings/${LANGS[0]}/`);
  return meeting.date;
}

// ---------------------------------------------------------------------------------------------
// Rows by column name. The header is the schema's column list; each row gives a value per field,
// a [fi, sv, en] triple for a localized one. A column without a field is an error, so a column
// added to a schema is never silently left empty in the example.

type Values = Readonly<Record<string, Cell | Text3>>;

function cellsOf(columns: readonly string[], values: Values, what: string): Cell[] {
  return columns.map((column) => {
    if (column in values) return values[column] as Cell;
    const localized = /^(.+)_([a-z]{2})$/.exec(column);
    const lang = LANGS.indexOf(localized?.[2] as (typeof LANGS)[number]);
    if (localized && lang >= 0 && localized[1]! in values) return (values[localized[1]!] as Text3 | undefined)?.[lang];
    throw new Error(`the schema's column ${column} of ${what} has no value in scripts/example-data: add it there`);
  });
}

// ---------------------------------------------------------------------------------------------
// Feedback: drawn day by day from each theme's model, plus aggregates of meetings and surveys.

const DAY = 86_400_000;
const toDate = (iso: string): Date => new Date(`${iso}T00:00:00Z`);
const addDays = (iso: string, days: number): string =>
  new Date(toDate(iso).getTime() + days * DAY).toISOString().slice(0, 10);
const daysBetween = (a: string, b: string): number => Math.round((toDate(b).getTime() - toDate(a).getTime()) / DAY);

function inSchoolHoliday(isoDate: string): boolean {
  const md = isoDate.slice(5);
  return DAILY.schoolHolidays.some(([from, to]) => md >= from && md <= to);
}

/** A template is usable on a day unless its `from|` or `|until` marks say otherwise. */
function usable(template: string, date: string): string | undefined {
  let t = template;
  const from = /^(\d{4}-\d{2}-\d{2})\|/.exec(t);
  if (from) {
    if (date < from[1]!) return undefined;
    t = t.slice(from[0].length);
  }
  const until = /\|(\d{4}-\d{2}-\d{2})$/.exec(t);
  if (until) {
    if (date >= until[1]!) return undefined;
    t = t.slice(0, -until[0].length);
  }
  return t;
}

/** A resident's words and the language they are in (Finnish unless drawn from TEXTS_SV). */
function residentText(
  random: Random,
  theme: string,
  type: FeedbackType,
  date: string,
): { text: string; lang: 'fi' | 'sv' } | undefined {
  const sv = TEXTS_SV[theme]?.[type];
  const swedish = sv !== undefined && random.next() < DAILY.swedish;
  const pool = swedish ? sv : TEXTS[theme]![type];
  const candidates = pool.map((t) => usable(t, date)).filter((t): t is string => t !== undefined);
  if (candidates.length === 0) return undefined;
  const text = random.pick(candidates).replace(/\{(\w+)\}/g, (_, slot: string) => random.pick(SLOTS[slot] ?? [slot]));
  const offSeason = THEMES[theme]!.offSeason;
  return offSeason?.months.includes(Number(date.slice(5, 7)))
    ? { text: random.pick(offSeason.texts), lang: 'fi' }
    : { text, lang: swedish ? 'sv' : 'fi' };
}

function dailyFeedback(random: Random, date: string): ExampleFeedback[] {
  const rows: ExampleFeedback[] = [];
  const month = Number(date.slice(5, 7));
  const weekday = toDate(date).getUTCDay();
  const weekend = weekday === 0 || weekday === 6;
  const growth = 1 + DAILY.growthPerYear * (daysBetween(FEEDBACK_FROM, date) / 365);
  for (const [theme, model] of Object.entries(THEMES)) {
    let lambda =
      ((model.perMonth * 12) / 365) * model.season[month - 1]! * growth * (weekend ? DAILY.weekend : DAILY.weekday);
    if (model.schoolYear && (inSchoolHoliday(date) || weekend)) lambda *= DAILY.schoolBreak;
    if (model.storms?.months.includes(month) && random.next() < model.storms.chance) lambda *= model.storms.factor;
    const n = random.poisson(lambda);
    for (let i = 0; i < n; i++) {
      const types = { ...model.types };
      if (model.after && date >= model.after.from) {
        for (const [t, factor] of Object.entries(model.after.types)) types[t as FeedbackType] *= factor;
      }
      const type = random.weighted(types);
      const channels = { ...CHANNEL_WEIGHTS };
      for (const [c, factor] of Object.entries(model.channels ?? {})) channels[c as keyof typeof channels] *= factor;
      const channel = random.weighted(channels);
      const row: ExampleFeedback = {
        date,
        theme,
        channel,
        type,
        service: random.next() < DAILY.service ? random.pick(model.services) : '',
      };
      if (random.next() < DAILY.text) {
        const written = residentText(random, theme, type, date);
        if (written) {
          row.text = written.text;
          row.lang = written.lang;
          row.publish = random.next() < DAILY.publish ? 'yes' : 'no';
        }
      } else if (random.next() < DAILY.publishNoWithoutText) {
        row.publish = 'no';
      }
      rows.push(row);
    }
  }
  return rows;
}

export function generateFeedback(random: Random, content: ContentFacts): ExampleFeedback[] {
  const rows: ExampleFeedback[] = [];
  for (let date = FEEDBACK_FROM; date <= FEEDBACK_TO; date = addDays(date, 1))
    rows.push(...dailyFeedback(random, date));

  // Results of meetings, logged as aggregates: how many participants raised the same point.
  for (const [meetingId, themes] of MEETINGS_HELD) {
    const date = meetingDate(content, meetingId);
    if (content.meetings.get(meetingId)?.status !== 'held') throw new Error(`meeting ${meetingId} is not held`);
    for (const theme of themes) {
      for (const point of MEETING_POINTS) {
        if (point.skip !== undefined && random.next() < point.skip) continue;
        const count = random.intBetween(...point.count);
        rows.push({ date, theme, channel: 'meeting', type: point.type, service: THEMES[theme]!.services[0]!, count });
      }
    }
  }
  // Open answers of the surveys, classified by type.
  for (const open of SURVEY_OPEN_ANSWERS) {
    for (const round of SURVEYS[open.survey].rounds) {
      for (const theme of open.themes) {
        for (const type of open.types) {
          const service = THEMES[theme]!.services[0]!;
          rows.push({ date: round, theme, channel: 'survey', type, service, count: random.intBetween(...open.count) });
        }
      }
    }
  }
  rows.push(...HAND_WRITTEN.map((r) => ({ ...r })));
  // Stable: rows of one day keep the order they were drawn in.
  return rows.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

// ---------------------------------------------------------------------------------------------
// Surveys: one row per round and question; means move a little after the related changes.

/** Split n answers over 1..5 around a mean, with the largest-remainder rule so they add up to n. */
function distribution(random: Random, n: number, mean: number): number[] {
  const weights = [1, 2, 3, 4, 5].map(
    (k) => Math.exp(-((k - mean) ** 2) / (2 * 1.05 ** 2)) * (0.9 + 0.2 * random.next()),
  );
  const total = weights.reduce((s, w) => s + w, 0);
  const exact = weights.map((w) => (w / total) * n);
  const counts = exact.map(Math.floor);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let r = n - counts.reduce((s, c) => s + c, 0), j = 0; r > 0; r--, j++) counts[order[j]![1]]!++;
  return counts;
}

function surveyRows(random: Random, model: SurveyModel): Values[] {
  const rows: Values[] = [];
  model.rounds.forEach((round, r) => {
    const answered = random.intBetween(model.answers[0], model.answers[1]);
    for (const [question, means] of Object.entries(model.means)) {
      const noAnswer = random.intBetween(Math.round(answered * 0.01), Math.round(answered * 0.05));
      const [n1, n2, n3, n4, n5] = distribution(random, answered - noAnswer, means[r]!);
      rows.push({ round, question, n1, n2, n3, n4, n5, no_answer: noAnswer });
    }
  });
  return rows;
}

// ---------------------------------------------------------------------------------------------
// Action timelines: derived from each action's dates and status.

interface Update {
  date: string;
  status: ActionStatusName;
  progress: number;
  note: Text3;
}

const roundTo5 = (x: number): number => Math.max(5, Math.round(x / 5) * 5);
const fillIn = (text: Text3, slots: (lang: number) => Record<string, string>): Text3 =>
  text.map((t, i) => t.replace(/\{(\w+)\}/g, (_, slot: string) => slots(i)[slot] ?? slot)) as unknown as Text3;

export function timeline(random: Random, a: PlannedAction, content: ContentFacts): Update[] {
  const meeting = a.meeting;
  const first = meeting
    ? fillIn(AGREED_AT, (i) => ({
        at: BODY_AT[meeting.slice(8)]![i]!,
        date: finnishDate(meetingDate(content, meeting)),
      }))
    : random.pick(RECORDED);
  const updates: Update[] = [{ date: a.opened, status: 'planned', progress: 0, note: first }];

  if (a.status === 'planned') {
    if ((a.progress ?? 0) > 0) {
      const date = addDays(a.opened, Math.max(1, Math.floor(daysBetween(a.opened, NOW) * 0.5)));
      updates.push({ date, status: 'planned', progress: a.progress!, note: PLANNING });
    }
  } else if (a.status === 'declined') {
    const date = addDays(a.opened, Math.min(random.intBetween(14, 60), daysBetween(a.opened, NOW)));
    updates.push({ date, status: 'declined', progress: 0, note: DECLINED });
  } else {
    const end = a.status === 'done' ? a.completed! : NOW;
    const span = daysBetween(a.opened, end);
    const target = a.status === 'done' ? 100 : a.progress!;
    if (span >= 4) {
      const p1 = a.status === 'done' ? roundTo5(30 + random.next() * 20) : span > 120 ? roundTo5(target * 0.4) : target;
      const date = addDays(a.opened, Math.max(1, Math.round(span * 0.3)));
      updates.push({ date, status: 'in-progress', progress: Math.min(p1, target), note: STARTED });
      if (span > 120 && (a.status === 'done' || target > p1)) {
        const p2 = a.status === 'done' ? roundTo5(70 + random.next() * 20) : target;
        const note = fillIn(GOING, () => ({ p: String(p2) }));
        updates.push({ date: addDays(a.opened, Math.round(span * 0.7)), status: 'in-progress', progress: p2, note });
      }
    }
    if (a.status === 'done') {
      updates.push({ date: a.completed!, status: 'done', progress: 100, note: DONE });
    } else if (updates[updates.length - 1]!.status !== 'in-progress') {
      updates.push({ date: addDays(a.opened, 1), status: 'in-progress', progress: target, note: STARTED });
    }
  }
  return updates;
}

// ---------------------------------------------------------------------------------------------
// The files.

type Shape = Readonly<Record<string, z.ZodType>>;

/** The rows as cells in the schema's column order, dates written as Finnish Excel writes them (3.1.2026). */
function table(shape: Shape, rows: readonly Values[], what: string): { columns: string[]; cells: Cell[][] } {
  const columns = columnsOf(shape, LANGS).map((c) => c.name);
  const dates = new Set(Object.keys(shape).filter((name) => fieldMeta(shape[name]!)?.kind === 'date'));
  const isDate = columns.map((c) => dates.has(c));
  const cells = rows.map((r) =>
    cellsOf(columns, r, what).map((cell, i) => (isDate[i] && typeof cell === 'string' ? finnishDate(cell) : cell)),
  );
  return { columns, cells };
}

/**
 * A data file as Finnish Excel opens it on double-click and saves it back ("CSV UTF-8"): a
 * byte-order mark, `;` between cells, CRLF after every row, dates as d.m.yyyy. Saving it again
 * from Excel changes only the cells the author changed, so a pull request shows one changed row.
 */
function excelUtf8(shape: Shape, rows: readonly Values[], what: string): string {
  const { columns, cells } = table(shape, rows, what);
  return `\uFEFF${csvText(columns, cells, { separator: ';', eol: '\r\n' })}`;
}

function actionValues(a: PlannedAction): Values {
  return {
    id: a.id,
    title: a.title,
    description: a.description,
    themes: a.themes.join('|'),
    status: a.status,
    opened: a.opened,
    due: a.due,
    completed: a.status === 'done' ? a.completed : undefined,
    progress: a.status === 'done' ? 100 : a.progress,
    unit: a.unit,
    influence: a.influence,
    meeting: a.meeting,
    reason: a.reason,
    reference: undefined,
    said: a.said,
    survey: a.survey,
  };
}

/** The day a piece of feedback was answered, or undefined while it is open (see ANSWERS). */
function answeredDay(random: Random, row: ExampleFeedback): string | undefined {
  if (row.count !== undefined || !ANSWERS.channels.includes(row.channel)) return undefined;
  if (random.next() >= ANSWERS.answered) return undefined;
  const slow = random.next() < (ANSWERS.slowShare[row.theme] ?? ANSWERS.slowShare['other']!);
  const day = addDays(row.date, random.intBetween(...(slow ? ANSWERS.slow : ANSWERS.quick)));
  return day <= FEEDBACK_TO ? day : undefined;
}

/** Every file of the example's data/, by its path from the repository root. */
export function generateExample(root: string): Map<string, string | Uint8Array> {
  const content = readContent(root);
  const files = new Map<string, string | Uint8Array>();

  for (const [id, model] of Object.entries(SURVEYS)) {
    const known = content.surveyQuestions.get(id) ?? [];
    const unknown = Object.keys(model.means).filter((q) => !known.includes(q));
    if (unknown.length > 0) throw new Error(`survey ${id}: questions ${unknown.join(', ')} are not in its MDX`);
  }

  const feedback = generateFeedback(new Random(FEEDBACK_SEED), content);
  const seqByYear = new Map<string, number>();
  const answers = new Random(ANSWERS.seed);
  const withIds = feedback.map((row) => {
    const year = row.date.slice(0, 4);
    const seq = (seqByYear.get(year) ?? 0) + 1;
    seqByYear.set(year, seq);
    return {
      id: `P-${year}-${String(seq).padStart(5, '0')}`,
      count: undefined,
      text: undefined,
      lang: undefined,
      publish: undefined,
      ...row,
      answered: answeredDay(answers, row),
    };
  });
  const feedbackShape = FeedbackRowSchema.shape;
  for (const file of FEEDBACK_FILES) {
    const rows = withIds.filter((r) => r.date >= file.from && r.date <= file.to);
    if (!file.windows1252) {
      files.set(file.path, excelUtf8(feedbackShape, rows, file.path));
      continue;
    }
    const { columns, cells } = table(feedbackShape, rows, file.path);
    const header = columns.map((c) => {
      const finnish = FINNISH_HEADERS[c];
      if (!finnish || FEEDBACK_HEADER_ALIASES[finnish.toLowerCase()] !== c) {
        throw new Error(`FINNISH_HEADERS: give column ${c} a Finnish header the validator reads as ${c}`);
      }
      return finnish;
    });
    files.set(file.path, excelCsv(header, cells, { bom: true }));
  }

  files.set('data/actions.csv', excelUtf8(actionRowSchema(LANGS).shape, ACTIONS.map(actionValues), 'data/actions.csv'));

  const random = new Random(TIMELINE_SEED);
  const updates: Values[] = [];
  ACTIONS.forEach((a, i) => {
    if (i % SKIP_EVERY === SKIP_EVERY - 1) return;
    for (const u of timeline(random, a, content)) updates.push({ action: a.id, ...u });
  });
  const updateShape = actionUpdateRowSchema(LANGS).shape;
  files.set('data/action-updates.csv', excelUtf8(updateShape, updates, 'data/action-updates.csv'));

  for (const [id, model] of Object.entries(SURVEYS)) {
    const path = `data/surveys/${id}.csv`;
    files.set(path, excelUtf8(SurveyResultRowSchema.shape, surveyRows(new Random(model.seed), model), path));
  }

  const voteShape = voteResultRowSchema(LANGS).shape;
  for (const [id, options] of Object.entries(VOTES)) {
    const path = `data/votes/${id}.csv`;
    const rows = options.map(([fi, sv, en, votes]): Values => ({ option: [fi, sv, en], votes }));
    files.set(path, excelUtf8(voteShape, rows, path));
  }
  return files;
}

if (import.meta.main) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const { values } = parseArgs({ options: { out: { type: 'string' } } });
  const out = values.out ?? root;
  const files = generateExample(root);
  for (const [path, bytes] of files) {
    mkdirSync(dirname(join(out, path)), { recursive: true });
    writeFileSync(join(out, path), bytes);
  }
  console.log(`wrote ${files.size} files of the example's data into ${join(out, 'data')}`);
}

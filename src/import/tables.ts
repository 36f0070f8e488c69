/**
 * The files an import writes, and how a newer export merges into what is already there. Pure:
 * bytes in, text out; scripts/import.ts does the reading and writing.
 */
import { csvText } from '../core/csv-text.ts';
import { decodeCsvBytes } from '../csv/decode.ts';
import { readCsv, type Delimiter } from '../csv/read.ts';
import type { Problem } from '../core/problem.ts';
import type * as z from 'zod';
import { ACTION_COLUMNS } from '../schemas/action.ts';
import type { FeedbackRowSchema } from '../schemas/feedback.ts';
import { yesNoValue, type Lang } from '../schemas/fields.ts';
import type { DecidimAction } from './decidim.ts';
import type { FeedbackOut } from './open311.ts';
import type { RoundCounts } from './surveys.ts';

export interface TableFormat {
  delimiter: Delimiter;
  bom: boolean;
  eol: '\r\n' | '\n';
  /** Dates as d.m.yyyy, as Excel writes them back on save; else yyyy-mm-dd. */
  finnishDates: boolean;
}

/**
 * What Finnish Excel writes for "CSV UTF-8", dates as it shows them: a new file opens in Excel
 * with ä and ö intact, and saving it back changes no cell.
 */
export const EXCEL_FORMAT: TableFormat = { delimiter: ';', bom: true, eol: '\r\n', finnishDates: true };

const FINNISH_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A date cell as yyyy-mm-dd whichever way it is written, for comparing and sorting. */
export function isoDay(cell: string | undefined): string {
  const t = (cell ?? '').trim();
  const fi = FINNISH_DATE.exec(t);
  return fi ? `${fi[3]}-${fi[2]!.padStart(2, '0')}-${fi[1]!.padStart(2, '0')}` : t;
}

/** The import's yyyy-mm-dd dates written the way the file writes its dates. */
function inStyle(
  row: Record<string, string>,
  dateColumns: readonly string[],
  format: TableFormat,
): Record<string, string> {
  if (!format.finnishDates) return row;
  const out = { ...row };
  for (const c of dateColumns) {
    const v = out[c];
    if (v && ISO_DATE.test(v)) out[c] = `${Number(v.slice(8, 10))}.${Number(v.slice(5, 7))}.${v.slice(0, 4)}`;
  }
  return out;
}

export interface Table {
  /** Canonical column names. */
  columns: string[];
  /** The header as written in the file, by canonical name (kept when the file is rewritten). */
  written: Record<string, string>;
  rows: Record<string, string>[];
  format: TableFormat;
}

/** An existing data file, read with the one CSV reader; `problems` when it cannot be read. */
export function readTable(
  file: string,
  bytes: Uint8Array,
  aliases: Readonly<Record<string, string>>,
): { table?: Table; problems: Problem[] } {
  const read = readCsv(file, bytes, { aliases });
  const errors = read.problems.filter((p) => p.severity === 'error');
  if (!read.table || errors.length > 0) return { problems: errors };
  const decoded = decodeCsvBytes(bytes);
  const text = decoded.ok ? decoded.text : '';
  const t = read.table;
  return {
    table: {
      columns: t.columns,
      written: t.writtenHeader,
      rows: t.rows.map((r) => r.values),
      format: {
        delimiter: t.delimiter,
        bom: decoded.ok && decoded.bom,
        eol: text.includes('\r\n') || !text.includes('\n') ? '\r\n' : '\n',
        finnishDates: t.rows.slice(0, 20).some((r) => Object.values(r.values).some((v) => FINNISH_DATE.test(v))),
      },
    },
    problems: [],
  };
}

/**
 * A text Excel would run as a formula (`=`, `+`, `-`, `@`) gets the `'` Excel itself uses;
 * the reader drops it again (schemas/fields.ts), so the value round-trips.
 */
function cellOut(value: string): string {
  return /^[=+\-@\t\r]/.test(value) && !/^-?\d/.test(value) ? `'${value}` : value;
}

export function renderTable(table: Table): string {
  const header = table.columns.map((c) => table.written[c] ?? c);
  // A tab-separated file is written back with ; (what Finnish Excel opens in columns).
  const separator = table.format.delimiter === ',' ? ',' : ';';
  const rows = table.rows.map((r) => table.columns.map((c) => cellOut(r[c] ?? '')));
  return `${table.format.bom ? '\uFEFF' : ''}${csvText(header, rows, { separator, eol: table.format.eol })}`;
}

/** A file not written yet, its columns to be headed with `headings` (a column without one by its own name). */
export function newTable(headings: Readonly<Record<string, string>> = {}): Table {
  return { columns: [], written: { ...headings }, rows: [], format: EXCEL_FORMAT };
}

function withColumns(table: Table | undefined, columns: readonly string[]): Table {
  const t: Table = table
    ? { ...table, columns: [...table.columns], rows: table.rows.map((r) => ({ ...r })) }
    : newTable();
  for (const c of columns) if (!t.columns.includes(c)) t.columns.push(c);
  return t;
}

export interface MergeCounts {
  added: number;
  replaced: number;
  unchanged: number;
}

/**
 * The columns a new feedback file gets, in this order: what an import fills in. Each must be a
 * column of the feedback schema and a field of the import's rows, so a column renamed in either
 * is a type error here rather than a file the validator refuses. (`lang` is left out: no export
 * says which language a resident wrote in, and an empty cell means the site's default language.)
 */
export const FEEDBACK_FILE_COLUMNS = [
  'id',
  'date',
  'theme',
  'channel',
  'type',
  'service',
  'text',
  'answered',
  'publish',
] as const satisfies readonly (keyof FeedbackOut & keyof z.input<typeof FeedbackRowSchema>)[];

/**
 * Rows of a newer export replace the rows with the same id; rows it does not cover stay. A
 * person's decision survives: a row someone set to publish keeps its publish and its (checked) text.
 */
export function mergeFeedback(
  existing: Table | undefined,
  incoming: readonly FeedbackOut[],
): { table: Table } & MergeCounts {
  const table = withColumns(existing, FEEDBACK_FILE_COLUMNS);
  const byId = new Map(table.rows.map((r, i) => [r['id'] ?? '', i] as const));
  const counts: MergeCounts = { added: 0, replaced: 0, unchanged: 0 };
  for (const f of incoming) {
    const row = inStyle({ ...f }, ['date', 'answered'], table.format);
    const i = byId.get(f.id);
    if (i === undefined) {
      byId.set(f.id, table.rows.length);
      table.rows.push(row);
      counts.added++;
      continue;
    }
    const old = table.rows[i]!;
    if (yesNoValue(old['publish'] ?? '') === true) {
      row['publish'] = old['publish']!;
      row['text'] = old['text'] ?? row['text']!;
    }
    const merged = { ...old, ...row };
    if (table.columns.every((c) => (merged[c] ?? '') === (old[c] ?? ''))) counts.unchanged++;
    else counts.replaced++;
    table.rows[i] = merged;
  }
  table.rows.sort((a, b) => cmp(isoDay(a['date']), isoDay(b['date'])) || cmp(a['id'], b['id']));
  return { table, ...counts };
}

function cmp(a: string | undefined, b: string | undefined): number {
  return (a ?? '') < (b ?? '') ? -1 : (a ?? '') > (b ?? '') ? 1 : 0;
}

export const SURVEY_FILE_COLUMNS = ['round', 'question', 'n1', 'n2', 'n3', 'n4', 'n5', 'no_answer'];

/**
 * The round replaces every round the export covers: the rounds dated within its first and last
 * completion day, and the round of the same date. A later export of the same survey (more answers
 * since) therefore replaces the earlier one instead of counting its respondents twice.
 */
export function mergeSurvey(
  existing: Table | undefined,
  round: string,
  covers: { from: string; to: string },
  counts: readonly RoundCounts[],
  questionOrder: readonly string[],
): { table: Table; replacedRounds: string[]; unchanged: boolean } {
  const table = withColumns(existing, SURVEY_FILE_COLUMNS);
  const covered = (r: Record<string, string>) => {
    const day = isoDay(r['round'] ?? '');
    return day === round || (day >= covers.from && day <= covers.to);
  };
  const before = table.rows.filter(covered);
  const replacedRounds = [...new Set(before.map((r) => isoDay(r['round'] ?? '')))].sort();
  const kept = table.rows.filter((r) => !covered(r));
  const added = counts.map((c) => ({
    round: inStyle({ round }, ['round'], table.format)['round']!,
    question: c.question,
    n1: String(c.n1),
    n2: String(c.n2),
    n3: String(c.n3),
    n4: String(c.n4),
    n5: String(c.n5),
    no_answer: String(c.no_answer),
  }));
  const order = (q: string | undefined) => {
    const i = questionOrder.indexOf(q ?? '');
    return i === -1 ? questionOrder.length : i;
  };
  table.rows = [...kept, ...added].sort(
    (a, b) => cmp(isoDay(a['round'] ?? ''), isoDay(b['round'] ?? '')) || order(a['question']) - order(b['question']),
  );
  const same =
    before.length === added.length &&
    before.every((r, i) =>
      SURVEY_FILE_COLUMNS.every((c) =>
        c === 'round'
          ? isoDay(r[c]) === isoDay(added[i]!.round)
          : (r[c] ?? '') === (added[i] as Record<string, string>)[c],
      ),
    );
  if (same) table.rows = existing ? existing.rows : table.rows;
  return { table, replacedRounds, unchanged: same };
}

/**
 * Decidim results update the action with the same reference, or become new actions
 * `decidim-<id>`. Columns Decidim does not know (reason, meeting, other languages' texts an
 * author added) keep the author's values.
 */
const ACTION_DATES = ['opened', 'due', 'completed'];

export function mergeActions(
  existing: Table | undefined,
  incoming: readonly DecidimAction[],
  languages: readonly Lang[],
): { table: Table } & MergeCounts {
  const table = withColumns(existing, ACTION_COLUMNS(languages));
  const byRef = new Map(table.rows.map((r, i) => [r['reference'] ?? '', i] as const).filter(([ref]) => ref !== ''));
  const counts: MergeCounts = { added: 0, replaced: 0, unchanged: 0 };
  for (const a of incoming) {
    const i = byRef.get(a.reference);
    if (i === undefined) {
      const id = `decidim-${a.reference.slice(a.reference.indexOf(':') + 1)}`;
      table.rows.push({ id, ...inStyle(a.values, ACTION_DATES, table.format), reference: a.reference });
      counts.added++;
      continue;
    }
    const old = table.rows[i]!;
    const merged: Record<string, string> = { ...old };
    const styled = inStyle(a.values, ACTION_DATES, table.format);
    for (const [column, value] of Object.entries(a.values)) {
      // The author may have refined the themes or translated a title: an empty Decidim cell never wipes them.
      if (value !== '' || ['due', 'completed', 'progress'].includes(column)) merged[column] = styled[column]!;
    }
    if (table.columns.every((c) => (merged[c] ?? '') === (old[c] ?? ''))) counts.unchanged++;
    else counts.replaced++;
    table.rows[i] = merged;
  }
  return { table, ...counts };
}

/**
 * Open data files: CSV that Finnish Excel opens correctly and safely, and stable JSON.
 */
import { csvChunks } from '../core/csv-text.ts';

export type CsvValue = string | number | boolean | undefined;

export interface CsvOptions {
  /**
   * Columns holding free text (titles, quotes, places). Only their string cells are made
   * formula-safe; numbers and dates elsewhere stay as they are, so `-5` stays a number.
   */
  textColumns: readonly string[];
}

const BOM = '\uFEFF';
/**
 * What Excel, LibreOffice and Google Sheets may read as the start of a formula (OWASP; the same
 * characters as papaparse's `escapeFormulae`). Checked here per text column, because
 * `escapeFormulae` applies to every column and would turn a date or id written as text alike.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

function cellText(value: CsvValue, column: string): string {
  if (value === undefined) return '';
  // yes/no: the words kuultu's own CSV reader accepts, so the file round-trips.
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'number') {
    if (!Number.isFinite(value))
      throw new RangeError(`Column ${column} has the number ${value}, which a CSV file cannot hold.`);
    return String(value);
  }
  return value;
}

/**
 * CSV as Finnish Excel opens it: a UTF-8 BOM (so Excel shows ä and ö), CRLF line ends, `;`
 * between cells (Excel's list separator in Finland), quotes where needed; kuultu's CSV reader
 * takes all of that back. In text columns a cell starting with `=`, `+`, `-`, `@`, a tab or a carriage
 * return gets a leading `'`, so a resident's `=HYPERLINK(…)` is shown, not run.
 */
export function toCsv(
  columns: readonly string[],
  rows: readonly Record<string, CsvValue>[],
  options: CsvOptions,
): string {
  return [...toCsvChunks(columns, rows, options)].join('');
}

/** `toCsv`'s text in pieces, a row never split: a large file is written without being held whole. */
export function* toCsvChunks(
  columns: readonly string[],
  rows: Iterable<Record<string, CsvValue>>,
  options: CsvOptions,
): Generator<string> {
  const unknown = options.textColumns.filter((c) => !columns.includes(c));
  if (unknown.length > 0)
    throw new Error(`Text columns ${unknown.join(', ')} are not among the columns ${columns.join(', ')}.`);
  const text = new Set(options.textColumns);
  function* cells(): Generator<string[]> {
    for (const row of rows)
      yield columns.map((column) => {
        const value = row[column];
        const cell = cellText(value, column);
        return typeof value === 'string' && text.has(column) && FORMULA_START.test(cell) ? `'${cell}` : cell;
      });
  }
  yield BOM;
  // `;` is Finnish Excel's list separator: with `,` it opens the whole file as one column.
  yield* csvChunks(columns, cells(), { separator: ';', eol: '\r\n' });
}

/** Pretty JSON: keys in insertion order, 2-space indent, a trailing newline. */
export function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

const ITEMS_PER_CHUNK = 1000;

/**
 * `toJson({ ...head, [listKey]: list })` in pieces, for an object whose last key holds a long list:
 * each item is stringified alone and indented to its depth, so a million items are written
 * without one string of them all. The text is the same, byte for byte.
 */
export function* toJsonChunks(
  head: Readonly<Record<string, unknown>>,
  listKey: string,
  list: Iterable<unknown>,
): Generator<string> {
  const opening = JSON.stringify({ ...head, [listKey]: [] }, null, 2);
  // `…"items": []\n}`: everything up to the list's opening bracket.
  const upTo = opening.lastIndexOf('[]');
  const before = opening.slice(0, upTo);
  let chunk = '';
  let n = 0;
  for (const item of list) {
    // JSON text never holds a raw line break inside a string, so every \n is a line of the layout.
    const text = (JSON.stringify(item, null, 2) ?? 'null').replaceAll('\n', '\n    ');
    chunk += `${n === 0 ? `${before}[\n` : ',\n'}    ${text}`;
    n++;
    if (n % ITEMS_PER_CHUNK === 0) {
      yield chunk;
      chunk = '';
    }
  }
  yield n === 0 ? `${before}[]\n}\n` : `${chunk}\n  ]\n}\n`;
}

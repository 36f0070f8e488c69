/**
 * Open data files: CSV that Finnish Excel opens correctly and safely, and stable JSON.
 */
import { csvText } from '../core/csv-text.ts';

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
  const unknown = options.textColumns.filter((c) => !columns.includes(c));
  if (unknown.length > 0)
    throw new Error(`Text columns ${unknown.join(', ')} are not among the columns ${columns.join(', ')}.`);
  const text = new Set(options.textColumns);
  const cells = rows.map((row) =>
    columns.map((column) => {
      const value = row[column];
      const cell = cellText(value, column);
      return typeof value === 'string' && text.has(column) && FORMULA_START.test(cell) ? `'${cell}` : cell;
    }),
  );
  // `;` is Finnish Excel's list separator: with `,` it opens the whole file as one column.
  return BOM + csvText(columns, cells, { separator: ';', eol: '\r\n' });
}

/** Pretty JSON: keys in insertion order, 2-space indent, a trailing newline. */
export function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/**
 * Writing CSV: one writer, papaparse's `unparse`, for the open-data files and the generators,
 * so every CSV kuultu writes quotes the same way its reader (also papaparse) reads it back.
 */
import Papa from 'papaparse';

export type CsvCell = string | number | undefined;

export interface CsvLayout {
  /** `,` for RFC 4180 files, `;` for what Finnish Excel opens in columns. */
  separator: ',' | ';';
  /** After every row, the last one included (Excel writes one, and git diffs stay clean). */
  eol: '\n' | '\r\n';
}

/** Rows written per chunk by `csvChunks`: small enough to stay out of the way, large enough to be cheap. */
const ROWS_PER_CHUNK = 1000;

/**
 * A header and rows as CSV text, in pieces of at most `ROWS_PER_CHUNK` rows, each ending in a line
 * end: what `csvText` returns, without ever holding the whole file (a million rows of open data
 * are written to disk chunk by chunk). A cell is quoted when it holds the separator, a quote, a
 * line break, a byte-order mark or begins or ends with a space (papaparse's rule; the space rule
 * keeps readers that trim cells from losing it); an empty or missing cell is written as nothing.
 */
export function* csvChunks(
  header: readonly string[],
  rows: Iterable<readonly CsvCell[]>,
  layout: CsvLayout,
): Generator<string> {
  const options = { delimiter: layout.separator, newline: layout.eol };
  // Arrays, never `fields`: with `fields` and no rows papaparse writes an empty row after the header.
  // Papaparse quotes cell by cell, so rows unparsed in blocks give the same text as all at once.
  const cells = (row: readonly CsvCell[]) => header.map((_, i) => (row[i] === undefined ? '' : String(row[i])));
  yield Papa.unparse([[...header]], options) + layout.eol;
  let block: string[][] = [];
  for (const row of rows) {
    block.push(cells(row));
    if (block.length === ROWS_PER_CHUNK) {
      yield Papa.unparse(block, options) + layout.eol;
      block = [];
    }
  }
  if (block.length > 0) yield Papa.unparse(block, options) + layout.eol;
}

/** A header and rows as CSV text, a line end after every row (see `csvChunks`). */
export function csvText(header: readonly string[], rows: readonly (readonly CsvCell[])[], layout: CsvLayout): string {
  return [...csvChunks(header, rows, layout)].join('');
}

/**
 * One cell as csvText writes it, for editing an author's file in place cell by cell: the same
 * quoting rule, in the file's own separator.
 */
export function csvCell(value: string, separator: string): string {
  return Papa.unparse([[value]], { delimiter: separator });
}

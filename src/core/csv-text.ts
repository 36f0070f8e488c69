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

/**
 * A header and rows as CSV text. A cell is quoted when it holds the separator, a quote, a line
 * break, a byte-order mark or begins or ends with a space (papaparse's rule; the space rule keeps
 * readers that trim cells from losing it); an empty or missing cell is written as nothing.
 */
export function csvText(header: readonly string[], rows: readonly (readonly CsvCell[])[], layout: CsvLayout): string {
  // Arrays, header first: with `fields` and no rows papaparse writes an empty row after the header.
  const cells = (row: readonly CsvCell[]) => header.map((_, i) => (row[i] === undefined ? '' : String(row[i])));
  const text = Papa.unparse([[...header], ...rows.map(cells)], { delimiter: layout.separator, newline: layout.eol });
  return text + layout.eol;
}

/**
 * One cell as csvText writes it, for editing an author's file in place cell by cell: the same
 * quoting rule, in the file's own separator.
 */
export function csvCell(value: string, separator: string): string {
  return Papa.unparse([[value]], { delimiter: separator });
}

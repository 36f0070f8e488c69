/**
 * Where something was written in an author's file. Every layer points back at the author's
 * files with these, so they sit below everything.
 */

/** Where a key or cell was written, for messages about cross-references. */
export interface SourcePosition {
  file: string;
  line: number;
  column: number;
}

/** A value and where it was written, so cross-reference checks can point back at it. */
export interface Located<T> {
  value: T;
  file: string;
  line: number;
  /** Column name → 1-based column number in the file (absent columns are missing). */
  columns: Readonly<Record<string, number>>;
  /** CSV: the row as Excel numbers it (header = 1), and the row's id, for messages an Excel user can follow. */
  row?: number;
  id?: string;
}

/** Where column `column` of a located row is, for a problem about that cell. */
export function cellOf(
  located: Pick<Located<unknown>, 'file' | 'line' | 'columns' | 'row' | 'id'>,
  column?: string,
): { file: string; line: number; column: number; row?: number; id?: string } {
  const at: { file: string; line: number; column: number; row?: number; id?: string } = {
    file: located.file,
    line: located.line,
    column: column === undefined ? 0 : (located.columns[column] ?? 0),
  };
  if (located.row !== undefined) at.row = located.row;
  if (located.id) at.id = located.id;
  return at;
}

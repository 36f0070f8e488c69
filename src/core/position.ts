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
}

/**
 * Runs a row schema over a read CSV table: checks the header against the schema's columns,
 * parses every row, and turns each zod issue into a Problem at the cell it concerns.
 * This is the CSV half of Starlight's `parseWithFriendlyErrors`: one place, one wording.
 */
import type * as z from 'zod';
import type { CsvRow, CsvTable } from '../csv/read.ts';
import { truncate } from '../core/text.ts';
import { each, same, type Text } from '../core/lang.ts';
import { didYouMean, fieldMeta, predicateOf, type IssueWords, type Lang } from '../schemas/fields.ts';
import { error, warning, type Problem } from '../core/problem.ts';
import type { Located } from '../core/position.ts';
import { columnsOf, type ColumnSpec } from '../schemas/columns.ts';

export function checkColumns(table: CsvTable, columns: readonly ColumnSpec[], what: string): Problem[] {
  const problems: Problem[] = [];
  const known = columns.map((c) => c.name);
  const missing = columns.filter((c) => c.required && !(c.name in table.columnNumber));
  for (const column of missing) {
    problems.push(
      error(
        { file: table.file, line: 1, column: 0 },
        'column.missing',
        `the required column "${column.name}" is missing from the header.`,
        {
          expected: `the columns of ${what}: ${known.join(', ')}`,
          fix: `add a column named ${column.name}${nearestUnknown(table, column.name, known)}`,
        },
      ),
    );
  }
  for (const name of table.columns) {
    if (known.includes(name)) continue;
    const guess = didYouMean(name, known);
    problems.push(
      warning(
        { file: table.file, line: 1, column: table.columnNumber[name]! },
        'column.unknown',
        `column "${table.writtenHeader[name]}" is not a column of ${what}, so it is ignored.`,
        {
          expected: known.join(', '),
          fix: guess
            ? `did you mean "${guess}"? Rename the column, or delete it`
            : 'rename the column, or delete it if it is not needed',
        },
      ),
    );
  }
  return problems;
}

function nearestUnknown(table: CsvTable, name: string, known: readonly string[]): string {
  const unknown = table.columns.filter((c) => !known.includes(c));
  const close = didYouMean(name, unknown);
  return close ? ` (is "${table.writtenHeader[close]}" meant to be ${name}?)` : '';
}

/** Each field of a row schema, and for a localized one its column per language: worked out once per table. */
interface InputField {
  name: string;
  /** `title` → [['fi', 'title_fi'], ['sv', 'title_sv']]; undefined for a plain column. */
  localized?: readonly (readonly [Lang, string])[];
}

function inputFields(shape: Readonly<Record<string, z.ZodType>>, languages: readonly Lang[]): InputField[] {
  // fieldMeta reads zod's registry, which copies the metadata on every call: too slow per cell.
  return Object.entries(shape).map(([name, type]) =>
    fieldMeta(type)?.localized
      ? { name, localized: languages.map((lang) => [lang, `${name}_${lang}`] as const) }
      : { name },
  );
}

/** Groups `title_fi`, `title_sv` cells into `{ title: { fi, sv } }` for localized fields. */
function rowInput(row: CsvRow, fields: readonly InputField[]): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const { name, localized } of fields) {
    if (localized) {
      const byLang: Record<string, string> = {};
      for (const [lang, column] of localized) byLang[lang] = row.values[column] ?? '';
      input[name] = byLang;
    } else {
      input[name] = row.values[name] ?? '';
    }
  }
  return input;
}

export function columnOfPath(path: readonly PropertyKey[]): string {
  return path.map(String).join('_');
}

/** `status "valmis" ei ole tila.` — column name as the author wrote it, then the value. */
export function issueMessage(
  columnLabel: Text | string,
  issue: z.core.$ZodIssue,
): { message: Text; words: Partial<IssueWords> } {
  const words: Partial<IssueWords> =
    (issue.code === 'custom' ? (issue.params as IssueWords | undefined) : undefined) ?? {};
  const value = words.value !== undefined && words.value !== '' ? ` "${truncate(words.value)}"` : '';
  const predicate = predicateOf(issue);
  const label = typeof columnLabel === 'string' ? same(columnLabel) : columnLabel;
  return { message: each((l) => `${label[l]}${value} ${predicate[l]}`), words };
}

/** Rows that fail are reported and left out; the rest come back typed and located. */
export function validateRows<S extends z.ZodObject>(
  table: CsvTable,
  schema: S,
  options: { languages: readonly Lang[]; what: string },
): { rows: Located<z.output<S>>[]; problems: Problem[] } {
  type T = z.output<S>;
  const shape = schema.shape as Record<string, z.ZodType>;
  const problems = checkColumns(table, columnsOf(shape, options.languages), options.what);
  if (problems.some((p) => p.severity === 'error')) return { rows: [], problems };
  const rows: Located<T>[] = [];
  const fields = inputFields(shape, options.languages);
  for (const row of table.rows) {
    const result = schema.safeParse(rowInput(row, fields));
    if (result.success) {
      rows.push({ value: result.data as T, file: table.file, line: row.line, columns: table.columnNumber });
      continue;
    }
    for (const issue of result.error.issues) {
      const column = columnOfPath(issue.path);
      const { message, words } = issueMessage(table.writtenHeader[column] ?? column, issue);
      problems.push(
        error(
          { file: table.file, line: row.line, column: table.columnNumber[column] ?? 0 },
          words.code ?? issue.code,
          message,
          {
            expected: words.expected,
            fix: words.fix,
          },
        ),
      );
    }
  }
  return { rows, problems };
}

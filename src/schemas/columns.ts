/** The CSV columns a row schema reads, derived from the schema so no list of columns is typed twice. */
import type * as z from 'zod';
import { fieldMeta, type Lang } from './fields.ts';

export interface ColumnSpec {
  name: string;
  required: boolean;
}

/** The CSV columns a row schema reads: a localized field `title` becomes `title_fi`, `title_sv` … */
export function columnsOf(shape: Readonly<Record<string, z.ZodType>>, languages: readonly Lang[]): ColumnSpec[] {
  const columns: ColumnSpec[] = [];
  for (const [name, type] of Object.entries(shape)) {
    const meta = fieldMeta(type);
    if (meta?.localized) {
      for (const [i, lang] of languages.entries())
        columns.push({ name: `${name}_${lang}`, required: meta.required && i === 0 });
    } else {
      columns.push({ name, required: meta?.required ?? false });
    }
  }
  return columns;
}

/**
 * A data set's other header names, by the language they are written in: Finnish teams' exports
 * and Swedish-speaking teams' own headings. Within a language the first name for a column is the
 * one that language's CSV template uses (`templates/csv-fi/`, `csv-sv/`), so list a column's
 * usual heading first.
 */
export interface HeaderAliases {
  readonly fi: Readonly<Record<string, string>>;
  readonly sv: Readonly<Record<string, string>>;
}

/** Every header name a CSV of the data set is read with: the Finnish ones, then the Swedish ones. */
export function allAliases(headers: HeaderAliases): Readonly<Record<string, string>> {
  for (const [name, column] of Object.entries(headers.sv))
    if (name in headers.fi && headers.fi[name] !== column)
      throw new Error(`the header "${name}" means ${headers.fi[name]} in Finnish and ${column} in Swedish`);
  return { ...headers.fi, ...headers.sv };
}

/** Each column's heading in `lang`: the language's first name for it (none in English, whose headings are the columns' own). */
export function headingsIn(headers: HeaderAliases, lang: Lang): Record<string, string> {
  const headings: Record<string, string> = {};
  if (lang !== 'en') for (const [name, column] of Object.entries(headers[lang])) headings[column] ??= name;
  return headings;
}

/** The heading a template in `lang` gives `column`: the language's first name for it, else the column's own. */
export function headerIn(column: string, headers: HeaderAliases, lang: Lang): string {
  return headingsIn(headers, lang)[column] ?? column;
}

/**
 * The language a file's headings are written in (its header cells as `normaliseHeader` gives
 * them): the one whose names head more of its columns, English when neither heads any.
 */
export function headerLanguage(names: readonly string[], headers: HeaderAliases): Lang {
  const fi = names.filter((n) => n in headers.fi).length;
  const sv = names.filter((n) => n in headers.sv).length;
  if (fi === 0 && sv === 0) return 'en';
  return fi >= sv ? 'fi' : 'sv';
}

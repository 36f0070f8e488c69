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

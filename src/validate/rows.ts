/**
 * Runs a row schema over a read CSV table: checks the header against the schema's columns,
 * parses every row, and turns each zod issue into a Problem at the cell it concerns.
 * This is the CSV half of Starlight's `parseWithFriendlyErrors`: one place, one wording.
 */
import type * as z from 'zod';
import { cellAt, normaliseHeader, rowId, type CsvRow, type CsvTable } from '../csv/read.ts';
import { each, same, type Text } from '../core/lang.ts';
import { truncate } from '../core/text.ts';
import { didYouMean, fieldMeta, predicateOf, type IssueWords, type Lang } from '../schemas/fields.ts';
import { error, warning, type Problem, type ProblemAt } from '../core/problem.ts';
import type { Located } from '../core/position.ts';
import { columnsOf, type ColumnSpec } from '../schemas/columns.ts';

/**
 * The kind of CSV file, for messages about its columns. Finnish takes the genitive
 * ("palautetiedoston sarake"), Swedish and English an article ("en responsfil").
 */
export type FileNoun = Text;

/**
 * The header's columns against the schema's. `aliases` (normalised header → column: `kanava` →
 * `channel`) are the other names a column may have; when a file is written with them (Finnish
 * Excel exports), a missing or misspelled column is named as that file names its columns.
 */
export function checkColumns(
  table: CsvTable,
  columns: readonly ColumnSpec[],
  what: FileNoun,
  aliases: Readonly<Record<string, string>> = {},
): Problem[] {
  const problems: Problem[] = [];
  const known = columns.map((c) => c.name);
  const list = known.join(', ');
  const namesOf = (column: string) => Object.keys(aliases).filter((alias) => aliases[alias] === column);
  // A header written with another name for some column (`Kanava`) is written in those names.
  const inAliases = table.columns.some((c) => normaliseHeader(table.writtenHeader[c] ?? c) !== c);
  const missing = columns.filter((c) => c.required && !(c.name in table.columnNumber));
  for (const column of missing) {
    const other = inAliases ? namesOf(column.name)[0] : undefined;
    const near = nearestUnknown(table, [column.name, ...namesOf(column.name)], known);
    const also: Text =
      other === undefined ? same('') : { fi: ` tai ${other}`, sv: ` eller ${other}`, en: ` or ${other}` };
    const meant = other ?? column.name;
    problems.push(
      error(
        { file: table.file, line: 1, column: 0, row: 1 },
        'column.missing',
        {
          fi: `pakollinen sarake "${column.name}" puuttuu otsikkoriviltä.`,
          sv: `den obligatoriska kolumnen "${column.name}" saknas i rubrikraden.`,
          en: `the required column "${column.name}" is missing from the header.`,
        },
        {
          expected: {
            fi: `${what.fi} sarakkeet: ${list}`,
            sv: `kolumnerna i ${what.sv}: ${list}`,
            en: `the columns of ${what.en}: ${list}`,
          },
          fix: {
            fi: `lisää sarake, jonka otsikko on ${column.name}${also.fi}${near ? ` (onko "${near}" tarkoitettu sarakkeeksi ${meant}?)` : ''}`,
            sv: `lägg till en kolumn med rubriken ${column.name}${also.sv}${near ? ` (är "${near}" menad som ${meant}?)` : ''}`,
            en: `add a column named ${column.name}${also.en}${near ? ` (is "${near}" meant to be ${meant}?)` : ''}`,
          },
        },
      ),
    );
  }
  for (const name of table.columns) {
    if (known.includes(name)) continue;
    const guess = didYouMean(name, known) ?? didYouMean(name, Object.keys(aliases));
    const written = table.writtenHeader[name];
    problems.push(
      warning(
        { file: table.file, line: 1, column: table.columnNumber[name]!, row: 1 },
        'column.unknown',
        {
          fi: `sarake "${written}" ei ole ${what.fi} sarake, joten se jätetään huomiotta.`,
          sv: `kolumnen "${written}" är inte en kolumn i ${what.sv}, så den lämnas utan avseende.`,
          en: `column "${written}" is not a column of ${what.en}, so it is ignored.`,
        },
        {
          expected: same(list),
          fix: guess
            ? {
                fi: `tarkoititko "${guess}"? Nimeä sarake uudelleen tai poista se`,
                sv: `menade du "${guess}"? Byt namn på kolumnen eller ta bort den`,
                en: `did you mean "${guess}"? Rename the column, or delete it`,
              }
            : {
                fi: 'nimeä sarake uudelleen tai poista se, jos sitä ei tarvita',
                sv: 'byt namn på kolumnen, eller ta bort den om den inte behövs',
                en: 'rename the column, or delete it if it is not needed',
              },
        },
      ),
    );
  }
  return problems;
}

/** The header as written of an unknown column that looks like one of `names`, if one does. */
function nearestUnknown(table: CsvTable, names: readonly string[], known: readonly string[]): string | undefined {
  const unknown = table.columns.filter((c) => !known.includes(c));
  for (const name of names) {
    const close = didYouMean(name, unknown);
    if (close) return table.writtenHeader[close];
  }
  return undefined;
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

/** What a totals row starts with: Excel's "Yhteensä" line under a pivot or a SUM. */
const TOTAL_WORDS = new Set([
  'yhteensä',
  'yht',
  'summa',
  'kaikki yhteensä',
  'total',
  'totals',
  'grand total',
  'totalt',
  'sum',
  'summa totalt',
]);

/**
 * A row that is not data, said once instead of cell by cell: the header line again (two exports
 * pasted one after the other), or a totals row ("Yhteensä" and a SUM). Either read as data would
 * give a message for each of its cells, or — a vote's "Yhteensä" row with its sum — a wrong figure.
 */
function notData(table: CsvTable, row: CsvRow, aliases: Readonly<Record<string, string>>): Problem | undefined {
  const heads = (column: string, value: string) =>
    value.length <= 60 && (aliases[normaliseHeader(value)] ?? normaliseHeader(value)) === column;
  const [firstColumn = ''] = table.columns;
  const lead = row.values[firstColumn] || table.columns.map((c) => row.values[c] ?? '').find((v) => v !== '');
  // Every row passes here (a million at national scale), so the cheap look at its first cell
  // comes first: only a header name there, or a word as short as "Yhteensä", is looked at further.
  if (lead === undefined || lead.length > 60) return undefined;
  // Its first cell is a header word or "Yhteensä", not an id to name the row by.
  const at = (): ProblemAt => {
    const { id: _, ...place } = { ...cellAt(table, row), column: 1 };
    return place;
  };
  if (heads(firstColumn, row.values[firstColumn] ?? '')) {
    const cells = table.columns.filter((c) => (row.values[c] ?? '') !== '');
    const headers = cells.filter((c) => heads(c, row.values[c]!)).length;
    if (headers >= 2 && headers * 2 >= cells.length)
      return error(
        at(),
        'csv.repeated-header',
        {
          fi: 'rivi toistaa otsikkorivin: tiedostoon on luultavasti liitetty kaksi vientiä peräkkäin.',
          sv: 'raden upprepar rubrikraden: två exporter har troligen klistrats in efter varandra.',
          en: 'the row repeats the header: two exports were probably pasted one after the other.',
        },
        {
          expected: {
            fi: 'otsikkorivi vain tiedoston ensimmäisellä rivillä',
            sv: 'rubrikraden bara på filens första rad',
            en: 'the header on the first line of the file only',
          },
          fix: {
            fi: `poista rivi ${row.row}, ja tarkista, ettei samoja rivejä ole tiedostossa kahdesti`,
            sv: `ta bort rad ${row.row}, och kontrollera att samma rader inte finns två gånger i filen`,
            en: `delete row ${row.row}, and check that the file does not hold the same rows twice`,
          },
        },
      );
  }
  if (
    !TOTAL_WORDS.has(
      lead
        .toLowerCase()
        .replace(/[:.]+$/, '')
        .trim(),
    )
  )
    return undefined;
  return error(
    at(),
    'csv.total-row',
    {
      fi: `rivi on summarivi ("${truncate(lead)}") eikä kuulu aineistoon.`,
      sv: `raden är en summarad ("${truncate(lead)}") och hör inte till data.`,
      en: `the row is a totals row ("${truncate(lead)}"), not data.`,
    },
    {
      expected: {
        fi: 'yksi rivi kutakin tietoa kohti, ilman summarivejä',
        sv: 'en rad per post, utan summarader',
        en: 'one row per item, without totals',
      },
      fix: {
        fi: `poista rivi ${row.row}: kuultu laskee summat itse`,
        sv: `ta bort rad ${row.row}: kuultu räknar summorna själv`,
        en: `delete row ${row.row}: kuultu adds up the totals itself`,
      },
    },
  );
}

/** How many rows may have the very same mistake before it is said once for all of them. */
const SAID_ONE_BY_ONE = 4;

/** `3–40, 45, 50–1337`: Excel rows as ranges, the first few of them. */
function rowRanges(rows: readonly number[]): string {
  const ranges: string[] = [];
  for (let i = 0; i < rows.length; ) {
    let j = i;
    while (j + 1 < rows.length && rows[j + 1] === rows[j]! + 1) j++;
    ranges.push(i === j ? String(rows[i]) : `${rows[i]}–${rows[j]}`);
    i = j + 1;
  }
  return ranges.length > 5 ? `${ranges.slice(0, 5).join(', ')} …` : ranges.join(', ');
}

/**
 * The same mistake in many rows (a column left empty by an export, one wrong word filled down) is
 * said once, at its first row, with the rows it is on: a thousand equal messages hide the other
 * problems and say nothing the first one does not.
 */
function sayOnce(problems: readonly Problem[]): Problem[] {
  const groups = new Map<string, Problem[]>();
  for (const p of problems) {
    const key = p.row === undefined ? `\0${groups.size}` : `${p.code}\0${p.column}\0${p.message.en}`;
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  return [...groups.values()].flatMap((group) => {
    if (group.length <= SAID_ONE_BY_ONE) return group;
    const [first] = group as [Problem, ...Problem[]];
    const rows = rowRanges(group.map((p) => p.row!));
    const { id: _, ...rest } = first;
    return [
      {
        ...rest,
        message: {
          fi: `${first.message.fi} Sama virhe on ${group.length} rivillä: ${rows}.`,
          sv: `${first.message.sv} Samma fel finns på ${group.length} rader: ${rows}.`,
          en: `${first.message.en} The same mistake is on ${group.length} rows: ${rows}.`,
        },
      },
    ];
  });
}

/**
 * Rows that fail are reported and left out; the rest come back typed and located. `notData` are
 * the lines of rows that are no data at all (a repeated header, a totals row): nothing in them
 * names a theme or an action, so the cross-file checks skip them too.
 */
export function validateRows<S extends z.ZodObject>(
  table: CsvTable,
  schema: S,
  options: { languages: readonly Lang[]; what: FileNoun; aliases?: Readonly<Record<string, string>> },
): { rows: Located<z.output<S>>[]; problems: Problem[]; notData: number[] } {
  type T = z.output<S>;
  const shape = schema.shape as Record<string, z.ZodType>;
  const problems = checkColumns(table, columnsOf(shape, options.languages), options.what, options.aliases);
  if (problems.some((p) => p.severity === 'error')) return { rows: [], problems, notData: [] };
  const rows: Located<T>[] = [];
  const notDataLines: number[] = [];
  const fields = inputFields(shape, options.languages);
  for (const row of table.rows) {
    const skipped = notData(table, row, options.aliases ?? {});
    if (skipped) {
      problems.push(skipped);
      notDataLines.push(row.line);
      continue;
    }
    const result = schema.safeParse(rowInput(row, fields));
    if (result.success) {
      const located: Located<T> = {
        value: result.data as T,
        file: table.file,
        line: row.line,
        columns: table.columnNumber,
        row: row.row,
      };
      const id = rowId(row.values);
      if (id !== undefined) located.id = id;
      rows.push(located);
      continue;
    }
    for (const issue of result.error.issues) {
      const column = columnOfPath(issue.path);
      const { message, words } = issueMessage(table.writtenHeader[column] ?? column, issue);
      problems.push(
        error(cellAt(table, row, column), words.code ?? issue.code, message, {
          expected: words.expected,
          fix: words.fix,
        }),
      );
    }
  }
  return { rows, problems: sayOnce(problems), notData: notDataLines };
}

/**
 * The one CSV reader. It turns an author's file into rows of trimmed strings that remember
 * where each cell stood (line and column), so every later check can point at it. It never
 * types values: `00100` stays `00100` until a schema says what the column holds.
 */
import Papa from 'papaparse';
import { decodeCsvBytes, lineOfByte, type Encoding } from './decode.ts';
import { error, warning, type Problem } from '../core/problem.ts';
import { truncate } from '../core/text.ts';

export type Delimiter = ';' | ',' | '\t';

export interface CsvRow {
  /** 1-based line where the row starts in the file (quoted newlines make rows span lines). */
  line: number;
  /** Canonical column name → trimmed cell text; a missing cell is ''. */
  values: Record<string, string>;
}

export interface CsvTable {
  file: string;
  /** Canonical column names in file order. */
  columns: string[];
  /** Canonical column name → 1-based column number in the file. */
  columnNumber: Record<string, number>;
  /** The header cells as the author wrote them, by canonical name (for messages). */
  writtenHeader: Record<string, string>;
  rows: CsvRow[];
  encoding: Encoding;
  delimiter: Delimiter;
}

export interface ReadCsvOptions {
  /** Lower-case alias → canonical column name, e.g. `päivämäärä` → `date`. */
  aliases?: Readonly<Record<string, string>>;
}

export interface ReadCsvResult {
  table?: CsvTable;
  problems: Problem[];
}

const DELIMITERS: readonly Delimiter[] = [';', ',', '\t'];
const DELIMITER_NAMES: Record<Delimiter, string> = { ';': 'semicolon', ',': 'comma', '\t': 'tab' };

/**
 * The separator is decided from the header line alone: papaparse's whole-file guess picks `,`
 * for a `;` file whose feedback texts are full of commas, and headers never contain either.
 */
export function detectDelimiter(text: string): Delimiter | undefined {
  const counts = new Map<Delimiter, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && counts.has(ch as Delimiter)) counts.set(ch as Delimiter, counts.get(ch as Delimiter)! + 1);
  }
  let best: Delimiter | undefined;
  for (const d of DELIMITERS) if (counts.get(d)! > 0 && (!best || counts.get(d)! > counts.get(best)!)) best = d;
  return best;
}

/** `  Päivämäärä ` → `päivämäärä`: headers match case- and space-insensitively. */
export function normaliseHeader(cell: string): string {
  return cell
    .replace(/^\uFEFF/, '')
    .trim()
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

function countNewlines(fields: readonly string[]): number {
  let n = 0;
  for (const f of fields) for (let i = f.indexOf('\n'); i !== -1; i = f.indexOf('\n', i + 1)) n++;
  return n;
}

function lineOfChar(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

const SAVE_AS = 'in Excel choose Save As → "CSV UTF-8 (comma delimited)" or "CSV (semicolon-separated)"';

export function readCsv(file: string, bytes: Uint8Array, options: ReadCsvOptions = {}): ReadCsvResult {
  const decoded = decodeCsvBytes(bytes);
  if (!decoded.ok) {
    const at = { file, line: lineOfByte(bytes, decoded.offset), column: 0 };
    const message =
      decoded.reason === 'utf-16'
        ? 'the file is saved as UTF-16 ("Unicode text"), which kuultu does not read.'
        : `byte 0x${bytes[decoded.offset]!.toString(16).toUpperCase().padStart(2, '0')} is not text in UTF-8 or Windows-1252: the file is not a CSV text file, or it is damaged.`;
    return {
      problems: [error(at, 'csv.encoding', message, { expected: 'a CSV file in UTF-8 or Windows-1252', fix: SAVE_AS })],
    };
  }
  const { text, encoding } = decoded;
  if (text.trim() === '') {
    return {
      problems: [
        error({ file, line: 0, column: 0 }, 'csv.empty', 'the file is empty.', {
          expected: 'a header line and rows',
          fix: 'add the header line, or delete the file',
        }),
      ],
    };
  }

  const delimiter = detectDelimiter(text) ?? ';';
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false, header: false });
  const problems: Problem[] = [];
  // Text after a closing quote makes papaparse run the cell on into the next rows without
  // complaint, silently losing them, so it stops the file like an unclosed quote does.
  const trailing = new Set<number>();
  for (const e of parsed.errors) {
    if (e.code !== 'InvalidQuotes' || typeof e.index !== 'number' || trailing.has(e.index)) continue;
    trailing.add(e.index);
    problems.push(textAfterQuote(file, text, e.index, delimiter));
  }
  for (const e of parsed.errors) {
    if (e.code === 'MissingQuotes' && !(typeof e.index === 'number' && trailing.has(e.index))) {
      const line = typeof e.index === 'number' ? lineOfChar(text, e.index) : 0;
      // The unclosed cell swallows the rest of the file, so it is the last cell of its record.
      const record = typeof e.row === 'number' ? parsed.data[e.row] : undefined;
      const start = record?.at(-1)?.split(/\r?\n/)[0]?.trim() ?? '';
      const before = start === '' ? '' : ` before "${truncate(start, 40)}"`;
      problems.push(
        error(
          { file, line, column: record?.length ?? 0 },
          'csv.quote',
          `the quote "${before} is never closed, so the rest of the file reads as one cell.`,
          {
            expected: 'every cell that starts with " to end with "',
            fix: 'add the missing " at the end of the cell, or remove the opening "',
          },
        ),
      );
    }
  }
  if (problems.length > 0) return { problems };

  const records = parsed.data;
  const header = records[0] ?? [];
  if (header.length < 2) {
    return {
      problems: [
        error(
          { file, line: 1, column: 1 },
          'csv.one-column',
          `the header "${header[0] ?? ''}" reads as one single column: kuultu could not find a ; or , separator in it.`,
          {
            expected: 'columns separated by ; (Finnish Excel) or , (CSV UTF-8)',
            fix: `check the header line, and ${SAVE_AS}`,
          },
        ),
      ],
    };
  }

  const aliases = options.aliases ?? {};
  const columns: string[] = [];
  const columnNumber: Record<string, number> = {};
  const writtenHeader: Record<string, string> = {};
  const fieldToColumn: (string | undefined)[] = [];
  header.forEach((cell, i) => {
    const normal = normaliseHeader(cell);
    if (normal === '') {
      fieldToColumn.push(undefined);
      return;
    }
    const name = aliases[normal] ?? normal;
    if (name in columnNumber) {
      problems.push(
        error(
          { file, line: 1, column: i + 1 },
          'csv.duplicate-column',
          `column "${cell.trim()}" appears twice in the header (also column ${columnNumber[name]}).`,
          {
            expected: 'each column once',
            fix: 'delete or rename one of the two columns',
          },
        ),
      );
      fieldToColumn.push(undefined);
      return;
    }
    columns.push(name);
    columnNumber[name] = i + 1;
    writtenHeader[name] = cell.trim();
    fieldToColumn.push(name);
  });

  const rows: CsvRow[] = [];
  let line = 1 + countNewlines(header) + 1;
  for (let r = 1; r < records.length; r++) {
    const fields = records[r]!;
    const rowLine = line;
    line += 1 + countNewlines(fields);
    if (fields.every((f) => f.trim() === '')) continue;
    const values: Record<string, string> = {};
    for (const name of columns) values[name] = '';
    fields.forEach((field, i) => {
      const name = fieldToColumn[i];
      const value = field.trim();
      if (name !== undefined) values[name] = value;
      else if (value !== '') {
        const beyond = i >= header.length;
        problems.push(
          (beyond ? error : warning)(
            { file, line: rowLine, column: i + 1 },
            'csv.extra-cell',
            `cell "${truncate(value)}" has no column header${beyond ? `: the row has ${fields.length} cells but the header has ${header.length}` : ''}.`,
            {
              expected: beyond
                ? `${header.length} cells per row, separated by ${DELIMITER_NAMES[delimiter]}s`
                : 'a header name above every cell that holds data',
              fix: beyond
                ? `if the text contains a ${DELIMITER_NAMES[delimiter]}, put the whole cell in double quotes; otherwise remove the extra ${DELIMITER_NAMES[delimiter]}`
                : 'give the column a header, or empty the cell',
            },
          ),
        );
      }
    });
    rows.push({ line: rowLine, values });
  }
  return { table: { file, columns, columnNumber, writtenHeader, rows, encoding, delimiter }, problems };
}

/** 1-based field number of the cell holding `offset`, counted on its line. */
function fieldNumberAt(text: string, offset: number, delimiter: Delimiter): number {
  let n = 1;
  let quoted = false;
  for (let i = text.lastIndexOf('\n', offset - 1) + 1; i < offset; i++) {
    if (text[i] === '"') quoted = !quoted;
    else if (!quoted && text[i] === delimiter) n++;
  }
  return n;
}

/** `"Hyvä palvelu" kiitos` : `contentStart` is just after the opening quote. */
function textAfterQuote(file: string, text: string, contentStart: number, delimiter: Delimiter): Problem {
  let close = contentStart;
  while (close < text.length && !(text[close] === '"' && text[close + 1] !== '"')) close += text[close] === '"' ? 2 : 1;
  const after = /^[^\r\n]*/.exec(text.slice(close + 1))![0];
  const extra = after.slice(0, Math.max(0, after.indexOf(delimiter))) || after;
  const name = DELIMITER_NAMES[delimiter];
  return error(
    { file, line: lineOfChar(text, contentStart), column: fieldNumberAt(text, contentStart - 1, delimiter) },
    'csv.quote',
    `the cell "${truncate(text.slice(contentStart, close), 40)}" goes on after its closing quote: "${truncate(extra.trim(), 40)}".`,
    {
      expected: `a quoted cell to end at its closing quote, followed by a ${name} or the end of the line`,
      fix: 'move the text inside the quotes; a quote inside the text is written as two quotes ""',
    },
  );
}

/**
 * An export as a grid of text: a header and rows that remember the row number Excel shows.
 * CSV goes through the one CSV reader (src/csv/read.ts); .xlsx through exceljs.
 */
import ExcelJS from 'exceljs';
import { decodeCsvBytes } from '../csv/decode.ts';
import Papa from 'papaparse';
import { detectDelimiter, readCsv } from '../csv/read.ts';
import { error, type Problem, type ProblemAt } from '../core/problem.ts';

export interface SheetRow {
  /** The line of the text file (CSV; quoted line breaks make it differ from `row`), or the Excel row (.xlsx). */
  line: number;
  /** The row number as Excel shows it (the header is row 1). */
  row: number;
  cells: string[];
}

/**
 * Where a cell of an export is, as the validator gives places: the text line, the row as Excel
 * numbers it, the column (1-based; 0 for the whole row) and the row's own id where it has one.
 */
export function sheetAt(file: string, row: SheetRow, column = 0, id?: string): ProblemAt {
  const at: ProblemAt = { file, line: row.line, column, row: row.row };
  if (id) at.id = id;
  return at;
}

export interface Sheet {
  file: string;
  header: string[];
  rows: SheetRow[];
}

export type SheetResult = { sheet: Sheet; problems: Problem[] } | { sheet?: undefined; problems: Problem[] };

/**
 * A CSV export. `columns` names the columns of a header-less file (Helsinki's Open311 CSV); a
 * first row that already is that header is read as the header.
 */
export function sheetFromCsv(file: string, bytes: Uint8Array, columns?: readonly string[]): SheetResult {
  let input = bytes;
  let shift = 0;
  if (columns) {
    const decoded = decodeCsvBytes(bytes);
    const text = decoded.ok ? decoded.text : '';
    const delimiter = detectDelimiter(text) ?? ',';
    const first = Papa.parse<string[]>(text, { delimiter, preview: 1 }).data[0] ?? [];
    // Only a first row as wide as the known header is data to put a header above; anything
    // else is read as it is, so the caller can say the file has the wrong columns.
    if (first.length === columns.length && first[0]?.trim().toLowerCase() !== columns[0]) {
      input = new TextEncoder().encode(`${columns.join(delimiter)}\n${text}`);
      shift = 1;
    }
  }
  const read = readCsv(file, input);
  const problems = read.problems
    .filter((p) => p.severity === 'error')
    .map((p) => ({ ...p, line: p.line > 0 ? p.line - shift : p.line }));
  if (!read.table || problems.length > 0) return { problems };
  const t = read.table;
  return {
    sheet: {
      file,
      header: t.columns.map((c) => t.writtenHeader[c] ?? c),
      rows: t.rows.map((r) => ({
        line: r.line - shift,
        row: r.row - shift,
        cells: t.columns.map((c) => r.values[c] ?? ''),
      })),
    },
    problems: [],
  };
}

/** An Excel date as the wall-clock time it shows, `2026-03-14T10:22:31`, without a zone. */
function excelDateText(d: Date): string {
  return d.toISOString().slice(0, 19);
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return excelDateText(value);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('result' in value) return cellText((value.result ?? '') as ExcelJS.CellValue);
    if ('text' in value) return String(value.text);
    if ('error' in value) return String(value.error);
    return '';
  }
  return String(value).trim();
}

/** The first worksheet of an .xlsx file. */
export async function sheetFromXlsx(file: string, bytes: Uint8Array): Promise<SheetResult> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    return {
      problems: [
        error(
          { file, line: 0, column: 0 },
          'import.not-xlsx',
          {
            fi: 'tämä ei ole Excel-työkirja (.xlsx), joten kuultu ei voi lukea sitä.',
            sv: 'det här är inte en Excel-arbetsbok (.xlsx), så kuultu kan inte läsa den.',
            en: 'this is not an Excel workbook (.xlsx), so kuultu cannot read it.',
          },
          {
            expected: {
              fi: 'kyselytyökalun lataama .xlsx-tiedosto (”Avaa Excelissä” / ”Lataa vastaukset”)',
              sv: '.xlsx-filen som enkätverktyget laddar ner (”Öppna i Excel” / ”Ladda ner svar”)',
              en: 'the .xlsx file the survey tool downloads ("Open in Excel" / "Download responses")',
            },
            fix: {
              fi: 'lataa vastaukset uudelleen Excel-tiedostona ja anna tuonnille se tiedosto',
              sv: 'ladda ner svaren igen som Excel-fil och ge importen den filen',
              en: 'download the responses again as an Excel file and give that file to the import',
            },
          },
        ),
      ],
    };
  }
  const ws = workbook.worksheets[0];
  if (!ws || ws.rowCount === 0) {
    return {
      problems: [
        error(
          { file, line: 0, column: 0 },
          'import.empty',
          { fi: 'työkirjassa ei ole rivejä.', sv: 'arbetsboken har inga rader.', en: 'the workbook has no rows.' },
          {
            expected: {
              fi: 'otsikkorivi ja yksi rivi vastaajaa kohden',
              sv: 'en rubrikrad och en rad per svarande',
              en: 'a header row and one row per respondent',
            },
            fix: {
              fi: 'lataa vastaukset uudelleen, kun kyselyyn on vastattu',
              sv: 'ladda ner svaren igen när enkäten har svar',
              en: 'download the responses again once the survey has answers',
            },
          },
        ),
      ],
    };
  }
  const width = ws.getRow(1).cellCount;
  const rowCells = (n: number): string[] =>
    Array.from({ length: width }, (_, i) => cellText(ws.getRow(n).getCell(i + 1).value));
  const header = rowCells(1);
  const rows: SheetRow[] = [];
  for (let n = 2; n <= ws.rowCount; n++) {
    const cells = rowCells(n);
    if (cells.every((c) => c === '')) continue;
    rows.push({ line: n, row: n, cells });
  }
  return { sheet: { file, header, rows }, problems: [] };
}

/** The index of the first header that matches one of `names` (case- and space-insensitive). */
export function findColumn(header: readonly string[], names: readonly string[]): number {
  const wanted = new Set(names.map((n) => n.toLowerCase()));
  return header.findIndex((h) => wanted.has(h.replace(/\s+/g, ' ').trim().toLowerCase()));
}

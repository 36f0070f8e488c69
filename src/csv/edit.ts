/**
 * Editing an author's CSV file in place, the way a careful person would in a text editor: one
 * record's cells change or one record is added, and every other byte stays as it was. Excel
 * rewrites every line it saves, which makes a one-cell change unreadable in a pull request;
 * kuultu's own commands must not do the same. So the file is never parsed and written back
 * whole: the raw text of each cell is located and only the cells that change are replaced,
 * in the file's own separator, line ends, byte-order mark and encoding.
 */
import { decodeCsvBytes, type Encoding } from './decode.ts';
import { detectDelimiter, type Delimiter } from './read.ts';
import { csvCell } from '../core/csv-text.ts';

export interface CsvLayout {
  delimiter: Delimiter;
  /** The first line end in the file; a file without any gets CRLF, as Excel writes. */
  lineEnd: '\r\n' | '\n';
  encoding: Encoding;
  bom: boolean;
  /** Whether the last record is followed by a line end. */
  finalNewline: boolean;
}

export interface RawCell {
  /** Offsets into the text: `text.slice(start, end)` is the cell as written, quotes included. */
  start: number;
  end: number;
}

export interface RawRecord {
  /** 1-based line the record starts on, as readCsv counts it. */
  line: number;
  start: number;
  /** Exclusive, before the line end. */
  end: number;
  cells: RawCell[];
}

export interface EditableCsv {
  text: string;
  layout: CsvLayout;
  records: RawRecord[];
}

/** The file as editable text, or undefined when it is not text kuultu reads (readCsv reports why). */
export function openCsv(bytes: Uint8Array): EditableCsv | undefined {
  const decoded = decodeCsvBytes(bytes);
  if (!decoded.ok) return undefined;
  const { text } = decoded;
  const delimiter = detectDelimiter(text) ?? ';';
  const firstBreak = text.search(/\r?\n/);
  const lineEnd = firstBreak !== -1 && text[firstBreak] === '\r' ? '\r\n' : firstBreak === -1 ? '\r\n' : '\n';
  const layout: CsvLayout = {
    delimiter,
    lineEnd,
    encoding: decoded.encoding,
    bom: decoded.bom,
    finalNewline: /\r?\n$/.test(text),
  };
  return { text, layout, records: splitRecords(text, delimiter) };
}

/** Records with the raw span of each cell; blank lines are records with one empty cell. */
export function splitRecords(text: string, delimiter: string): RawRecord[] {
  const records: RawRecord[] = [];
  let line = 1;
  let i = 0;
  while (i < text.length) {
    const record: RawRecord = { line, start: i, end: i, cells: [] };
    let cellStart = i;
    let quoted = false;
    let ended = false;
    while (i < text.length) {
      const ch = text[i]!;
      if (quoted) {
        if (ch === '"') {
          if (text[i + 1] === '"') i++;
          else quoted = false;
        } else if (ch === '\n') line++;
        i++;
        continue;
      }
      if (ch === '"') quoted = true;
      else if (ch === delimiter) {
        record.cells.push({ start: cellStart, end: i });
        cellStart = i + 1;
      } else if (ch === '\n' || ch === '\r') {
        record.cells.push({ start: cellStart, end: i });
        record.end = i;
        i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
        line++;
        ended = true;
        break;
      }
      i++;
    }
    if (!ended) {
      record.cells.push({ start: cellStart, end: i });
      record.end = i;
    }
    records.push(record);
  }
  return records;
}

/** A cell quoted only when it must be (the separator, a quote, a line end, edge spaces): csvText's rule. */
export const encodeCell = csvCell;

/**
 * The text with some cells of one record replaced (by 0-based cell number). A record shorter
 * than a cell it needs is padded with empty cells, as Excel leaves trailing empty cells out.
 */
export function replaceCells(csv: EditableCsv, record: RawRecord, changes: ReadonlyMap<number, string>): string {
  const cells = record.cells.map((c) => csv.text.slice(c.start, c.end));
  for (const [index, value] of changes) {
    while (cells.length <= index) cells.push('');
    cells[index] = encodeCell(value, csv.layout.delimiter);
  }
  return csv.text.slice(0, record.start) + cells.join(csv.layout.delimiter) + csv.text.slice(record.end);
}

/** The text with one record added at the end, in the file's separator and line ends. */
export function appendRecord(csv: Pick<EditableCsv, 'text' | 'layout'>, cells: readonly string[]): string {
  const { delimiter, lineEnd } = csv.layout;
  const separator = csv.text === '' || /\r?\n$/.test(csv.text) ? '' : lineEnd;
  return `${csv.text}${separator}${cells.map((c) => encodeCell(c, delimiter)).join(delimiter)}${lineEnd}`;
}

const WINDOWS_1252 = new TextDecoder('windows-1252');
let reverse1252: Map<string, number> | undefined;

/** Characters Windows-1252 cannot hold, so a command can refuse before it damages the file. */
export function unencodable(text: string, encoding: Encoding): string[] {
  if (encoding === 'utf-8') return [];
  const map = windows1252();
  return [...new Set([...text].filter((ch) => !map.has(ch)))];
}

function windows1252(): Map<string, number> {
  if (!reverse1252) {
    reverse1252 = new Map();
    for (let b = 0; b < 256; b++) reverse1252.set(WINDOWS_1252.decode(new Uint8Array([b])), b);
  }
  return reverse1252;
}

/** Text → the file's bytes, with its byte-order mark; call `unencodable` first for Windows-1252. */
export function encodeCsv(text: string, layout: Pick<CsvLayout, 'encoding' | 'bom'>): Uint8Array {
  const bom = layout.bom ? [0xef, 0xbb, 0xbf] : [];
  if (layout.encoding === 'utf-8') {
    const body = new TextEncoder().encode(text);
    const out = new Uint8Array(bom.length + body.length);
    out.set(bom);
    out.set(body, bom.length);
    return out;
  }
  const map = windows1252();
  return new Uint8Array([...bom, ...[...text].map((ch) => map.get(ch) ?? 0x3f)]);
}

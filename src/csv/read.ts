/**
 * The one CSV reader. It turns an author's file into rows of trimmed strings that remember
 * where each cell stood (line and column), so every later check can point at it. It never
 * types values: `00100` stays `00100` until a schema says what the column holds.
 */
import Papa from 'papaparse';
import { decodeCsvBytes, lineOfByte, type Encoding } from './decode.ts';
import type { Text } from '../core/lang.ts';
import { columnLetter, error, warning, type Problem, type ProblemAt } from '../core/problem.ts';
import { truncate } from '../core/text.ts';
import { SAVE_AGAIN } from './excel.ts';

export type Delimiter = ';' | ',' | '\t';

export interface CsvRow {
  /** 1-based line where the row starts in the file (quoted newlines make rows span lines). */
  line: number;
  /** The row as Excel numbers it: the header is row 1, and a line break inside a cell adds none. */
  row: number;
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
const DELIMITER_NAMES: Record<Delimiter, Text> = {
  ';': { fi: 'puolipiste (;)', sv: 'semikolon (;)', en: 'semicolon' },
  ',': { fi: 'pilkku (,)', sv: 'komma (,)', en: 'comma' },
  '\t': { fi: 'sarkain', sv: 'tabb', en: 'tab' },
};

/** The id an author can search for in a row: its own id, or the action an update belongs to. */
export function rowId(values: Readonly<Record<string, string>>): string | undefined {
  return values['id'] || values['action'] || undefined;
}

/** Where a cell of a read row is, for a problem: text line, Excel row and column, and the row's id. */
export function cellAt(table: Pick<CsvTable, 'file' | 'columnNumber'>, row: CsvRow, column?: string): ProblemAt {
  const at: ProblemAt = {
    file: table.file,
    line: row.line,
    column: column === undefined ? 0 : (table.columnNumber[column] ?? 0),
    row: row.row,
  };
  const id = rowId(row.values);
  if (id !== undefined) at.id = id;
  return at;
}

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

export function readCsv(file: string, bytes: Uint8Array, options: ReadCsvOptions = {}): ReadCsvResult {
  const decoded = decodeCsvBytes(bytes);
  if (!decoded.ok) {
    const at = { file, line: lineOfByte(bytes, decoded.offset), column: 0 };
    const byte = `0x${bytes[decoded.offset]!.toString(16).toUpperCase().padStart(2, '0')}`;
    const message: Text =
      decoded.reason === 'utf-16'
        ? {
            fi: 'tiedosto on tallennettu UTF-16-muodossa ("Unicode-teksti"), jota kuultu ei lue.',
            sv: 'filen är sparad som UTF-16 ("Unicode-text"), som kuultu inte läser.',
            en: 'the file is saved as UTF-16 ("Unicode text"), which kuultu does not read.',
          }
        : {
            fi: `tavu ${byte} ei ole tekstiä UTF-8- eikä Windows-1252-merkistössä: tiedosto ei ole CSV-tekstitiedosto, tai se on vioittunut.`,
            sv: `byte ${byte} är inte text i UTF-8 eller Windows-1252: filen är inte en CSV-textfil, eller så är den skadad.`,
            en: `byte ${byte} is not text in UTF-8 or Windows-1252: the file is not a CSV text file, or it is damaged.`,
          };
    return {
      problems: [
        error(at, 'csv.encoding', message, {
          expected: {
            fi: 'CSV-tiedosto UTF-8- tai Windows-1252-merkistössä',
            sv: 'en CSV-fil i UTF-8 eller Windows-1252',
            en: 'a CSV file in UTF-8 or Windows-1252',
          },
          fix: SAVE_AGAIN,
        }),
      ],
    };
  }
  const { text, encoding } = decoded;
  if (text.trim() === '') {
    return {
      problems: [
        error(
          { file, line: 0, column: 0 },
          'csv.empty',
          { fi: 'tiedosto on tyhjä.', sv: 'filen är tom.', en: 'the file is empty.' },
          {
            expected: { fi: 'otsikkorivi ja tietorivit', sv: 'en rubrikrad och rader', en: 'a header line and rows' },
            fix: {
              fi: 'lisää otsikkorivi tai poista tiedosto',
              sv: 'lägg till rubrikraden eller ta bort filen',
              en: 'add the header line, or delete the file',
            },
          },
        ),
      ],
    };
  }

  const hint = SEP_LINE.exec(text);
  if (hint) return { problems: [sepLine(file, hint[1]!)] };

  const delimiter = detectDelimiter(text) ?? ';';
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false, header: false });
  const problems: Problem[] = [];
  // Text after a closing quote makes papaparse run the cell on into the next rows without
  // complaint, silently losing them, so it stops the file like an unclosed quote does.
  const trailing = new Set<number>();
  for (const e of parsed.errors) {
    if (e.code !== 'InvalidQuotes' || typeof e.index !== 'number' || trailing.has(e.index)) continue;
    trailing.add(e.index);
    // papaparse numbers records from 0 with the header as record 0: Excel's row is one more.
    problems.push(textAfterQuote(file, text, e.index, delimiter, typeof e.row === 'number' ? e.row + 1 : undefined));
  }
  for (const e of parsed.errors) {
    if (e.code === 'MissingQuotes' && !(typeof e.index === 'number' && trailing.has(e.index))) {
      const line = typeof e.index === 'number' ? lineOfChar(text, e.index) : 0;
      // The unclosed cell swallows the rest of the file, so it is the last cell of its record.
      const record = typeof e.row === 'number' ? parsed.data[e.row] : undefined;
      const start = record?.at(-1)?.split(/\r?\n/)[0]?.trim() ?? '';
      const shown = truncate(start, 40);
      const at: ProblemAt = { file, line, column: record?.length ?? 0 };
      if (typeof e.row === 'number') at.row = e.row + 1;
      problems.push(
        error(
          at,
          'csv.quote',
          start === ''
            ? {
                fi: 'lainausmerkkiä " ei ole suljettu, joten loppu tiedostosta luetaan yhtenä soluna.',
                sv: 'citattecknet " stängs aldrig, så resten av filen läses som en enda cell.',
                en: 'the quote " is never closed, so the rest of the file reads as one cell.',
              }
            : {
                fi: `lainausmerkkiä " ennen tekstiä "${shown}" ei ole suljettu, joten loppu tiedostosta luetaan yhtenä soluna.`,
                sv: `citattecknet " före "${shown}" stängs aldrig, så resten av filen läses som en enda cell.`,
                en: `the quote " before "${shown}" is never closed, so the rest of the file reads as one cell.`,
              },
          {
            expected: {
              fi: 'jokainen lainausmerkillä " alkava solu päättyy lainausmerkkiin "',
              sv: 'att varje cell som börjar med " slutar med "',
              en: 'every cell that starts with " to end with "',
            },
            fix: {
              fi: 'lisää puuttuva " solun loppuun tai poista solun alussa oleva "',
              sv: 'lägg till det saknade " i slutet av cellen, eller ta bort det inledande "',
              en: 'add the missing " at the end of the cell, or remove the opening "',
            },
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
          { file, line: 1, column: 1, row: 1 },
          'csv.one-column',
          {
            fi: `otsikkorivi "${header[0] ?? ''}" luetaan yhdeksi sarakkeeksi: kuultu ei löytänyt siitä erotinta ; tai ,.`,
            sv: `rubrikraden "${header[0] ?? ''}" läses som en enda kolumn: kuultu hittade ingen avgränsare ; eller , i den.`,
            en: `the header "${header[0] ?? ''}" reads as one single column: kuultu could not find a ; or , separator in it.`,
          },
          {
            expected: {
              fi: 'sarakkeet erotettuina merkillä ; (suomenkielinen Excel) tai , (CSV UTF-8)',
              sv: 'kolumner åtskilda med ; (finsk Excel) eller , (CSV UTF-8)',
              en: 'columns separated by ; (Finnish Excel) or , (CSV UTF-8)',
            },
            fix: {
              fi: `tarkista otsikkorivi ja ${SAVE_AGAIN.fi}`,
              sv: `kontrollera rubrikraden och ${SAVE_AGAIN.sv}`,
              en: `check the header line, and ${SAVE_AGAIN.en}`,
            },
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
          { file, line: 1, column: i + 1, row: 1 },
          'csv.duplicate-column',
          {
            fi: `sarake "${cell.trim()}" on otsikkorivillä kahdesti (myös sarake ${columnLetter(columnNumber[name]!)}).`,
            sv: `kolumnen "${cell.trim()}" finns två gånger i rubrikraden (även kolumn ${columnLetter(columnNumber[name]!)}).`,
            en: `column "${cell.trim()}" appears twice in the header (also column ${columnLetter(columnNumber[name]!)}).`,
          },
          {
            expected: { fi: 'kukin sarake kerran', sv: 'varje kolumn en gång', en: 'each column once' },
            fix: {
              fi: 'poista toinen sarakkeista tai nimeä se uudelleen',
              sv: 'ta bort eller byt namn på en av de två kolumnerna',
              en: 'delete or rename one of the two columns',
            },
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
    const extra: { value: string; column: number }[] = [];
    fields.forEach((field, i) => {
      const name = fieldToColumn[i];
      const value = field.trim();
      if (name !== undefined) values[name] = value;
      else if (value !== '') extra.push({ value, column: i + 1 });
    });
    const row: CsvRow = { line: rowLine, row: r + 1, values };
    for (const cell of extra) problems.push(extraCell(file, row, cell, fields.length, header.length, delimiter));
    rows.push(row);
  }
  const table: CsvTable = { file, columns, columnNumber, writtenHeader, rows, encoding, delimiter };
  const damage = encodingDamage(table, text);
  if (damage) problems.push(damage);
  return { table, problems };
}

/**
 * `sep=;` on the first line: a hint some programs write before the header so that Excel opens
 * the file in columns whatever its list separator. Excel hides the line and drops it when
 * it saves; read as the header it would make every column look missing.
 */
const SEP_LINE = /^\uFEFF?\s*sep=(.?)\s*(?:\r?\n|$)/i;

function sepLine(file: string, separator: string): Problem {
  const line = `sep=${separator}`;
  return error(
    { file, line: 1, column: 1, row: 1 },
    'csv.sep-line',
    {
      fi: `ensimmäinen rivi "${line}" on Excelin erotinvihje eikä otsikkorivi.`,
      sv: `första raden "${line}" är en anvisning till Excel om avgränsaren, inte rubrikraden.`,
      en: `the first line "${line}" is a separator hint for Excel, not the header.`,
    },
    {
      expected: {
        fi: 'otsikkorivi tiedoston ensimmäisellä rivillä',
        sv: 'rubrikraden på filens första rad',
        en: 'the header on the first line of the file',
      },
      fix: {
        fi: `poista rivi "${line}" tekstieditorissa, tai ${SAVE_AGAIN.fi} (Excel jättää rivin pois)`,
        sv: `ta bort raden "${line}" i en textredigerare, eller ${SAVE_AGAIN.sv} (Excel tar bort raden)`,
        en: `delete the line "${line}" in a text editor, or ${SAVE_AGAIN.en} (Excel leaves the line out)`,
      },
    },
  );
}

function extraCell(
  file: string,
  row: CsvRow,
  cell: { value: string; column: number },
  cells: number,
  headerCells: number,
  delimiter: Delimiter,
): Problem {
  const beyond = cell.column > headerCells;
  const name = DELIMITER_NAMES[delimiter];
  const shown = truncate(cell.value);
  const at: ProblemAt = { file, line: row.line, column: cell.column, row: row.row };
  const id = rowId(row.values);
  if (id !== undefined) at.id = id;
  return (beyond ? error : warning)(
    at,
    'csv.extra-cell',
    beyond
      ? {
          fi: `solulla "${shown}" ei ole sarakeotsikkoa: rivillä on ${cells} solua, mutta otsikkorivillä ${headerCells}.`,
          sv: `cellen "${shown}" har ingen kolumnrubrik: raden har ${cells} celler men rubrikraden ${headerCells}.`,
          en: `cell "${shown}" has no column header: the row has ${cells} cells but the header has ${headerCells}.`,
        }
      : {
          fi: `solulla "${shown}" ei ole sarakeotsikkoa.`,
          sv: `cellen "${shown}" har ingen kolumnrubrik.`,
          en: `cell "${shown}" has no column header.`,
        },
    {
      expected: beyond
        ? {
            fi: `${headerCells} solua rivillä, erottimena ${name.fi}`,
            sv: `${headerCells} celler per rad, åtskilda med ${name.sv}`,
            en: `${headerCells} cells per row, separated by ${name.en}s`,
          }
        : {
            fi: 'sarakeotsikko jokaisen tietoa sisältävän solun yläpuolella',
            sv: 'en kolumnrubrik ovanför varje cell som innehåller data',
            en: 'a header name above every cell that holds data',
          },
      fix: beyond
        ? {
            fi: `jos tekstissä on ${name.fi}, kirjoita koko solu lainausmerkkeihin; muuten poista ylimääräinen ${name.fi}`,
            sv: `om texten innehåller ${name.sv}, sätt hela cellen inom citattecken; ta annars bort det extra tecknet`,
            en: `if the text contains a ${name.en}, put the whole cell in double quotes; otherwise remove the extra ${name.en}`,
          }
        : {
            fi: 'anna sarakkeelle otsikko tai tyhjennä solu',
            sv: 'ge kolumnen en rubrik eller töm cellen',
            en: 'give the column a header, or empty the cell',
          },
    },
  );
}

/**
 * Text damaged by a wrong save: the replacement character � (an editor could not read a byte and
 * gave up on it), or UTF-8 read as Windows-1252 and saved again (`ä` → `Ã¤`, `€` → `â‚¬`). Both
 * decode without complaint, so only the characters tell; published, every ä would read as junk.
 */
/** A UTF-8 continuation byte (0x80–0xBF) as Windows-1252 or Latin-1 shows it. */
const CONTINUATION =
  '[\\u0080-\\u00BF\\u20AC\\u201A\\u0192\\u201E\\u2026\\u2020\\u2021\\u02C6\\u2030\\u0160\\u2039\\u0152\\u017D\\u2018\\u2019\\u201C\\u201D\\u2022\\u2013\\u2014\\u02DC\\u2122\\u0161\\u203A\\u0153\\u017E\\u0178]';
const MOJIBAKE = new RegExp(`\\uFFFD|[ÃÂ]${CONTINUATION}|â${CONTINUATION}${CONTINUATION}`);

/** What the damage should have been, for the message: `Ã¤` → `ä`. */
function repaired(damage: string): string | undefined {
  if (damage === '\uFFFD') return undefined;
  const bytes = [...damage].map((ch) => WINDOWS_1252_BYTE.get(ch) ?? ch.charCodeAt(0));
  if (bytes.some((b) => b > 0xff)) return undefined;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(bytes));
  } catch {
    return undefined;
  }
}

/** Windows-1252's characters for bytes 0x80–0x9F, back to their bytes. */
const WINDOWS_1252_BYTE = new Map<string, number>(
  [...new TextDecoder('windows-1252').decode(Uint8Array.from({ length: 32 }, (_, i) => 0x80 + i))].map(
    (ch, i) => [ch, 0x80 + i] as const,
  ),
);

/** One problem for the whole file, at its first damaged cell: the fix (save again) mends them all. */
function encodingDamage(table: CsvTable, text: string): Problem | undefined {
  if (!MOJIBAKE.test(text)) return undefined;
  let first: { row: CsvRow; column: string; match: string; value: string } | undefined;
  let cells = 0;
  for (const row of table.rows) {
    for (const column of table.columns) {
      const value = row.values[column] ?? '';
      const m = MOJIBAKE.exec(value);
      if (!m) continue;
      cells++;
      first ??= { row, column, match: m[0], value };
    }
  }
  if (!first) return undefined;
  const header = table.writtenHeader[first.column] ?? first.column;
  const shown = truncate(first.value);
  const meant = repaired(first.match);
  const others = cells - 1;
  const more: Text =
    others === 0
      ? { fi: '', sv: '', en: '' }
      : {
          fi: ` Sama vika on ${others === 1 ? 'yhdessä muussa solussa' : `${others} muussa solussa`}.`,
          sv: ` Samma fel finns i ${others === 1 ? 'en cell till' : `${others} celler till`}.`,
          en: ` ${others === 1 ? 'One other cell has' : `${others} other cells have`} the same damage.`,
        };
  const what: Text =
    first.match === '\uFFFD'
      ? {
          fi: 'merkin �, joka jää tilalle, kun ohjelma ei ole osannut lukea kirjainta',
          sv: 'tecknet �, som blir kvar när ett program inte kunde läsa en bokstav',
          en: 'the character �, left where a program could not read a letter',
        }
      : {
          fi: `merkit "${first.match}"${meant ? `, jotka olivat alun perin "${meant}"` : ''}`,
          sv: `tecknen "${first.match}"${meant ? `, som ursprungligen var "${meant}"` : ''}`,
          en: `the characters "${first.match}"${meant ? `, which were "${meant}"` : ''}`,
        };
  return error(
    cellAt(table, first.row, first.column),
    'csv.encoding-damage',
    {
      fi: `${header} "${shown}" sisältää ${what.fi}: tiedosto on vaurioitunut, kun se on tallennettu väärällä merkistöllä.${more.fi}`,
      sv: `${header} "${shown}" innehåller ${what.sv}: filen har skadats när den sparades med fel teckenkodning.${more.sv}`,
      en: `${header} "${shown}" contains ${what.en}: the file was damaged when it was saved in the wrong encoding.${more.en}`,
    },
    {
      expected: {
        fi: 'teksti, jossa ä, ö, å ja € ovat ennallaan',
        sv: 'text där ä, ö, å och € är oförändrade',
        en: 'text with ä, ö, å and € as written',
      },
      fix: {
        fi: `avaa alkuperäinen tiedosto (esim. palautejärjestelmän vienti) ja ${SAVE_AGAIN.fi}; korjaa merkit käsin vain, jos alkuperäistä ei ole`,
        sv: `öppna originalfilen (t.ex. exporten från responssystemet) och ${SAVE_AGAIN.sv}; rätta tecknen för hand bara om originalet saknas`,
        en: `open the original file (e.g. the export from the feedback system) and ${SAVE_AGAIN.en}; mend the characters by hand only if there is no original`,
      },
    },
  );
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
function textAfterQuote(
  file: string,
  text: string,
  contentStart: number,
  delimiter: Delimiter,
  row: number | undefined,
): Problem {
  let close = contentStart;
  while (close < text.length && !(text[close] === '"' && text[close + 1] !== '"')) close += text[close] === '"' ? 2 : 1;
  const after = /^[^\r\n]*/.exec(text.slice(close + 1))![0];
  const extra = after.slice(0, Math.max(0, after.indexOf(delimiter))) || after;
  const name = DELIMITER_NAMES[delimiter];
  const cell = truncate(text.slice(contentStart, close), 40);
  const goesOn = truncate(extra.trim(), 40);
  const at: ProblemAt = {
    file,
    line: lineOfChar(text, contentStart),
    column: fieldNumberAt(text, contentStart - 1, delimiter),
  };
  if (row !== undefined) at.row = row;
  return error(
    at,
    'csv.quote',
    {
      fi: `solu "${cell}" jatkuu loppulainausmerkin jälkeen: "${goesOn}".`,
      sv: `cellen "${cell}" fortsätter efter sitt avslutande citattecken: "${goesOn}".`,
      en: `the cell "${cell}" goes on after its closing quote: "${goesOn}".`,
    },
    {
      expected: {
        fi: `lainausmerkeissä oleva solu päättyy loppulainausmerkkiin, jonka jälkeen tulee ${name.fi} tai rivi loppuu`,
        sv: `att en cell inom citattecken slutar vid sitt avslutande citattecken, följt av ${name.sv} eller radens slut`,
        en: `a quoted cell to end at its closing quote, followed by a ${name.en} or the end of the line`,
      },
      fix: {
        fi: 'siirrä teksti lainausmerkkien sisään; tekstin sisällä lainausmerkki kirjoitetaan kahtena: ""',
        sv: 'flytta texten innanför citattecknen; ett citattecken i texten skrivs som två: ""',
        en: 'move the text inside the quotes; a quote inside the text is written as two quotes ""',
      },
    },
  );
}

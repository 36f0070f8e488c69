import { describe, expect, it } from 'vitest';
import { csvText, type CsvCell } from '../../src/core/csv-text.ts';
import { readCsv } from '../../src/csv/read.ts';

const header = ['id', 'title', 'votes'];
const rows: CsvCell[][] = [
  ['A-1', 'Sanoi "kiitos"; ja, lähti', 12],
  ['A-2', 'Kaksi\nriviä', undefined],
  ['A-3', '', 0],
];

describe('csvText', () => {
  it('writes RFC 4180 with , and LF, quoting only where a cell needs it, with a line end after the last row', () => {
    expect(csvText(header, rows, { separator: ',', eol: '\n' })).toBe(
      'id,title,votes\nA-1,"Sanoi ""kiitos""; ja, lähti",12\nA-2,"Kaksi\nriviä",\nA-3,,0\n',
    );
  });

  it('writes what Finnish Excel saves: ; and CRLF, a comma needs no quotes', () => {
    expect(csvText(header, rows, { separator: ';', eol: '\r\n' })).toBe(
      'id;title;votes\r\nA-1;"Sanoi ""kiitos""; ja, lähti";12\r\nA-2;"Kaksi\nriviä";\r\nA-3;;0\r\n',
    );
  });

  it('quotes a cell that begins or ends with a space, so a reader that trims cells cannot lose it', () => {
    expect(csvText(['t'], [[' alku'], ['loppu ']], { separator: ';', eol: '\r\n' })).toBe(
      't\r\n" alku"\r\n"loppu "\r\n',
    );
  });

  it('writes a header line alone when there are no rows', () => {
    expect(csvText(header, [], { separator: ',', eol: '\n' })).toBe('id,title,votes\n');
  });

  it.each([
    [',', '\n'],
    [';', '\r\n'],
  ] as const)('is read back cell for cell by kuultu’s own reader (separator %j)', (separator, eol) => {
    const bytes = new TextEncoder().encode(csvText(header, rows, { separator, eol }));
    const { table, problems } = readCsv('data/votes/x.csv', bytes);
    expect(problems).toEqual([]);
    expect(table?.columns).toEqual(header);
    expect(table?.rows.map((r) => header.map((c) => r.values[c]))).toEqual(
      rows.map((r) => r.map((c) => (c === undefined ? '' : String(c)))),
    );
  });
});

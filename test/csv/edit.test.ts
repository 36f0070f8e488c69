import { describe, expect, it } from 'vitest';
import { appendRecord, encodeCell, encodeCsv, openCsv, replaceCells, unencodable } from '../../src/csv/edit.ts';

const enc = (s: string) => new TextEncoder().encode(s);

describe('editing a CSV in place', () => {
  it('finds each record and cell, quoted line breaks included, and knows the layout', () => {
    const csv = openCsv(enc('\uFEFFa;b\r\n"x;\ny";2\r\n'))!;
    expect(csv.layout).toEqual({ delimiter: ';', lineEnd: '\r\n', encoding: 'utf-8', bom: true, finalNewline: true });
    expect(csv.records.map((r) => r.line)).toEqual([1, 2]);
    expect(csv.records[1]!.cells.map((c) => csv.text.slice(c.start, c.end))).toEqual(['"x;\ny"', '2']);
  });

  it('replaces only the cells asked for, keeping the others exactly as written', () => {
    const csv = openCsv(enc('id,t,n\nA,"quoted, kept",1\nB,x,2\n'))!;
    expect(replaceCells(csv, csv.records[1]!, new Map([[2, '5']]))).toBe('id,t,n\nA,"quoted, kept",5\nB,x,2\n');
    expect(replaceCells(csv, csv.records[2]!, new Map([[4, 'a,b']]))).toBe(
      'id,t,n\nA,"quoted, kept",1\nB,x,2,,"a,b"\n',
    );
  });

  it('appends a record with the file’s line end, adding one first if the last line had none', () => {
    expect(appendRecord(openCsv(enc('a;b\r\n1;2'))!, ['3', 'x"y'])).toBe('a;b\r\n1;2\r\n3;"x""y"\r\n');
    expect(encodeCell(' padded', ',')).toBe('" padded"');
  });

  it('writes Windows-1252 back byte for byte, and names what it cannot hold', () => {
    const bytes = new Uint8Array([0x61, 0x3b, 0xe4, 0x0d, 0x0a]);
    const csv = openCsv(bytes)!;
    expect(csv.layout.encoding).toBe('windows-1252');
    expect([...encodeCsv(csv.text, csv.layout)]).toEqual([...bytes]);
    expect(unencodable('ä€ő', 'windows-1252')).toEqual(['ő']);
  });
});

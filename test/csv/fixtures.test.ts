import { same } from '../../src/core/lang.ts';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../src/csv/read.ts';
import { FEEDBACK_HEADER_ALIASES, FeedbackRowSchema } from '../../src/schemas/feedback.ts';
import { validateRows } from '../../src/validate/rows.ts';

const FIXTURES = new URL('../fixtures/excel/', import.meta.url);

function readFixture(name: string) {
  const read = readCsv(`data/feedback/${name}`, readFileSync(new URL(name, FIXTURES)), {
    aliases: FEEDBACK_HEADER_ALIASES,
  });
  expect(read.problems).toEqual([]);
  const validated = validateRows(read.table!, FeedbackRowSchema, {
    languages: ['fi', 'sv', 'en'],
    what: same('a feedback file'),
  });
  expect(validated.problems).toEqual([]);
  return { table: read.table!, rows: validated.rows.map((r) => ({ line: r.line, ...r.value })) };
}

describe('CSV exactly as Finnish Excel saves it', () => {
  const excel = readFixture('excel-fi-semicolon-windows1252.csv');
  const utf8 = readFixture('excel-utf8-bom-comma.csv');

  it('detects the separator and encoding of each file', () => {
    expect([excel.table.delimiter, excel.table.encoding]).toEqual([';', 'windows-1252']);
    expect([utf8.table.delimiter, utf8.table.encoding]).toEqual([',', 'utf-8']);
  });

  it('gives the same typed rows from the Windows-1252 ; file and the UTF-8 BOM , file', () => {
    expect(excel.rows).toHaveLength(4);
    expect(excel.rows).toEqual(utf8.rows);
  });

  it('keeps €, curly quotes, dashes and a quoted newline intact', () => {
    const texts = excel.rows.map((r) => r.text);
    expect(texts[0]).toBe('Kiitos – lohikeitto oli “paras ikinä”!');
    expect(texts[1]).toContain('45 € lumenluonnista');
    expect(texts[3]).toBe('Milloin leikkipuiston keinut korjataan,\nkun ne ovat olleet rikki jo kuukauden?');
  });

  it('numbers rows by the line they start on, counting quoted newlines', () => {
    expect(excel.rows.map((r) => r.line)).toEqual([2, 3, 4, 5]);
  });

  it('reads d.m.yyyy dates and Finnish headers to ISO dates and our column names', () => {
    expect(excel.rows[0]).toMatchObject({ id: 'P-101', date: '2026-01-03', theme: 'kouluruoka', publish: true });
    expect(excel.rows[1]).toMatchObject({ count: 3, publish: false });
  });

  it('reads the Excel file the same with a BOM in front of Windows-1252 bytes', () => {
    const bytes = readFileSync(new URL('excel-fi-semicolon-windows1252.csv', FIXTURES));
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]);
    const read = readCsv('x.csv', withBom, { aliases: FEEDBACK_HEADER_ALIASES });
    expect(read.table?.encoding).toBe('windows-1252');
    expect(read.table?.rows.map((r) => r.values)).toEqual(
      readCsv('x.csv', bytes, { aliases: FEEDBACK_HEADER_ALIASES }).table?.rows.map((r) => r.values),
    );
  });
});

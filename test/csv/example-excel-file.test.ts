import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../src/csv/read.ts';
import { FEEDBACK_HEADER_ALIASES } from '../../src/schemas/feedback.ts';

describe("the example city's Finnish Excel export", () => {
  const file = 'data/feedback/palautteet-2026-h2.csv';
  const bytes = readFileSync(new URL(`../../${file}`, import.meta.url));
  const { table, problems } = readCsv(file, bytes, { aliases: FEEDBACK_HEADER_ALIASES });

  it('is a BOM + Windows-1252 + semicolon file with d.m.yyyy dates and Finnish headers', () => {
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(problems).toEqual([]);
    expect(table?.encoding).toBe('windows-1252');
    expect(table?.delimiter).toBe(';');
    expect(table?.writtenHeader['date']).toBe('Päivämäärä');
    expect(table?.rows[0]?.values['date']).toMatch(/^\d{1,2}\.\d{1,2}\.\d{4}$/);
  });

  it('decodes €, curly quotes and a quoted newline', () => {
    const texts = table!.rows.map((r) => r.values['text'] ?? '');
    expect(texts.some((t) => t.includes('€'))).toBe(true);
    expect(texts.some((t) => /[“”]/.test(t))).toBe(true);
    expect(texts.some((t) => t.includes('\n'))).toBe(true);
  });
});

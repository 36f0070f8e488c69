import { readdirSync, readFileSync } from 'node:fs';
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

/** The example's other data files, as Finnish Excel opens them on double-click and saves them back. */
const DATA = new URL('../../data/', import.meta.url);
const UTF8_FILES = readdirSync(DATA, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.csv') && !f.endsWith('palautteet-2026-h2.csv'))
  .map((f) => `data/${f.replaceAll('\\', '/')}`)
  .sort();

describe("the example city's own CSV files", () => {
  it('are all found (actions, updates, four feedback files, surveys, votes)', () => {
    expect(UTF8_FILES).toHaveLength(10);
  });

  it.each(UTF8_FILES)(
    '%s is UTF-8 with a byte-order mark, ; between cells, CRLF line ends and d.m.yyyy dates',
    (file) => {
      const bytes = readFileSync(new URL(`../../${file}`, import.meta.url));
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(3));
      // Every line end is CRLF; a bare LF only inside a quoted cell (Excel's Alt+Enter).
      expect(text.endsWith('\r\n')).toBe(true);
      expect(text.replaceAll('\r\n', '').replace(/"[^"]*"/g, '')).not.toMatch(/[\r\n]/);
      expect(text.slice(0, text.indexOf('\r\n'))).not.toContain(',');
      expect(text).not.toMatch(/(^|;)\d{4}-\d{2}-\d{2}(;|\r)/m);
      const { table, problems } = readCsv(file, bytes);
      expect(problems).toEqual([]);
      expect(table?.encoding).toBe('utf-8');
      expect(table?.delimiter).toBe(';');
    },
  );
});

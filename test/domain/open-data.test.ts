import { describe, expect, it } from 'vitest';
import { toCsv, toCsvChunks, toJson, toJsonChunks } from '../../src/domain/open-data.ts';

const columns = ['id', 'date', 'title', 'change', 'published'];
const csv = (rows: Record<string, string | number | boolean | undefined>[]) =>
  toCsv(columns, rows, { textColumns: ['title'] });

describe('open-data CSV', () => {
  it('starts with a UTF-8 BOM, separates cells with ; as Finnish Excel does and ends every line with CRLF', () => {
    const out = csv([{ id: 'A-1', date: '2026-11-23', title: 'Kävelytie', change: 5, published: true }]);
    expect(out).toBe('\uFEFFid;date;title;change;published\r\nA-1;2026-11-23;Kävelytie;5;yes\r\n');
  });

  it('quotes cells with semicolons, quotes and line breaks, and leaves missing cells and commas alone', () => {
    const out = csv([
      { id: 'A-2', title: 'Sanoi "kiitos"; ja\nlähti' },
      { id: 'A-3', title: 'Kiitos, hei' },
    ]);
    expect(out.split('\r\n').slice(1, 3)).toEqual(['A-2;;"Sanoi ""kiitos""; ja\nlähti";;', 'A-3;;Kiitos, hei;;']);
  });

  it('quotes a text that begins or ends with a space, so it keeps its spaces', () => {
    expect(csv([{ id: 'A-4', title: ' Kiitos ' }]).split('\r\n')[1]).toBe('A-4;;" Kiitos ";;');
  });

  it('defuses formulas in text columns', () => {
    const rows = ['=SUM(A1)', '+358 40 123', '-5', '@cmd', '\tx', '\rx'].map((title, i) => ({ id: `T-${i}`, title }));
    const titles = csv(rows)
      .slice(1)
      .split('\r\n')
      .slice(1, -1)
      .map((line) => line.split(';')[2]);
    expect(titles).toEqual(["'=SUM(A1)", "'+358 40 123", "'-5", "'@cmd", "'\tx", `"'\rx"`]);
  });

  it('leaves numbers and non-text columns alone: -5 stays a number', () => {
    const out = csv([{ id: 'A-3', date: '2026-01-01', title: 'ok', change: -5 }]);
    expect(out.split('\r\n')[1]).toBe('A-3;2026-01-01;ok;-5;');
    // A text column holding a number is a number, not text a resident wrote.
    expect(toCsv(['n'], [{ n: -5 }], { textColumns: ['n'] }).split('\r\n')[1]).toBe('-5');
  });

  it('refuses a text column that is not a column, and numbers a CSV cannot hold', () => {
    expect(() => toCsv(['id'], [], { textColumns: ['titel'] })).toThrow(/titel/);
    expect(() => toCsv(['n'], [{ n: Number.NaN }], { textColumns: [] })).toThrow(/NaN/);
  });
});

describe('open-data JSON', () => {
  it('is pretty, keeps key order and ends with a newline', () => {
    expect(toJson({ b: 1, a: ['ä', null] })).toBe('{\n  "b": 1,\n  "a": [\n    "ä",\n    null\n  ]\n}\n');
  });

  it('is written in pieces, a million items never one string, with the same bytes as at once', () => {
    const items = Array.from({ length: 2503 }, (_, i) => ({
      id: `P-${i}`,
      text: i % 7 === 0 ? 'rivi\nkaksi "lainaus"' : undefined,
      tags: i % 5 === 0 ? [] : ['a', { b: i }],
      empty: i % 3 === 0 ? {} : null,
    }));
    const head = { name: 'feedback', asOf: '2026-11-23' };
    for (const list of [items, items.slice(0, 1), [], [[], 'x', 3]]) {
      const chunks = [...toJsonChunks(head, 'items', list)];
      expect(chunks.join('')).toBe(toJson({ ...head, items: list }));
    }
    expect([...toJsonChunks(head, 'items', items)].length).toBeGreaterThan(2);
  });
});

describe('open-data CSV in pieces', () => {
  it('writes the same bytes as at once, rows never split across pieces', () => {
    const rows = Array.from({ length: 2501 }, (_, i) => ({
      id: `A-${i}`,
      title: i % 4 === 0 ? `=rivi ${i}; "x"\nkaksi` : `Kävelytie ${i}`,
      change: i % 3 === 0 ? undefined : -i,
      published: i % 2 === 0,
    }));
    const chunks = [...toCsvChunks(columns, rows, { textColumns: ['title'] })];
    expect(chunks.join('')).toBe(csv(rows));
    expect(chunks.length).toBeGreaterThan(3);
    expect(chunks.slice(1).every((c) => c.endsWith('\r\n'))).toBe(true);
  });
});

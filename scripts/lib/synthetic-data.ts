/**
 * What both data generators (the example city and the city-scale benchmark) need: a seeded
 * random source, so every run writes the same bytes, and the CSV bytes Finnish authors actually
 * commit: RFC 4180 UTF-8 (src/core/csv-text.ts, papaparse), and Excel's "CSV (semicolon-separated)"
 * in Windows-1252.
 */
import { csvText, type CsvCell } from '../../src/core/csv-text.ts';

/** mulberry32: tiny, fast and good enough for synthetic data; the same seed gives the same data. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A seeded random source with the draws the generators need. It is passed to whatever draws,
 * never kept in a module variable, so what a function draws depends only on its arguments.
 */
export class Random {
  readonly #next: () => number;

  constructor(seed: number) {
    this.#next = mulberry32(seed);
  }

  /** A number in [0, 1). */
  next(): number {
    return this.#next();
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.#next() * items.length)] as T;
  }

  /** A key drawn with probability proportional to its weight. */
  weighted<T extends string>(weights: Readonly<Record<T, number>>): T {
    const entries = Object.entries(weights) as [T, number][];
    const total = entries.reduce((s, [, w]) => s + w, 0);
    let r = this.#next() * total;
    for (const [k, w] of entries) {
      r -= w;
      if (r < 0) return k;
    }
    return entries[entries.length - 1]![0];
  }

  /** How many events happen when `lambda` are expected (Knuth's method: fine for small lambda). */
  poisson(lambda: number): number {
    const l = Math.exp(-lambda);
    let k = 0;
    let p = 1;
    do {
      k++;
      p *= this.#next();
    } while (p > l);
    return k - 1;
  }

  /** A whole number from lo to hi, both included. */
  intBetween(lo: number, hi: number): number {
    return lo + Math.floor(this.#next() * (hi - lo + 1));
  }
}

export type Cell = CsvCell;

/** Windows-1252's 0x80–0x9F block; everything else it encodes is Latin-1. */
const CP1252_HIGH: Record<string, number> = {
  '€': 0x80,
  '‚': 0x82,
  ƒ: 0x83,
  '„': 0x84,
  '…': 0x85,
  '†': 0x86,
  '‡': 0x87,
  ˆ: 0x88,
  '‰': 0x89,
  Š: 0x8a,
  '‹': 0x8b,
  Œ: 0x8c,
  Ž: 0x8e,
  '‘': 0x91,
  '’': 0x92,
  '“': 0x93,
  '”': 0x94,
  '•': 0x95,
  '–': 0x96,
  '—': 0x97,
  '˜': 0x98,
  '™': 0x99,
  š: 0x9a,
  '›': 0x9b,
  œ: 0x9c,
  ž: 0x9e,
  Ÿ: 0x9f,
};

export function encodeCp1252(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  let i = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    const byte = CP1252_HIGH[ch] ?? (code < 0x80 || (code >= 0xa0 && code <= 0xff) ? code : -1);
    if (byte < 0) throw new Error(`"${ch}" cannot be written in Windows-1252`);
    out[i++] = byte;
  }
  return out.subarray(0, i);
}

/**
 * Finnish Excel's "CSV (semicolon-separated)": `;`, CRLF row ends (a bare LF inside a cell, as
 * Alt+Enter leaves it), Windows-1252 bytes, quotes only when needed. With `bom`, a UTF-8
 * byte-order mark in front of the Windows-1252 bytes: the worst real case an export tool or a
 * hand-edit leaves behind, which readers must cope with too.
 */
export function excelCsv(header: readonly string[], rows: readonly Cell[][], options: { bom: boolean }): Uint8Array {
  const body = encodeCp1252(csvText(header, rows, { separator: ';', eol: '\r\n' }));
  if (!options.bom) return body;
  const out = new Uint8Array(3 + body.length);
  out.set([0xef, 0xbb, 0xbf]);
  out.set(body, 3);
  return out;
}

/** A text in fi, sv and en; an empty string leaves that translation out (the site falls back). */
export type Text3 = readonly [string, string, string];

export type ActionStatusName = 'planned' | 'in-progress' | 'done' | 'declined';

/** An action as a generator plans it, before it becomes a row of actions.csv. */
export interface PlannedAction {
  id: string;
  title: Text3;
  /** What residents said that the action answers. */
  said?: Text3;
  description?: Text3;
  themes: readonly string[];
  status: ActionStatusName;
  opened: string;
  due?: string;
  completed?: string;
  progress?: number;
  unit: string;
  influence: 'own' | 'organisation' | 'outside';
  meeting?: string;
  reason?: Text3;
  /** The survey whose results the action answers (its next round shows whether the change was felt). */
  survey?: string;
}

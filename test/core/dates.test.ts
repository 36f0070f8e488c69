import { describe, expect, it } from 'vitest';
import { isoParts, parseDate, parseDecimal, parseInteger } from '../../src/core/dates.ts';

describe('dates as Finnish authors write them', () => {
  it('reads d.m.yyyy, dd.mm.yyyy and ISO to the same ISO date', () => {
    expect(parseDate('3.1.2026')).toEqual({ ok: true, iso: '2026-01-03' });
    expect(parseDate('03.01.2026')).toEqual({ ok: true, iso: '2026-01-03' });
    expect(parseDate('2026-01-03')).toEqual({ ok: true, iso: '2026-01-03' });
  });
  it('rejects impossible dates, including 29.2 outside leap years', () => {
    expect(parseDate('31.2.2025')).toEqual({
      ok: false,
      reason: 'impossible',
      parts: { year: 2025, month: 2, day: 31 },
    });
    expect(parseDate('29.2.2025')).toEqual({
      ok: false,
      reason: 'impossible',
      parts: { year: 2025, month: 2, day: 29 },
    });
    expect(parseDate('29.2.2024')).toEqual({ ok: true, iso: '2024-02-29' });
    expect(parseDate('1.13.2025')).toEqual({
      ok: false,
      reason: 'impossible',
      parts: { year: 2025, month: 13, day: 1 },
    });
    expect(parseDate('2025-02-30')).toEqual({
      ok: false,
      reason: 'impossible',
      parts: { year: 2025, month: 2, day: 30 },
    });
  });
  it('reads the numbers of an ISO date as written, whether or not the day exists', () => {
    expect(isoParts('2026-01-03')).toEqual({ year: 2026, month: 1, day: 3 });
    expect(isoParts('2025-02-30')).toEqual({ year: 2025, month: 2, day: 30 });
    expect(isoParts('3.1.2026')).toBeUndefined();
    expect(isoParts('2026-1-3')).toBeUndefined();
    expect(isoParts(' 2026-01-03')).toBeUndefined();
  });
  it('rejects other formats', () => {
    expect(parseDate('2025/1/3').ok).toBe(false);
    expect(parseDate('3.1.25').ok).toBe(false);
  });
  it('reads decimal commas and spaced thousands', () => {
    expect(parseDecimal('3,5')).toBe(3.5);
    expect(parseDecimal('1 234,5')).toBe(1234.5);
    expect(parseInteger('1 234')).toBe(1234);
    expect(parseInteger('2,5')).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { asOfDate, isoDateInZone } from '../../src/validate/as-of.ts';

describe("the build's date", () => {
  it('is the calendar day in the site’s time zone, as yyyy-mm-dd', () => {
    // 22.11.2026 22:30 UTC is already 23.11. in Helsinki (UTC+2 in winter).
    expect(isoDateInZone(1795386600, 'Europe/Helsinki')).toBe('2026-11-23');
    expect(isoDateInZone(1795386600, 'UTC')).toBe('2026-11-22');
    // Summer time: 30.6.2026 21:30 UTC is 1.7. 00:30 in Helsinki (UTC+3).
    expect(isoDateInZone(1782855000, 'Europe/Helsinki')).toBe('2026-07-01');
  });

  it('does not depend on how a locale lays out a formatted date', () => {
    // As an ICU build without en-CA's yyyy-mm-dd pattern would lay it out.
    const format = Object.getOwnPropertyDescriptor(Intl.DateTimeFormat.prototype, 'format')!;
    Object.defineProperty(Intl.DateTimeFormat.prototype, 'format', { ...format, get: () => () => '11/23/2026' });
    try {
      expect(isoDateInZone(1795392000, 'Europe/Helsinki')).toBe('2026-11-23');
    } finally {
      Object.defineProperty(Intl.DateTimeFormat.prototype, 'format', format);
    }
  });

  it('comes from SOURCE_DATE_EPOCH when it is set', () => {
    expect(asOfDate('/nonexistent', 'Europe/Helsinki', { SOURCE_DATE_EPOCH: '1795392000' })).toEqual({
      date: '2026-11-23',
      source: 'SOURCE_DATE_EPOCH',
    });
  });
});

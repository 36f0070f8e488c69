import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDecimal,
  formatMonth,
  formatNumber,
  formatPercent,
  formatQuarter,
} from '../../src/domain/i18n-format.ts';

const NBSP = '\u00A0';

describe('dates in each language', () => {
  it('writes 23.11.2026 in Finnish and Swedish, 23 November 2026 in English', () => {
    expect(formatDate('2026-11-23', 'fi')).toBe('23.11.2026');
    expect(formatDate('2026-11-23', 'sv')).toBe('23.11.2026');
    expect(formatDate('2026-11-23', 'en')).toBe('23 November 2026');
  });

  it('never shifts a date across midnight, whatever the machine’s zone', () => {
    expect(formatDate('2026-01-01', 'fi')).toBe('1.1.2026');
    expect(formatDate('2026-12-31', 'fi')).toBe('31.12.2026');
  });

  it('names months, long and short', () => {
    expect(formatMonth('2026-01', 'fi')).toBe('tammikuu 2026');
    expect(formatMonth('2026-01', 'fi', { short: true })).toBe('tammi 2026');
    expect(formatMonth('2026-01', 'sv')).toBe('januari 2026');
    expect(formatMonth('2026-05', 'en')).toBe('May 2026');
  });

  it('names quarters', () => {
    expect(formatQuarter('2026-Q1', 'fi')).toBe('Q1 2026');
    expect(formatQuarter('2026-Q1', 'fi', { long: true })).toBe('1. neljännes 2026');
    expect(formatQuarter('2026-Q3', 'sv', { long: true })).toBe('3:e kvartalet 2026');
    expect(formatQuarter('2026-Q2', 'en', { long: true })).toBe('second quarter of 2026');
    expect(() => formatQuarter('2026-Q5', 'fi')).toThrow();
  });
});

describe('numbers in each language', () => {
  it('groups thousands with a no-break space in Finnish and Swedish', () => {
    expect(formatNumber(1234, 'fi')).toBe(`1${NBSP}234`);
    expect(formatNumber(1234.5, 'sv')).toBe(`1${NBSP}234,5`);
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
  });

  it('writes percentages and one-decimal means', () => {
    expect(formatPercent(0.25, 'fi')).toBe(`25${NBSP}%`);
    expect(formatPercent(0.25, 'en')).toBe('25%');
    expect(formatPercent(0.4237, 'fi', { fractionDigits: 1 })).toBe(`42,4${NBSP}%`);
    expect(formatDecimal(3.5, 'fi')).toBe('3,5');
    expect(formatDecimal(3.5, 'sv')).toBe('3,5');
    expect(formatDecimal(4, 'fi')).toBe('4,0');
    expect(formatDecimal(3.5, 'en')).toBe('3.5');
  });
});

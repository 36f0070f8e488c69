import { describe, expect, it } from 'vitest';
import {
  formatClock,
  formatDate,
  formatDayMonth,
  formatDecimal,
  formatMonth,
  formatNumber,
  formatPercent,
  formatQuarter,
  formatTimeRange,
  formatWeekdayDate,
  formatWhen,
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

  it('names a quarter one way per language: 3. neljännes 2023, kvartal 3 2023, Q3 2023', () => {
    expect(formatQuarter('2023-Q3', 'fi')).toBe('3. neljännes 2023');
    expect(formatQuarter('2023-Q3', 'sv')).toBe('kvartal 3 2023');
    expect(formatQuarter('2023-Q3', 'en')).toBe('Q3 2023');
    expect(formatQuarter('2026-Q1', 'fi')).toBe('1. neljännes 2026');
    expect(() => formatQuarter('2026-Q5', 'fi')).toThrow();
  });

  it('marks a quarter the figures cover only in part with the days they cover', () => {
    const upToAsOf = { from: '2023-01-01', to: '2026-11-18' };
    expect(formatQuarter('2026-Q4', 'fi', upToAsOf)).toBe('4. neljännes 2026 (1.10.–18.11.)');
    expect(formatQuarter('2026-Q4', 'sv', upToAsOf)).toBe('kvartal 4 2026 (1.10–18.11)');
    expect(formatQuarter('2026-Q4', 'en', upToAsOf)).toBe('Q4 2026 (1 Oct–18 Nov)');
    // The data's first quarter, begun mid-quarter.
    expect(formatQuarter('2023-Q3', 'fi', { from: '2023-08-14', to: '2026-11-18' })).toBe(
      '3. neljännes 2023 (14.8.–30.9.)',
    );
    // Whole quarters, and a quarter that ends on the as-of date, are written plainly.
    expect(formatQuarter('2026-Q3', 'fi', upToAsOf)).toBe('3. neljännes 2026');
    expect(formatQuarter('2026-Q3', 'fi', { to: '2026-09-30' })).toBe('3. neljännes 2026');
    // Within one month, the month is written once.
    expect(formatQuarter('2026-Q4', 'fi', { to: '2026-10-18' })).toBe('4. neljännes 2026 (1.–18.10.)');
    expect(formatQuarter('2026-Q4', 'sv', { to: '2026-10-18' })).toBe('kvartal 4 2026 (1–18.10)');
    expect(formatQuarter('2026-Q4', 'en', { to: '2026-10-18' })).toBe('Q4 2026 (1–18 Oct)');
  });

  it('writes a day without its year as each language does', () => {
    expect(formatDayMonth('2026-07-01', 'fi')).toBe('1.7.');
    expect(formatDayMonth('2026-07-01', 'sv')).toBe('1.7');
    expect(formatDayMonth('2026-07-01', 'en')).toBe('1 Jul');
  });
});

describe('when something happens', () => {
  it('puts the weekday first: ke 25.11.2026, ons 25.11.2026, Wed 25 November 2026', () => {
    expect(formatWeekdayDate('2026-11-25', 'fi')).toBe('ke 25.11.2026');
    expect(formatWeekdayDate('2026-11-25', 'sv')).toBe('ons 25.11.2026');
    expect(formatWeekdayDate('2026-11-25', 'en')).toBe('Wed 25 November 2026');
  });

  it('joins the day and the time with klo, kl. or a comma', () => {
    expect(formatWhen('2026-11-25', 'fi', '12:15')).toBe('ke 25.11.2026 klo 12.15');
    expect(formatWhen('2026-11-25', 'sv', '12:15')).toBe('ons 25.11.2026 kl. 12.15');
    expect(formatWhen('2026-11-25', 'en', '12:15')).toBe('Wed 25 November 2026, 12:15');
    expect(formatWhen('2026-11-26', 'fi', '17:00', '19:00')).toBe('to 26.11.2026 klo 17.00–19.00');
    expect(formatWhen('2026-11-26', 'fi')).toBe('to 26.11.2026');
  });
});

describe('clock times', () => {
  it('writes Finnish and Swedish times with a full stop and English with a colon', () => {
    expect(formatClock('17:00', 'fi')).toBe('17.00');
    expect(formatClock('09:30', 'sv')).toBe('9.30');
    expect(formatClock('9:30', 'en')).toBe('09:30');
  });

  it('joins a start and end with an en dash, and shows nothing without a start', () => {
    expect(formatTimeRange('17:00', '19:00', 'fi')).toBe('17.00–19.00');
    expect(formatTimeRange('17:00', undefined, 'en')).toBe('17:00');
    expect(formatTimeRange(undefined, '19:00', 'fi')).toBeUndefined();
  });

  it('refuses text that is not a time', () => {
    expect(() => formatClock('5 pm', 'en')).toThrow(/time of day/);
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

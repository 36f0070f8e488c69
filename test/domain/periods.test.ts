import { describe, expect, it } from 'vitest';
import { addDays, addMonths, monthOf, periodsBetween, quarterOf, quarterRange } from '../../src/domain/periods.ts';

describe('calendar periods', () => {
  it('names the month and quarter of a date', () => {
    expect(monthOf('2026-01-31')).toBe('2026-01');
    expect(quarterOf('2026-01-01')).toBe('2026-Q1');
    expect(quarterOf('2026-03-31')).toBe('2026-Q1');
    expect(quarterOf('2026-04-01')).toBe('2026-Q2');
    expect(quarterOf('2026-12-31')).toBe('2026-Q4');
  });

  it('rejects a date that is not ISO', () => {
    expect(() => monthOf('23.11.2026')).toThrow(/not an ISO date/);
  });

  it('gives the first and last day of a quarter', () => {
    expect(quarterRange('2026-Q1')).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(quarterRange('2026-Q2')).toEqual({ from: '2026-04-01', to: '2026-06-30' });
    expect(quarterRange('2026-Q4')).toEqual({ from: '2026-10-01', to: '2026-12-31' });
    expect(() => quarterRange('2026-Q5')).toThrow();
  });

  it('adds months, keeping the day inside the target month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-02-29', -12)).toBe('2027-02-28');
    expect(addMonths('2026-11-23', 2)).toBe('2027-01-23');
    expect(addMonths('2026-01-15', -1)).toBe('2025-12-15');
    expect(addMonths('2026-01', -13)).toBe('2024-12');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('lists every period between two dates, both ends included', () => {
    expect(periodsBetween('2025-11-20', '2026-02-03', 'month')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(periodsBetween('2025-12-31', '2026-07-01', 'quarter')).toEqual(['2025-Q4', '2026-Q1', '2026-Q2', '2026-Q3']);
    expect(periodsBetween('2026-05-05', '2026-05-06', 'quarter')).toEqual(['2026-Q2']);
    expect(periodsBetween('2026-05-05', '2026-01-01', 'month')).toEqual([]);
  });
});

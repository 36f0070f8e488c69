/**
 * An impossible date is explained in words an author reads without thinking: "helmikuussa 2026
 * on 28 päivää" / "februari 2026 har 28 dagar", not "kuussa 2/2026" / "månad 2 år 2026".
 */
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { formatProblem } from '../../src/core/problem.ts';
import { date } from '../../src/schemas/fields.ts';
import { issueMessage } from '../../src/validate/rows.ts';

function message(value: string, lang: 'fi' | 'sv'): string {
  const schema = z.object({ date: date({ fi: 'Päivä.', sv: 'Dag.', en: 'Day.' }) });
  const result = schema.safeParse({ date: value });
  expect(result.success).toBe(false);
  const { message, words } = issueMessage('date', result.error!.issues[0]!);
  return formatProblem(
    { severity: 'error', file: 'data/x.csv', line: 2, column: 1, code: 'date', message, ...words },
    lang,
  );
}

describe('impossible dates', () => {
  it('names the month in Finnish and Swedish', () => {
    expect(message('31.2.2026', 'fi')).toContain(
      'date "31.2.2026" ei ole oikea päivämäärä (helmikuussa 2026 on 28 päivää).',
    );
    expect(message('31.11.2025', 'fi')).toContain('(marraskuussa 2025 on 30 päivää)');
    expect(message('31.2.2026', 'sv')).toContain(
      'date "31.2.2026" finns inte i kalendern (februari 2026 har 28 dagar).',
    );
    expect(message('1.13.2026', 'fi')).toContain('(kuukautta 13 ei ole)');
  });
});

describe('dates written another way', () => {
  it.each([
    ['45658', 'korjaus: kirjoita 1.1.2025: 45658 on Excelin sisäinen numero päivälle 1.1.2025'],
    ['1.1.25', 'korjaus: kirjoita vuosi neljällä numerolla: 1.1.2025'],
    ['2.1.2025 12:00', 'korjaus: kirjoita pelkkä päivämäärä ilman kellonaikaa: 2.1.2025'],
    ['2025-01-02T12:00:00', 'korjaus: kirjoita pelkkä päivämäärä ilman kellonaikaa: 2.1.2025'],
    ['1. 1. 2025', 'korjaus: kirjoita 1.1.2025'],
    ['2025/01/02', 'korjaus: kirjoita 2.1.2025'],
  ])('%s', (value, expected) => {
    expect(message(value, 'fi')).toContain(expected);
  });

  it('says in Swedish how Excel writes a date column formatted as a number', () => {
    expect(message('45658', 'sv')).toContain('(i Excel: Formatera celler > Datum)');
  });
});

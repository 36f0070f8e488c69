import { describe, expect, it } from 'vitest';
import {
  columnLetter,
  error,
  formatProblem,
  githubAnnotation,
  problemJson,
  warning,
  type Problem,
} from '../../src/core/problem.ts';

const VALMIS: Problem = error(
  { file: 'data/actions.csv', line: 115, column: 17, row: 87, id: 'A-2026-016' },
  'enum',
  {
    fi: 'status "valmis" ei ole toimenpiteen tila.',
    sv: 'status "valmis" är inte en åtgärds status.',
    en: 'status "valmis" is not a status.',
  },
  {
    expected: { fi: 'planned, done', sv: 'planned, done', en: 'planned, done' },
    fix: { fi: 'kirjoita "done"', sv: 'skriv "done"', en: 'write "done"' },
  },
);

describe('a problem in the author’s language', () => {
  it('names the Excel row, column letter and id after the text line', () => {
    expect(formatProblem(VALMIS, 'fi')).toBe(
      'data/actions.csv:115:17 (rivi 87, sarake Q, A-2026-016)  status "valmis" ei ole toimenpiteen tila.\n' +
        '    kelpaa: planned, done\n' +
        '    korjaus: kirjoita "done"',
    );
    expect(formatProblem(VALMIS, 'sv')).toBe(
      'data/actions.csv:115:17 (rad 87, kolumn Q, A-2026-016)  status "valmis" är inte en åtgärds status.\n' +
        '    godtas: planned, done\n' +
        '    åtgärd: skriv "done"',
    );
    expect(formatProblem(VALMIS, 'en').split('\n')[0]).toBe(
      'data/actions.csv:115:17 (row 87, column Q, A-2026-016)  status "valmis" is not a status.',
    );
  });

  it('says warning in the language, and leaves files other than CSV at their text line', () => {
    const p = warning({ file: 'content/themes/fi/a.mdx', line: 3, column: 1 }, 'x', {
      fi: 'jotain.',
      sv: 'något.',
      en: 'something.',
    });
    expect(formatProblem(p, 'fi')).toBe('content/themes/fi/a.mdx:3:1  varoitus: jotain.');
    expect(formatProblem(p, 'sv')).toBe('content/themes/fi/a.mdx:3:1  varning: något.');
  });

  it('counts columns as Excel letters them', () => {
    expect([1, 17, 26, 27, 52, 53, 702, 703].map(columnLetter)).toEqual(['A', 'Q', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA']);
  });

  it('keeps the text line in a GitHub annotation, with the Excel place in the text', () => {
    expect(githubAnnotation(VALMIS, 'fi')).toBe(
      '::error file=data/actions.csv,line=115,col=17::(rivi 87, sarake Q, A-2026-016) status "valmis" ei ole toimenpiteen tila.%0Akelpaa: planned, done%0Akorjaus: kirjoita "done"',
    );
  });

  it('gives JSON the words in one language and the Excel place spelled out', () => {
    expect(problemJson(VALMIS, 'fi')).toEqual({
      severity: 'error',
      file: 'data/actions.csv',
      line: 115,
      column: 17,
      row: 87,
      columnLetter: 'Q',
      id: 'A-2026-016',
      code: 'enum',
      message: 'status "valmis" ei ole toimenpiteen tila.',
      expected: 'planned, done',
      fix: 'kirjoita "done"',
    });
  });
});

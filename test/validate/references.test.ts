import { describe, expect, it } from 'vitest';
import { formatIn } from '../../src/core/problem.ts';
import { checkUniqueIds, ID_NOUNS } from '../../src/validate/references.ts';

const at = (file: string, line: number) => ({ file, line, column: 1 });

describe('unique ids', () => {
  it('reports a single repeat across files at the repeat, naming the first use', () => {
    const problems = checkUniqueIds(
      [
        { id: 'P-1', at: at('data/feedback/a.csv', 2) },
        { id: 'P-1', at: at('data/feedback/b.csv', 7) },
      ],
      ID_NOUNS.feedback,
    );
    expect(problems.map(formatIn('en'))).toEqual([
      'data/feedback/b.csv:7:1  id "P-1" is already used by another piece of feedback (data/feedback/a.csv line 2).\n' +
        '    expected: every piece of feedback to have its own id\n' +
        '    fix: give one of them a new id; if both files hold the same export, delete the older file',
    ]);
  });

  it('says "the same export twice" once when many rows of one file repeat another file', () => {
    const rows = Array.from({ length: 500 }, (_, i) => `P-${i}`);
    const occurrences = [
      ...rows.map((id, i) => ({ id, at: at('data/feedback/2023.csv', i + 2) })),
      ...rows.map((id, i) => ({ id, at: at('data/feedback/2023-copy.csv', i + 2) })),
      { id: 'P-9', at: at('data/feedback/2023-copy.csv', 900) },
    ];
    const problems = checkUniqueIds(occurrences, ID_NOUNS.feedback);
    expect(problems.map(formatIn('en'))).toEqual([
      'data/feedback/2023-copy.csv:2:1  501 rows of this file use ids that data/feedback/2023.csv already uses, from "P-0" (line 2 here, line 2 there) on.\n' +
        '    expected: every piece of feedback to have its own id, in one file only\n' +
        '    fix: if the two files hold the same export, delete one of them; otherwise give these rows new ids',
    ]);
  });

  it('keeps repeats within one file row by row', () => {
    const occurrences = Array.from({ length: 6 }, (_, i) => ({ id: 'A-1', at: at('data/actions.csv', i + 2) }));
    expect(checkUniqueIds(occurrences, ID_NOUNS.action)).toHaveLength(5);
  });
});

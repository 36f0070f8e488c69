import { same } from '../../src/core/lang.ts';
import { describe, expect, it } from 'vitest';
import { error, warning } from '../../src/core/problem.ts';
import { codeQualityReport } from '../../src/validate/code-quality.ts';

describe("GitLab's Code Quality report", () => {
  const problems = [
    error(
      { file: 'data/actions.csv', line: 115, column: 17, row: 87, id: 'A-2026-016' },
      'enum',
      {
        fi: 'status "valmis" ei ole tila.',
        sv: 'status "valmis" är ingen status.',
        en: 'status "valmis" is not a status.',
      },
      { fix: { fi: 'kirjoita "done"', sv: 'skriv "done"', en: 'write "done"' } },
    ),
    warning({ file: 'data/actions.csv', line: 0, column: 0 }, 'actions.missing', same('there is no data/actions.csv.')),
  ];
  const issues = JSON.parse(codeQualityReport(problems, 'fi')) as Record<string, unknown>[];

  it("gives each problem its file, text line, severity and the author's words in one line", () => {
    expect(issues[0]).toMatchObject({
      type: 'issue',
      check_name: 'kuultu.enum',
      severity: 'major',
      location: { path: 'data/actions.csv', lines: { begin: 115 } },
      description:
        'data/actions.csv:115:17 (rivi 87, sarake Q, A-2026-016)  status "valmis" ei ole tila. — korjaus: kirjoita "done"',
    });
    expect(issues[1]).toMatchObject({ severity: 'minor', location: { path: 'data/actions.csv', lines: { begin: 1 } } });
  });

  it('fingerprints a problem the same in every run and every language, and two problems apart', () => {
    const again = JSON.parse(codeQualityReport(problems, 'sv')) as Record<string, unknown>[];
    expect(again.map((i) => i['fingerprint'])).toEqual(issues.map((i) => i['fingerprint']));
    expect(issues[0]!['fingerprint']).not.toBe(issues[1]!['fingerprint']);
  });
});

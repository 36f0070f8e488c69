import { describe, expect, it } from 'vitest';
import { teamReport } from '../../src/domain/report.ts';
import { reportHtml, reportMarkdown, reportText } from '../../src/site/team-report.ts';

const report = teamReport({
  asOf: '2026-11-23',
  languages: ['fi', 'sv'],
  themes: [],
  feedback: [],
  actions: ['A-1', 'A-2', 'A-3'].map((id) => ({
    id,
    themes: [],
    status: 'planned' as const,
    due: '2026-11-01',
    at: { file: 'data/actions.csv', line: 2, column: 11 },
    missingTitles: [],
  })),
  meetings: [],
  entries: [],
});

describe('the report in words', () => {
  it('cuts long lists in the terminal and points to the HTML file for the rest', () => {
    const text = reportText(report, 'fi', 2);
    expect(text.match(/^ {2}- A-/gm)).toHaveLength(2);
    expect(text).toContain('  … ja 1 muuta (kaikki HTML-raportissa)');
    expect(reportHtml(report, 'fi').match(/<li>A-/g)).toHaveLength(3);
  });

  it('escapes what an author wrote in HTML and Markdown', () => {
    const odd = { ...report, overdueActions: [{ ...report.overdueActions[0]!, id: '<b>A_1</b>' }] };
    expect(reportHtml(odd, 'en')).toContain('&lt;b&gt;A_1&lt;/b&gt;');
    expect(reportMarkdown(odd, 'en')).toContain('\\<b\\>A\\_1\\</b\\>');
  });
});

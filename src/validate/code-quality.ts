/**
 * GitLab's Code Quality report (the Code Climate issue format GitLab reads): a merge request
 * then lists every problem in its Code Quality widget, file and line linked, in the author's
 * language. `npm run validate -- --format codequality` writes it; .gitlab-ci.yml keeps it.
 */
import { createHash } from 'node:crypto';
import type { Lang } from '../core/lang.ts';
import { formatProblem, type Problem } from '../core/problem.ts';

const SEVERITY = { error: 'major', warning: 'minor' } as const;

export function codeQualityReport(problems: readonly Problem[], lang: Lang): string {
  const issues = problems.map((p) => {
    return {
      type: 'issue',
      check_name: `kuultu.${p.code}`,
      // The terminal's wording on one line: place, value, what is accepted, the fix.
      description: formatProblem(p, lang).replace(/\n\s+/g, ' — '),
      severity: SEVERITY[p.severity],
      // Stable across runs, so GitLab can tell a problem fixed in the merge request from a new one.
      fingerprint: createHash('sha256')
        .update([p.file, p.line, p.column, p.code, p.message.en].join('\u0000'))
        .digest('hex'),
      location: { path: p.file, lines: { begin: Math.max(1, p.line) } },
    };
  });
  return JSON.stringify(issues, null, 2);
}

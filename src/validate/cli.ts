/**
 * What `npm run validate` and the first step of `npm run build` print. Authors read this in a
 * terminal or in a GitHub pull request, so it is plain text sorted like their files, with
 * annotations for GitHub Actions and JSON for other tools.
 */
import { countBySeverity, formatProblem, githubAnnotation, sortProblems, type Problem } from '../core/problem.ts';

export interface CliOptions {
  root: string;
  strict: boolean;
  format: 'text' | 'json';
  /** Print `::error file=…` workflow commands (GITHUB_ACTIONS=true). */
  github: boolean;
  /** Build only: where the site goes. */
  outDir?: string;
}

export type ParsedArgs = { ok: true; options: CliOptions } | { ok: false; message: string };

export function parseArgs(argv: readonly string[], env: NodeJS.ProcessEnv, cwd: string): ParsedArgs {
  const options: CliOptions = {
    root: env.KUULTU_ROOT ?? cwd,
    strict: false,
    format: 'text',
    github: env.GITHUB_ACTIONS === 'true',
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = (): string | undefined => argv[++i];
    if (arg === '--strict') options.strict = true;
    else if (arg === '--format') {
      const f = value();
      if (f !== 'text' && f !== 'json')
        return { ok: false, message: `--format takes text or json, not ${f ?? 'nothing'}` };
      options.format = f;
    } else if (arg === '--root') {
      const r = value();
      if (!r) return { ok: false, message: '--root needs a folder' };
      options.root = r;
    } else if (arg === '--out') {
      const o = value();
      if (!o) return { ok: false, message: '--out needs a folder' };
      options.outDir = o;
    } else
      return {
        ok: false,
        message: `unknown option ${arg} (options: --strict, --format text|json, --root DIR, --out DIR)`,
      };
  }
  return { ok: true, options };
}

export interface ValidationSummary {
  /** What was read, e.g. `{ "feedback rows": 3412, actions: 64 }`, printed in the summary line. */
  counts: Readonly<Record<string, number>>;
}

/** Whether the problems stop the build: any error, or with --strict any warning. */
export function fails(problems: readonly Problem[], strict: boolean): boolean {
  const { errors, warnings } = countBySeverity(problems);
  return errors > 0 || (strict && warnings > 0);
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function summaryLine(problems: readonly Problem[], summary: ValidationSummary, strict: boolean): string {
  const { errors, warnings } = countBySeverity(problems);
  const read = Object.entries(summary.counts)
    .map(([what, n]) => `${n} ${what}`)
    .join(', ');
  const verdict =
    errors === 0 && warnings === 0
      ? 'no problems.'
      : `${plural(errors, 'error', 'errors')}, ${plural(warnings, 'warning', 'warnings')}${fails(problems, strict) ? ' — nothing was published.' : '.'}`;
  const strictNote = strict && errors === 0 && warnings > 0 ? ' (--strict: warnings count as errors)' : '';
  return `kuultu: read ${read || 'nothing'}: ${verdict}${strictNote}`;
}

/** The whole report as it is printed. */
export function renderReport(problems: readonly Problem[], summary: ValidationSummary, options: CliOptions): string {
  const sorted = sortProblems(problems);
  if (options.format === 'json') {
    const { errors, warnings } = countBySeverity(sorted);
    return JSON.stringify(
      { ok: !fails(sorted, options.strict), errors, warnings, counts: summary.counts, problems: sorted },
      null,
      2,
    );
  }
  const blocks = sorted.map(formatProblem);
  if (options.github) blocks.push(...sorted.map(githubAnnotation));
  blocks.push(summaryLine(sorted, summary, options.strict));
  return blocks.join('\n\n');
}

/**
 * A problem found in an author's data: the one shape every check reports, and the one place
 * that turns it into the text, JSON or GitHub annotation the author reads.
 */

export type Severity = 'error' | 'warning';

export interface Problem {
  severity: Severity;
  /** Repository-relative path with forward slashes, e.g. `data/actions.csv`. */
  file: string;
  /** 1-based line; 0 when the problem concerns the file as a whole. */
  line: number;
  /** 1-based column: the CSV field number, or the character column in MDX/YAML; 0 if none. */
  column: number;
  /** One sentence naming the value, e.g. `status "valmis" is not a status.` */
  message: string;
  /** What would have been accepted. */
  expected?: string;
  /** What the author should do, e.g. `write "done" (valmis = done)`. */
  fix?: string;
  /** A stable machine-readable kind, e.g. `enum`, `date.impossible`, `ref.theme`. */
  code: string;
}

export interface ProblemAt {
  file: string;
  line: number;
  column: number;
}

export function error(
  at: ProblemAt,
  code: string,
  message: string,
  details: { expected?: string; fix?: string } = {},
): Problem {
  return { severity: 'error', ...at, code, message, ...details };
}

export function warning(
  at: ProblemAt,
  code: string,
  message: string,
  details: { expected?: string; fix?: string } = {},
): Problem {
  return { severity: 'warning', ...at, code, message, ...details };
}

/**
 * A file the operating system would not hand over: a folder named like a file, a file without
 * read permission. Reported like any other problem, so one odd file never hides the others.
 */
export function unreadableFile(file: string, cause: unknown): Problem {
  const code = (cause as NodeJS.ErrnoException | undefined)?.code;
  const at = { file, line: 0, column: 0 };
  if (code === 'EISDIR') {
    return error(at, 'file.folder', 'this is a folder, not a file, so kuultu cannot read it.', {
      expected: 'a file with this name, not a folder',
      fix: 'move the files inside it to where they belong, then delete or rename the folder',
    });
  }
  if (code === 'ENOENT' || code === 'ELOOP') {
    return error(at, 'file.read', 'this is a link to a file that is not there, so kuultu cannot read it.', {
      expected: 'the file itself, not a link',
      fix: 'put the file itself here, or delete the link',
    });
  }
  if (code === 'EACCES' || code === 'EPERM') {
    return error(at, 'file.read', 'kuultu is not allowed to open this file.', {
      expected: 'a file anyone can read',
      fix: 'check the file permissions, or save the file again',
    });
  }
  return error(
    at,
    'file.read',
    `the file cannot be opened (${code ?? (cause instanceof Error ? cause.message : String(cause))}).`,
    {
      expected: 'a readable file',
      fix: 'save the file again; if the problem stays, report it as a bug in kuultu',
    },
  );
}

/** Sorted by file, then line, then column, so a run's output reads top to bottom like the files. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      a.line - b.line ||
      a.column - b.column ||
      (a.message < b.message ? -1 : a.message > b.message ? 1 : 0),
  );
}

export function location(p: Pick<Problem, 'file' | 'line' | 'column'>): string {
  if (p.line <= 0) return p.file;
  if (p.column <= 0) return `${p.file}:${p.line}`;
  return `${p.file}:${p.line}:${p.column}`;
}

/** The human format of PRODUCT.md §5. */
export function formatProblem(p: Problem): string {
  const head = `${location(p)}  ${p.severity === 'warning' ? 'warning: ' : ''}${p.message}`;
  const lines = [head];
  if (p.expected) lines.push(`    expected: ${p.expected}`);
  if (p.fix) lines.push(`    fix: ${p.fix}`);
  return lines.join('\n');
}

function escapeAnnotationData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeAnnotationProperty(s: string): string {
  return escapeAnnotationData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** A GitHub Actions workflow command, so the problem shows on the changed line of a pull request. */
export function githubAnnotation(p: Problem): string {
  const props = [`file=${escapeAnnotationProperty(p.file)}`];
  if (p.line > 0) props.push(`line=${p.line}`);
  if (p.column > 0) props.push(`col=${p.column}`);
  const text = [p.message, p.expected && `expected: ${p.expected}`, p.fix && `fix: ${p.fix}`]
    .filter(Boolean)
    .join('\n');
  return `::${p.severity} ${props.join(',')}::${escapeAnnotationData(text)}`;
}

export function countBySeverity(problems: readonly Problem[]): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const p of problems) {
    if (p.severity === 'error') errors++;
    else warnings++;
  }
  return { errors, warnings };
}

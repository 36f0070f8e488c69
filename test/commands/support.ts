/**
 * The team's commands as an author runs them, on a copy of a fixture site: their exit code and
 * what they print. The copy is a fresh folder per test, so a test may change it.
 *
 * Each command file runs its command once as a real child process (`runProcess`: Node on the
 * script, its exit code, stdout and stderr); the other runs call the script's exported `main`
 * in this process (`run`) with the same arguments, environment and folder — the same output in
 * a fraction of the time, since a child process starts Node and loads zod and the schemas anew.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { withSiteChecks } from '../../src/site/own-links.ts';
import { runValidation } from '../../src/validate/run.ts';
import { runCommand, type Command } from '../../scripts/lib/command.ts';
import { runScript } from '../support/child.ts';
import { REPO, SOURCE_DATE_EPOCH, siteCopies } from '../support/site-copies.ts';

export { REPO } from '../support/site-copies.ts';
/** A fresh copy of the small site (or of `fixture`) per call, removed after the file's tests. */
export const copyOf = siteCopies('cmd');

export interface Run {
  status: number | null;
  stdout: string;
  all: string;
}

/** An author's terminal: no CI, no debug switches, a fixed "today", plus what the test sets. */
function authorEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  const author: NodeJS.ProcessEnv = { ...process.env, SOURCE_DATE_EPOCH, ...env };
  for (const name of ['GITHUB_ACTIONS', 'GITHUB_STEP_SUMMARY', 'KUULTU_ROOT', 'KUULTU_DEBUG'])
    if (!(name in env)) delete author[name];
  return author;
}

const COMMANDS: Record<'action' | 'new' | 'report', () => Promise<{ main: Command }>> = {
  action: () => import('../../scripts/action.ts'),
  new: () => import('../../scripts/new.ts'),
  report: () => import('../../scripts/report.ts'),
};

/** `npm run <script> -- …args` in this process: the script's main, as its last line calls it. */
export async function run(
  script: keyof typeof COMMANDS,
  args: readonly string[],
  env: Record<string, string> = {},
): Promise<Run> {
  const { main } = await COMMANDS[script]();
  let stdout = '';
  const status = await runCommand(main, {
    argv: args,
    env: authorEnv(env),
    cwd: REPO,
    print: (text) => (stdout += `${text}\n`),
  });
  return { status, stdout, all: stdout };
}

/** `npm run <script> -- …args` without npm's own lines: node on the script, as npm runs it. */
export async function runProcess(
  script: string,
  args: readonly string[],
  env: Record<string, string> = {},
): Promise<Run> {
  const run = await runScript(script, args, authorEnv(env));
  return { status: run.code, stdout: run.stdout, all: run.output };
}

export function read(root: string, file: string): string {
  return readFileSync(path.join(root, file), 'utf8');
}

export function write(root: string, file: string, text: string): void {
  writeFileSync(path.join(root, file), text);
}

/** Rewrite a CSV as Finnish Excel saves it: `;` between cells, a byte-order mark, CRLF. */
export function saveAsFinnishExcel(root: string, file: string): void {
  const rows = Papa.parse<string[]>(read(root, file).replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
  write(root, file, `\uFEFF${Papa.unparse(rows, { delimiter: ';', newline: '\r\n' })}\r\n`);
}

/** Validate the folder as `npm run validate` does, in this process; the tests want "no problems" (or the problem). */
export async function validate(root: string, extra: readonly string[] = []): Promise<Run> {
  let stdout = '';
  const outcome = await runValidation(
    ['--root', root, '--lang', 'en', ...extra],
    (text) => (stdout += `${text}\n`),
    authorEnv({}),
    withSiteChecks,
  );
  return { status: outcome.ok ? 0 : 1, stdout, all: stdout };
}

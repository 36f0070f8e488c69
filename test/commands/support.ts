/**
 * The team's commands as an author runs them: a child process on a copy of a fixture site,
 * its exit code and what it prints. The copy is a fresh folder per test, so a test may change it.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { afterAll } from 'vitest';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));
const NODE = path.join(REPO, 'node_modules/.bin/node');
export const SMALL_SITE = path.join(REPO, 'test/fixtures/small-site');
/** 22.11.2026, the small site's "now" in every other test. */
export const SOURCE_DATE_EPOCH = '1795392000';

const roots: string[] = [];
afterAll(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

export function copyOf(fixture: string = SMALL_SITE): string {
  const root = mkdtempSync(path.join(tmpdir(), 'kuultu-cmd-'));
  roots.push(root);
  cpSync(fixture, root, { recursive: true });
  return root;
}

export interface Run {
  status: number | null;
  stdout: string;
  all: string;
}

/** `npm run <script> -- …args` without npm's own lines: node on the script, as npm runs it. */
export function run(script: string, args: readonly string[], env: Record<string, string> = {}): Promise<Run> {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, SOURCE_DATE_EPOCH, ...env };
  for (const name of ['GITHUB_ACTIONS', 'GITHUB_STEP_SUMMARY', 'KUULTU_ROOT', 'KUULTU_DEBUG'])
    if (!(name in env)) delete childEnv[name];
  return new Promise((resolve, reject) => {
    const child = spawn(NODE, [`scripts/${script}.ts`, ...args], { cwd: REPO, env: childEnv });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
    child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, all: stdout + stderr }));
  });
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

/** Validate the folder the way an author does; the tests want "no problems" (or the problem). */
export function validate(root: string, extra: readonly string[] = []): Promise<Run> {
  return run('validate', ['--root', root, '--lang', 'en', ...extra]);
}

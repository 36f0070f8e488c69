/**
 * A command run as a child process the way a terminal or CI runs it: its exit code and what it
 * wrote, stdout and stderr apart and together in the order they came. Every test that runs a real
 * process goes through here (the build, the commands, import, validate, the walkthrough's copy).
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// Not from site-copies.ts: the e2e global setup builds through here, outside any test, without vitest's API.
const REPO = fileURLToPath(new URL('../../', import.meta.url));

/** The repository's own Node 24 (package.json pins it; the machine's may be older). */
export const NODE = path.join(REPO, 'node_modules/.bin/node');

/**
 * This process's environment without what vitest adds (VITEST*, TEST*, NODE_ENV=test): what a
 * terminal gives a command. Astro's dev server, started with NODE_ENV=test, serves differently.
 */
export function terminalEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const own = Object.entries(process.env).filter(([k]) => !/^(VITEST|TEST|NODE_ENV)/.test(k));
  return { ...Object.fromEntries(own), ...extra };
}

export interface ChildRun {
  /** The exit code, or null when a signal ended it. */
  code: number | null;
  stdout: string;
  stderr: string;
  /** stdout and stderr interleaved as they arrived: what a terminal shows. */
  output: string;
}

export function runChild(
  command: string,
  args: readonly string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<ChildRun> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, {
      cwd: options.cwd ?? REPO,
      env: options.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const run: ChildRun = { code: null, stdout: '', stderr: '', output: '' };
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      run.stdout += chunk;
      run.output += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      run.stderr += chunk;
      run.output += chunk;
    });
    child.on('error', fail);
    child.on('close', (code) => done({ ...run, code }));
  });
}

/** `node scripts/<script>.ts …args` from the repository, as `npm run <script> -- …args` runs it. */
export function runScript(script: string, args: readonly string[], env?: NodeJS.ProcessEnv): Promise<ChildRun> {
  return runChild(NODE, [`scripts/${script}.ts`, ...args], { env });
}

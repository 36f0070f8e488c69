/**
 * What every bench module shares: the context it runs in, a child process measured as a whole
 * process tree (Pagefind runs in a process of its own, and its CPU time and memory belong to
 * the build), and small formatting helpers.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** What a module is handed: where to work, how many runs, and the other modules' results so far. */
export interface BenchContext {
  repo: string;
  /** Scratch folder, removed at the end unless --keep. */
  work: string;
  runs: number;
  /** The city size the build modules measure: 'tiny' (the test suite's), '10k', '100k' or 'xl'. */
  size: SizeName;
  /** Results of the modules that ran before, by module name. */
  results: Record<string, unknown>;
  env: NodeJS.ProcessEnv;
}

/** One section of `npm run bench`: prints its own table and returns what goes into bench.json. */
export interface BenchModule {
  name: string;
  run(ctx: BenchContext): Promise<ModuleResult>;
}
export interface ModuleResult {
  json: unknown;
  /** Targets this module checked and missed, as sentences for the summary. */
  misses: string[];
}

export const SIZES = {
  /** The test suite's (test/e2e/bench.test.ts): every module runs end to end; its figures mean nothing. */
  tiny: { feedback: 1_500, actions: 24, meetings: 8 },
  '10k': { feedback: 10_000, actions: 200, meetings: 30 },
  '100k': { feedback: 100_000, actions: 2000, meetings: 300 },
  xl: { feedback: 1_000_000, actions: 2000, meetings: 300 },
} as const;
export type SizeName = keyof typeof SIZES;

export function fmtMs(ms: number): string {
  return ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`;
}
export function fmtKb(bytes: number): string {
  return (bytes / 1000).toFixed(1);
}
export function fmtMb(mb: number | undefined): string {
  return mb === undefined ? '?' : `${Math.round(mb)} MB`;
}
export function median(xs: readonly number[]): number {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export function table(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  rightAlign: (i: number) => boolean = (i) => i > 0,
): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: readonly string[]): string =>
    r
      .map((c, i) => (rightAlign(i) ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export interface TreeRun {
  status: number | null;
  wallMs: number;
  /** User + system CPU time of the process and every descendant seen, in ms. */
  cpuMs?: number;
  /** Largest sum of the tree's resident memory seen at one moment, in MB (sampled every 50 ms). */
  peakRssMb?: number;
  stdout: string;
  stderr: string;
}

const HAS_PROC = existsSync('/proc/self/stat');
const TICK_MS = 10; // Linux reports CPU time in clock ticks of 1/100 s (getconf CLK_TCK)
const PAGE_KB = 4;

interface ProcStat {
  cpuTicks: number;
  rssKb: number;
}
function procStat(pid: number): ProcStat | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name is in parentheses and may contain spaces: split after the last ')'.
    const f = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return { cpuTicks: Number(f[11]) + Number(f[12]), rssKb: Number(f[21]) * PAGE_KB };
  } catch {
    return undefined;
  }
}

/** Child processes of pid, from each of its threads' children list. */
function childrenOf(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((tid) => {
      try {
        return readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').split(' ').filter(Boolean).map(Number);
      } catch {
        return [];
      }
    });
  } catch {
    return [];
  }
}

/**
 * Runs a command and measures its whole process tree from /proc: CPU time (last reading of each
 * process, so a process that lives less than one sample is missed — none of ours do) and the
 * peak of the summed resident memory.
 */
export function runTree(
  command: string,
  args: readonly string[],
  opts: { cwd: string; env: NodeJS.ProcessEnv },
): Promise<TreeRun> {
  return new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: opts.cwd, env: opts.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    const cpuByPid = new Map<number, number>();
    let peakKb = 0;
    const sample = (): void => {
      if (!HAS_PROC || child.pid === undefined) return;
      let rss = 0;
      const queue = [child.pid];
      for (let i = 0; i < queue.length && i < 200; i++) {
        const pid = queue[i]!;
        const s = procStat(pid);
        if (!s) continue;
        rss += s.rssKb;
        cpuByPid.set(pid, s.cpuTicks);
        queue.push(...childrenOf(pid));
      }
      peakKb = Math.max(peakKb, rss);
    };
    const timer = setInterval(sample, 50);
    child.on('error', (e) => {
      clearInterval(timer);
      fail(e);
    });
    child.on('close', (status) => {
      clearInterval(timer);
      const wallMs = performance.now() - started;
      const cpuTicks = [...cpuByPid.values()].reduce((a, b) => a + b, 0);
      done({
        status,
        wallMs,
        cpuMs: HAS_PROC ? cpuTicks * TICK_MS : undefined,
        peakRssMb: HAS_PROC ? peakKb / 1024 : undefined,
        stdout,
        stderr,
      });
    });
  });
}

/** Total size of the files under dir, in bytes. */
export function treeBytes(dir: string): number {
  let n = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    n += e.isDirectory() ? treeBytes(p) : statSync(p).size;
  }
  return n;
}

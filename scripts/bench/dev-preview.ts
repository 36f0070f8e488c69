/**
 * The live preview's answer time on the example city: `npm run dev` is started on a copy of the
 * repository's content/ and data/, and for each run a file is saved and the page fetched at
 * once, the clock running from the save to the last byte of the answer — a CSV cell broken (the
 * problem list), the cell fixed (the page again), an MDX text changed (the new text). The
 * target is 2 s on a 2-core machine (issue 8).
 */
import { spawn } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type BenchModule, fmtMs, median, table } from './lib.ts';

const TARGET_MS = 2000;

interface Step {
  name: string;
  path: string;
  change: (root: string, run: number) => void;
  /** What the answer must hold for the step to count as seen. */
  expect: { status: number; contains: (run: number) => string };
}

function edit(root: string, file: string, change: (text: string) => string): void {
  const path = join(root, file);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
}

const STEPS: readonly Step[] = [
  {
    name: 'CSV cell broken → problem list',
    path: '/fi/themes/',
    change: (root) =>
      edit(root, 'data/actions.csv', (t) =>
        t.replace(/;in-progress;|,in-progress,/, (m) => m.replace('in-progress', 'valmis')),
      ),
    expect: { status: 503, contains: () => '&quot;valmis&quot;' },
  },
  {
    name: 'CSV fixed → page',
    path: '/fi/themes/',
    change: (root) =>
      edit(root, 'data/actions.csv', (t) => t.replace(/;valmis;|,valmis,/, (m) => m.replace('valmis', 'in-progress'))),
    // The page's heading, whatever attributes it carries (Pagefind's data-pagefind-body, since f033ed2).
    expect: { status: 200, contains: () => '<h1' },
  },
  {
    name: 'MDX text changed → new text',
    path: '/fi/pages/tietoa/',
    change: (root, run) => edit(root, 'content/pages/fi/tietoa.mdx', (t) => `${t}\nEsikatselun mittaus ${run}.\n`),
    expect: { status: 200, contains: (run) => `Esikatselun mittaus ${run}.` },
  },
];

export const devPreview: BenchModule = {
  name: 'devPreview',
  async run(ctx) {
    const root = join(ctx.work, 'dev-example');
    // public/ holds the logo site.yaml names.
    for (const part of ['content', 'data', 'public'])
      cpSync(join(ctx.repo, part), join(root, part), { recursive: true });
    console.log(`\nLive preview (npm run dev on the example city, ${ctx.runs} run(s) of each save)`);
    const started = performance.now();
    const child = spawn(process.execPath, ['scripts/dev.ts', '--root', root, '--port', '0', '--lang', 'en'], {
      cwd: ctx.repo,
      env: ctx.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString('utf8')));
    child.stderr.on('data', (c: Buffer) => (output += c.toString('utf8')));
    try {
      const address = /preview at (http:\/\/\S+?)\/? /;
      while (!address.test(output)) {
        if (child.exitCode !== null) throw new Error(`npm run dev did not start:\n${output}`);
        await new Promise((r) => setTimeout(r, 50));
      }
      const origin = address.exec(output)![1]!;
      const startMs = performance.now() - started;
      // The first page compiles every module once: a cost paid once per session, shown apart.
      const firstStarted = performance.now();
      await (await fetch(`${origin}/fi/themes/`)).text();
      const firstPageMs = performance.now() - firstStarted;
      const times: Record<string, number[]> = Object.fromEntries(STEPS.map((s) => [s.name, []]));
      for (let run = 1; run <= ctx.runs; run++) {
        for (const step of STEPS) {
          const t0 = performance.now();
          step.change(root, run);
          const response = await fetch(origin + step.path);
          const html = await response.text();
          const ms = performance.now() - t0;
          if (response.status !== step.expect.status || !html.includes(step.expect.contains(run)))
            throw new Error(`${step.name}: answered ${response.status} without the expected text`);
          times[step.name]!.push(ms);
        }
      }
      const rows = STEPS.map((s) => {
        const xs = times[s.name]!;
        return [s.name, fmtMs(median(xs)), fmtMs(Math.max(...xs))];
      });
      console.log(`started in ${fmtMs(startMs)}; first page ${fmtMs(firstPageMs)} (compiles the modules once)`);
      console.log(table(['save → answer', 'median', 'slowest'], rows));
      // Judged by the median: one slow answer on a machine shared with other work is noise,
      // a slow median is not. The slowest is printed beside it.
      const misses = STEPS.flatMap((s) => {
        const typical = median(times[s.name]!);
        return typical > TARGET_MS ? [`live preview: ${s.name} took ${fmtMs(typical)} (median; target ≤ 2 s)`] : [];
      });
      return {
        json: {
          startMs,
          firstPageMs,
          saveToAnswerMs: Object.fromEntries(STEPS.map((s) => [s.name, times[s.name]])),
          targetMs: TARGET_MS,
        },
        misses,
      };
    } finally {
      child.kill('SIGTERM');
    }
  },
};

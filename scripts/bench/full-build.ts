/**
 * The headline: kuultu's full build of a city against the floor (a bare Astro + Pagefind site of
 * the same pages, scripts/bench/floor.ts), built alternately in the same run so both see the same
 * machine, as a ratio of wall times. Also the phases, CPU time, peak memory (whole process tree:
 * Pagefind runs in a process of its own) and what the built site weighs.
 */
import { cpSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { city } from './city.ts';
import { floorSpec, writeFloorSite } from './floor.ts';
import {
  type BenchContext,
  type BenchModule,
  fmtMb,
  fmtMs,
  median,
  runTree,
  SIZES,
  table,
  type TreeRun,
} from './lib.ts';
import { BUDGET, siteWeights, weightsTable } from './weights.ts';

export const TARGET = { floorRatio: 1.25, peakMb100k: 1536, peakMbXl: 2048 };

export interface PhaseTimes {
  phases: Record<string, { wallMs: number; cpuMs: number }>;
  rendered?: number;
  indexed: number;
  /** Whether the build copied the last search index (no searchable part of any page changed). */
  search?: { reused: boolean; firstDifference?: string };
}
export interface MeasuredBuild extends TreeRun {
  times: PhaseTimes;
}

/**
 * A fresh copy of a city's content root to build in full, in a folder of its own. The bench never
 * deletes a build's files while it runs (the working folder goes at the end): on the ext4 disk of
 * the project's machine, creating files within a minute or so of deleting tens of thousands costs
 * more system time with every build (ext4 passes over recently deleted inodes), which made each
 * build of a run slower than the one before and charged kuultu, which writes twice the floor's
 * files (Astro's incremental cache copies), twice the floor's penalty. CI builds a fresh checkout.
 */
export function freshRoot(ctx: BenchContext, from: string, name: string): string {
  const root = join(ctx.work, name);
  for (const part of SITE_PARTS) cpSync(join(from, part), join(root, part), { recursive: true });
  return root;
}

/** What a copy of a content root takes along: site.yaml's logo and favicon live in public/. */
export const SITE_PARTS = ['content', 'data', 'public'] as const;

/** `npm run build` of a content root into out, measured; `fresh` first drops its caches (a full build). */
export async function kuultuBuild(
  ctx: BenchContext,
  root: string,
  out: string,
  fresh: boolean,
): Promise<MeasuredBuild> {
  if (fresh) rmSync(join(root, '.kuultu'), { recursive: true, force: true });
  // The floor builds into an empty folder; so does kuultu (publishing over an old site would add
  // the deletion of its thousands of files to the publish phase).
  if (fresh) rmSync(out, { recursive: true, force: true });
  const phasesFile = join(ctx.work, `phases-${process.pid}.json`);
  rmSync(phasesFile, { force: true });
  const t = await runTree(process.execPath, ['--expose-gc', 'scripts/build.ts', '--root', root, '--out', out], {
    cwd: ctx.repo,
    env: { ...ctx.env, KUULTU_PHASES_FILE: phasesFile },
  });
  if (t.status !== 0) throw new Error(`the kuultu build of ${root} failed:\n${t.stdout}\n${t.stderr}`);
  return { ...t, times: JSON.parse(readFileSync(phasesFile, 'utf8')) as PhaseTimes };
}

async function floorBuild(ctx: BenchContext, dir: string, spec: string, run: number): Promise<MeasuredBuild> {
  // A folder of its own per run, like kuultu's (freshRoot).
  const out = join(dir, `dist-${run}`);
  rmSync(join(dir, 'node_modules/.astro'), { recursive: true, force: true });
  const phasesFile = join(ctx.work, `phases-floor-${process.pid}.json`);
  const t = await runTree(process.execPath, [join(ctx.repo, 'scripts/bench/floor-build.ts'), dir, out], {
    cwd: ctx.repo,
    env: { ...ctx.env, FLOOR_SPEC: spec, KUULTU_PHASES_FILE: phasesFile },
  });
  if (t.status !== 0) throw new Error(`the floor build failed:\n${t.stdout}\n${t.stderr}`);
  return { ...t, times: JSON.parse(readFileSync(phasesFile, 'utf8')) as PhaseTimes };
}

const medianOf = (runs: readonly MeasuredBuild[], f: (r: MeasuredBuild) => number | undefined): number =>
  median(runs.map(f).filter((x): x is number => x !== undefined));

function phaseRows(label: string, runs: readonly MeasuredBuild[]): string[][] {
  const names = Object.keys(runs[0]!.times.phases);
  const rows = names.map((n) => [
    `${label}: ${n}`,
    fmtMs(medianOf(runs, (r) => r.times.phases[n]?.wallMs)),
    fmtMs(medianOf(runs, (r) => r.times.phases[n]?.cpuMs)),
    '',
  ]);
  rows.push([
    `${label}: whole build`,
    fmtMs(medianOf(runs, (r) => r.wallMs)),
    fmtMs(medianOf(runs, (r) => r.cpuMs)),
    fmtMb(Math.max(...runs.map((r) => r.peakRssMb ?? 0))),
  ]);
  return rows;
}

export const fullBuild: BenchModule = {
  name: 'fullBuild',
  async run(ctx) {
    const generated = city(ctx, ctx.size);
    // Each build in folders of its own: nothing is deleted until the bench ends (freshRoot).
    const build = (run: string) =>
      kuultuBuild(
        ctx,
        freshRoot(ctx, generated, `full-${ctx.size}-${run}`),
        join(ctx.work, `site-${ctx.size}-${run}`),
        true,
      );
    console.log(
      `\nFull build of the ${ctx.size} city against the floor (${ctx.runs} alternating run(s) each, after a warm-up build; each build in new folders)`,
    );
    const out = join(ctx.work, `site-${ctx.size}-warm-up`);
    const warm = await build('warm-up');
    console.log(`  warm-up kuultu build: ${fmtMs(warm.wallMs)}, ${warm.times.indexed} pages`);
    const floorDir = join(ctx.work, 'floor');
    const spec = writeFloorSite(ctx.repo, floorDir, floorSpec(out));
    const kuultu: MeasuredBuild[] = [];
    const floor: MeasuredBuild[] = [];
    for (let i = 0; i < ctx.runs; i++) {
      // Alternate which goes first, so neither always inherits the other's warm file cache.
      const order = i % 2 === 0 ? (['floor', 'kuultu'] as const) : (['kuultu', 'floor'] as const);
      for (const which of order) {
        const r = which === 'floor' ? await floorBuild(ctx, floorDir, spec, i + 1) : await build(String(i + 1));
        (which === 'floor' ? floor : kuultu).push(r);
        console.log(
          `  run ${i + 1} ${which.padEnd(6)} ${fmtMs(r.wallMs).padStart(7)} wall, ${fmtMs(r.cpuMs ?? Number.NaN).padStart(7)} CPU, peak ${fmtMb(r.peakRssMb)}`,
        );
      }
    }
    const ratio = medianOf(kuultu, (r) => r.wallMs) / medianOf(floor, (r) => r.wallMs);
    const pairRatios = kuultu.map((k, i) => k.wallMs / floor[i]!.wallMs);
    const peak = Math.max(...kuultu.map((r) => r.peakRssMb ?? 0));
    const cores = (runs: MeasuredBuild[]) => medianOf(runs, (r) => (r.cpuMs ?? Number.NaN) / r.wallMs);

    console.log(
      `\nPhases (median of ${ctx.runs}; CPU of the Node process, Pagefind's own process is in the whole-build CPU)`,
    );
    console.log(
      table(
        ['phase', 'wall', 'CPU', 'peak RSS'],
        [...phaseRows('kuultu', kuultu), ...phaseRows('floor', floor)],
        (i) => i > 0,
      ),
    );
    console.log(
      `cores used on average: kuultu ${cores(kuultu).toFixed(2)}, floor ${cores(floor).toFixed(2)} (CPU time / wall time)`,
    );

    const weights = siteWeights(out);
    const floorWeights = siteWeights(join(floorDir, 'dist-1'));
    console.log(
      `\nSite: ${weights.pages} pages (${Object.entries(weights.pagesByLang)
        .map(([l, n]) => `${l} ${n}`)
        .join(
          ', ',
        )}), dist/ ${fmtMb(weights.distBytes / 1e6)} (HTML ${fmtMb(weights.htmlBytes / 1e6)}); floor: ${floorWeights.pages} pages, HTML ${fmtMb(floorWeights.htmlBytes / 1e6)}`,
    );
    console.log(`Page weights per kind (kB = 1000 bytes, gzipped, everything the page loads)`);
    console.log(weightsTable(weights));

    const misses: string[] = [];
    const ratioOk = ratio <= TARGET.floorRatio;
    const peakTarget = ctx.size === 'xl' ? TARGET.peakMbXl : TARGET.peakMb100k;
    const peakOk = peak <= peakTarget;
    const cpuRatio = medianOf(kuultu, (r) => r.cpuMs) / medianOf(floor, (r) => r.cpuMs);
    // With the cores taken by other work, neither build gets its second core and disk waits
    // dominate: the wall ratio then says little about a quiet machine, so the verdict says so.
    const saturated = cores(kuultu) < 0.8;
    console.log(
      `\nfull build / floor: ×${ratio.toFixed(2)} wall (pairs: ${pairRatios.map((r) => r.toFixed(2)).join(', ')}), ×${cpuRatio.toFixed(2)} CPU — target ≤ ×${TARGET.floorRatio}: ${ratioOk ? (saturated ? 'met on wall time, but not verifiable: kuultu got less than 0.8 of a core on average, the machine is saturated' : 'met') : 'MISSED'}`,
    );
    console.log(`peak memory ${fmtMb(peak)} — target ≤ ${fmtMb(peakTarget)}: ${peakOk ? 'met' : 'MISSED'}`);
    if (!ratioOk)
      misses.push(`full build is ×${ratio.toFixed(2)} the floor's wall time (target ≤ ×${TARGET.floorRatio})`);
    else if (saturated)
      misses.push(`the floor ratio (×${ratio.toFixed(2)}) could not be verified on a saturated machine`);
    if (!peakOk) misses.push(`peak memory ${fmtMb(peak)} (target ≤ ${fmtMb(peakTarget)})`);
    for (const k of weights.kinds) for (const o of k.overBudget) misses.push(`${k.kind}: ${o}`);
    const strip = (r: MeasuredBuild) => ({ wallMs: r.wallMs, cpuMs: r.cpuMs, peakRssMb: r.peakRssMb, ...r.times });
    return {
      json: {
        size: ctx.size,
        city: SIZES[ctx.size],
        floorRatio: ratio,
        floorCpuRatio: cpuRatio,
        saturated,
        pairRatios,
        coresUsed: { kuultu: cores(kuultu), floor: cores(floor) },
        peakRssMb: peak,
        kuultu: kuultu.map(strip),
        floor: floor.map(strip),
        site: weights,
        floorSite: {
          pages: floorWeights.pages,
          pagesByLang: floorWeights.pagesByLang,
          htmlBytes: floorWeights.htmlBytes,
        },
        budgets: BUDGET,
        fullBuildMedianMs: medianOf(kuultu, (r) => r.wallMs),
      },
      misses,
    };
  },
};

/**
 * Validation alone (`loadProject` in a fresh process, each size several times): time, CPU and
 * peak memory, and whether it grows linearly with the rows (10k → 100k, and 1M with --size xl).
 */
import { city } from './city.ts';
import { type BenchModule, fmtMb, fmtMs, median, runTree, type SizeName, table } from './lib.ts';

const VALIDATE_100K_MS = 2000;

interface Run {
  validateMs: number;
  validateCpuMs: number;
  peakRssMb?: number;
  processWallMs: number;
}

export const validation: BenchModule = {
  name: 'validation',
  async run(ctx) {
    const sizes: SizeName[] =
      ctx.size === 'xl' ? ['10k', '100k', 'xl'] : ctx.size === 'tiny' ? ['tiny', '10k'] : ['10k', '100k'];
    const results: Record<string, { best: Run; medianMs: number; runs: Run[] }> = {};
    console.log(`\nValidation (loadProject in a fresh process, ${ctx.runs} run(s) each)`);
    for (const size of sizes) {
      const root = city(ctx, size);
      const runs: Run[] = [];
      for (let i = 0; i < ctx.runs; i++) {
        const t = await runTree(process.execPath, ['scripts/bench/validate-child.ts', root], {
          cwd: ctx.repo,
          env: ctx.env,
        });
        const line = t.stdout.trim().split('\n').at(-1) ?? '';
        if (t.status !== 0 || !line.startsWith('{'))
          throw new Error(`validation of ${size} failed:\n${t.stdout}\n${t.stderr}`);
        const r = JSON.parse(line) as {
          validateMs: number;
          validateCpuMs: number;
          maxRssMb: number;
          errors: number;
          warnings: number;
        };
        if (r.errors > 0 || r.warnings > 0)
          throw new Error(
            `the generated ${size} data has ${r.errors} error(s) and ${r.warnings} warning(s): fix scripts/generate-city.ts`,
          );
        runs.push({
          validateMs: r.validateMs,
          validateCpuMs: r.validateCpuMs,
          peakRssMb: Math.max(r.maxRssMb, t.peakRssMb ?? 0),
          processWallMs: t.wallMs,
        });
      }
      const best = runs.reduce((a, b) => (b.validateMs < a.validateMs ? b : a));
      results[size] = { best, medianMs: median(runs.map((r) => r.validateMs)), runs };
    }
    console.log(
      table(
        ['rows', 'loadProject wall (best)', 'median', 'CPU', 'whole process wall', 'peak RSS'],
        sizes.map((s) => {
          const r = results[s]!;
          return [
            s,
            fmtMs(r.best.validateMs),
            fmtMs(r.medianMs),
            fmtMs(r.best.validateCpuMs),
            fmtMs(r.best.processWallMs),
            fmtMb(Math.max(...r.runs.map((x) => x.peakRssMb ?? 0))),
          ];
        }),
      ),
    );
    const misses: string[] = [];
    const growth: Record<string, number> = {};
    for (let i = 1; i < sizes.length; i++) {
      const [a, b] = [results[sizes[i - 1]!]!.best, results[sizes[i]!]!.best];
      const g = b.validateCpuMs / a.validateCpuMs;
      growth[`${sizes[i - 1]}→${sizes[i]}`] = g;
      console.log(
        `growth ${sizes[i - 1]} → ${sizes[i]} rows: ×${g.toFixed(1)} CPU time for ×10 rows${g > 12 ? ' — worse than linear' : ''}`,
      );
      if (g > 12) misses.push(`validation grows ×${g.toFixed(1)} for ×10 rows (${sizes[i - 1]} → ${sizes[i]})`);
    }
    const v100 = results['100k']?.best;
    if (v100) {
      const ok = v100.validateMs <= VALIDATE_100K_MS;
      console.log(
        `target: 100k rows validated in ≤ ${VALIDATE_100K_MS / 1000} s — ${ok ? 'met' : 'MISSED'} (wall ${fmtMs(v100.validateMs)}, CPU ${fmtMs(v100.validateCpuMs)})`,
      );
      if (!ok) misses.push(`validation of 100k rows took ${fmtMs(v100.validateMs)} (target ≤ 2 s)`);
    }
    return { json: { sizes: results, growth }, misses };
  },
};

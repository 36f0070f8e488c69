/**
 * Rebuilds after a data drop: the city is built in full without its newest month of feedback,
 * then the month arrives and the site is rebuilt (Astro's incremental build re-renders only pages
 * whose cache key changed, src/site/cache-keys.ts); then one action is edited and the site rebuilt
 * again. Each rebuild is timed against the full build and compared byte for byte with a full build
 * of the same input.
 */
import { join } from 'node:path';
import { hashTree } from '../../test/e2e/support/build-site.ts';
import { city } from './city.ts';
import { dropLatestMonth, editOneAction, holdBackLatestMonth } from './data-drop.ts';
import { freshRoot, kuultuBuild, type MeasuredBuild } from './full-build.ts';
import { type BenchContext, type BenchModule, fmtMb, fmtMs, table } from './lib.ts';

export const REBUILD_TARGET = 0.4;

/** Whether a build copied the last search index or made it again, and the first page that made it. */
function searchIndex(run: MeasuredBuild): string {
  const search = run.times.search;
  if (search?.reused) return 'copied';
  return search?.firstDifference ? `made (${search.firstDifference} changed)` : 'made';
}

/** Files that differ between two built sites, or [] when they are byte-identical. */
function differences(a: string, b: string): string[] {
  const [x, y] = [hashTree(a), hashTree(b)];
  const files = new Set([...Object.keys(x), ...Object.keys(y)]);
  return [...files].filter((f) => x[f] !== y[f]).sort();
}

async function fullBuildOf(ctx: BenchContext, root: string, name: string): Promise<string> {
  const out = join(ctx.work, `${name}-full`);
  await kuultuBuild(ctx, freshRoot(ctx, root, `${name}-full-root`), out, true);
  return out;
}

export const rebuild: BenchModule = {
  name: 'rebuild',
  async run(ctx) {
    const root = freshRoot(ctx, city(ctx, ctx.size), `rebuild-${ctx.size}`);
    // Each build publishes into a new folder, as CI's do (it keeps the cache, not dist/), and as
    // the full builds do: nothing is deleted while the bench runs (freshRoot).
    const siteOf = (step: string) => join(ctx.work, `rebuild-${ctx.size}-site-${step}`);
    console.log(
      `\nRebuilds after a data drop (${ctx.size} city; incremental build, cache in the content root's .kuultu/cache)`,
    );
    holdBackLatestMonth(root);
    const first = await kuultuBuild(ctx, root, siteOf('first'), true);
    const fromFullBuild = (ctx.results.fullBuild as { fullBuildMedianMs?: number } | undefined)?.fullBuildMedianMs;
    const fullMs = fromFullBuild ?? first.wallMs;

    const steps: { name: string; run: MeasuredBuild; diff: string[] }[] = [];
    dropLatestMonth(root);
    const month = await kuultuBuild(ctx, root, siteOf('month'), false);
    steps.push({
      name: "a new month's feedback file",
      run: month,
      diff: differences(siteOf('month'), await fullBuildOf(ctx, root, 'month')),
    });
    const id = editOneAction(root, '2026-11-20');
    const action = await kuultuBuild(ctx, root, siteOf('action'), false);
    steps.push({
      name: `one action edited (${id})`,
      run: action,
      diff: differences(siteOf('action'), await fullBuildOf(ctx, root, 'action')),
    });

    const pages = first.times.indexed;
    console.log(
      table(
        [
          'build',
          'wall',
          '/ full build',
          'CPU',
          'peak RSS',
          'pages rendered',
          'search index',
          'same bytes as a full build',
        ],
        [
          [
            'full build (no cache)',
            fmtMs(first.wallMs),
            '',
            fmtMs(first.cpuMs ?? Number.NaN),
            fmtMb(first.peakRssMb),
            `${pages} of ${pages}`,
            'made',
            '',
          ],
          ...steps.map((s) => [
            `rebuild: ${s.name}`,
            fmtMs(s.run.wallMs),
            `${((100 * s.run.wallMs) / fullMs).toFixed(0)} %`,
            fmtMs(s.run.cpuMs ?? Number.NaN),
            fmtMb(s.run.peakRssMb),
            `${s.run.times.rendered} of ${s.run.times.indexed}`,
            searchIndex(s.run),
            s.diff.length === 0 ? 'yes' : `NO (${s.diff.length} files, e.g. ${s.diff[0]})`,
          ]),
        ],
        (i) => i > 0 && i < 6,
      ),
    );
    console.log(
      `(rendered counts every route Astro rendered, feeds and data files included; full build for the ratio: ${fromFullBuild ? 'the median of the full-build section' : 'the first build above'}, ${fmtMs(fullMs)})`,
    );
    for (const s of steps) {
      const p = s.run.times.phases;
      console.log(
        `  ${s.name}: ${Object.entries(p)
          .map(([k, v]) => `${k} ${fmtMs(v.wallMs)}`)
          .join(', ')}`,
      );
    }
    const misses: string[] = [];
    for (const s of steps) {
      const ratio = s.run.wallMs / fullMs;
      if (ratio > REBUILD_TARGET)
        misses.push(
          `rebuild after ${s.name} took ${(100 * ratio).toFixed(0)} % of a full build (target ≤ ${REBUILD_TARGET * 100} %)`,
        );
      if (s.diff.length)
        misses.push(
          `rebuild after ${s.name} differs from a full build in ${s.diff.length} file(s): ${s.diff.slice(0, 5).join(', ')}`,
        );
    }
    console.log(
      `rebuild / full build target ≤ ${REBUILD_TARGET * 100} %: ${steps.every((s) => s.run.wallMs / fullMs <= REBUILD_TARGET) ? 'met' : 'MISSED'}`,
    );
    const strip = (r: MeasuredBuild) => ({ wallMs: r.wallMs, cpuMs: r.cpuMs, peakRssMb: r.peakRssMb, ...r.times });
    return {
      json: {
        fullBuildMs: fullMs,
        first: strip(first),
        steps: steps.map((s) => ({
          name: s.name,
          ...strip(s.run),
          ratio: s.run.wallMs / fullMs,
          differingFiles: s.diff,
        })),
      },
      misses,
    };
  },
};

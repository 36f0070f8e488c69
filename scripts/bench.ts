/**
 * `npm run bench [-- --size 10k|100k|xl] [-- --runs 3] [-- --only validation,fullBuild] [-- --keep] [-- --json FILE]`
 *
 * Measures kuultu on a synthetic city (scripts/generate-city.ts; 100k = 100,000 feedback rows,
 * 2,000 actions, 300 meetings; xl = 1,000,000 rows, opt-in) and prints one section per module:
 * validation growth, the full build against a bare Astro + Pagefind floor built alternately in the
 * same run (the headline ratio), and rebuilds after a data drop. Everything also goes to
 * bench-out/bench.json (bench-<size>.json for another size; `--json FILE` names another file), for
 * comparing commits. `--size tiny` is the test suite's: every module end to end on a small city.
 *
 * A module is an object in scripts/bench/ with a name and `run(ctx)` that prints its section and
 * returns its JSON and the targets it missed; add one to MODULES below.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CITY_SOURCE_DATE_EPOCH } from './generate-city.ts';
import { devPreview } from './bench/dev-preview.ts';
import { fullBuild } from './bench/full-build.ts';
import { type BenchContext, type BenchModule, SIZES, type SizeName } from './bench/lib.ts';
import { rebuild } from './bench/rebuild.ts';
import { validation } from './bench/validation.ts';

const MODULES: readonly BenchModule[] = [validation, fullBuild, rebuild, devPreview];

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    size: { type: 'string', default: '100k' },
    only: { type: 'string' },
    keep: { type: 'boolean', default: false },
    json: { type: 'string' },
  },
});
if (!(args.size in SIZES)) {
  console.error(`--size must be one of ${Object.keys(SIZES).join(', ')}, not "${args.size}"`);
  process.exit(2);
}
const only = args.only?.split(',').map((s) => s.trim());
const unknown = only?.filter((n) => !MODULES.some((m) => m.name === n)) ?? [];
if (unknown.length) {
  console.error(`--only: no module called ${unknown.join(', ')} (modules: ${MODULES.map((m) => m.name).join(', ')})`);
  process.exit(2);
}

const work = mkdtempSync(join(tmpdir(), 'kuultu-bench-'));
const ctx: BenchContext = {
  repo: REPO,
  work,
  runs: Math.max(1, Number(args.runs) || 3),
  size: args.size as SizeName,
  results: {},
  env: { ...process.env, SOURCE_DATE_EPOCH: CITY_SOURCE_DATE_EPOCH, GITHUB_ACTIONS: '' },
};
const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
const loadAtStart = loadavg();
console.log(
  `kuultu bench — ${cpus().length} CPU(s) (${cpus()[0]?.model ?? 'unknown'}), Node ${process.version}, load average ${load()}`,
);
if (loadAtStart[0]! > cpus().length)
  console.log(
    'the machine is busy: absolute times are inflated; the ratios against the floor and the full build are the figures to read',
  );
console.log(`working folder: ${work}${args.keep ? ' (kept)' : ' (removed at the end)'}`);

const misses: string[] = [];
try {
  for (const m of MODULES) {
    if (only && !only.includes(m.name)) continue;
    const r = await m.run(ctx);
    ctx.results[m.name] = r.json;
    misses.push(...r.misses);
  }
} finally {
  if (!args.keep) rmSync(work, { recursive: true, force: true });
}

const file = args.json
  ? resolve(args.json)
  : join(REPO, 'bench-out', args.size === '100k' ? 'bench.json' : `bench-${args.size}.json`);
mkdirSync(dirname(file), { recursive: true });
writeFileSync(
  file,
  `${JSON.stringify(
    {
      machine: {
        cpus: cpus().length,
        model: cpus()[0]?.model,
        node: process.version,
        loadAtStart,
        loadAtEnd: loadavg(),
      },
      size: args.size,
      runs: ctx.runs,
      ...ctx.results,
      misses,
    },
    null,
    2,
  )}\n`,
);
console.log(`\n${misses.length ? `MISSED (${misses.length}):\n  ${misses.join('\n  ')}` : 'all targets met'}`);
console.log(`load average at the end ${load()}; numbers written to ${relative(process.cwd(), file)}`);

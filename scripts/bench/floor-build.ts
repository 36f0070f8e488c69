/**
 * Child entry point of `npm run bench`: builds the floor site (scripts/bench/floor.ts) the way a
 * bare Astro + Pagefind site is built — `astro build`, then Pagefind over the output folder — and
 * writes the wall and CPU time of each phase as JSON to KUULTU_PHASES_FILE.
 *
 *   FLOOR_SPEC=DIR/pages.json node scripts/bench/floor-build.ts DIR OUT
 */
import { writeFileSync } from 'node:fs';
import { build } from 'astro';
import * as pagefind from 'pagefind';

process.env.ASTRO_TELEMETRY_DISABLED = '1';
const [dir, out] = process.argv.slice(2);
if (!dir || !out) {
  console.error('usage: node scripts/bench/floor-build.ts DIR OUT');
  process.exit(2);
}
const mark = () => ({ at: performance.now(), cpuMs: (process.cpuUsage().user + process.cpuUsage().system) / 1000 });
const span = (a: ReturnType<typeof mark>, b: ReturnType<typeof mark>) => ({
  wallMs: b.at - a.at,
  cpuMs: b.cpuMs - a.cpuMs,
});

process.chdir(dir);
const start = mark();
await build({ root: dir, outDir: out, logLevel: 'warn' });
const built = mark();
const { index, errors } = await pagefind.createIndex({});
if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
const added = await index.addDirectory({ path: out });
const written = await index.writeFiles({ outputPath: `${out}/pagefind` });
if (added.errors.length || written.errors.length) throw new Error([...added.errors, ...written.errors].join('; '));
await pagefind.close();
const indexed = mark();
if (process.env.KUULTU_PHASES_FILE)
  writeFileSync(
    process.env.KUULTU_PHASES_FILE,
    `${JSON.stringify({ phases: { astro: span(start, built), search: span(built, indexed) }, indexed: added.page_count })}\n`,
  );
console.log(`floor: built ${added.page_count} pages`);

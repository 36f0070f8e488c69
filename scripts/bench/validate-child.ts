/**
 * Child entry point of `npm run bench`: validates one content root in a fresh process and prints
 * one line of JSON — how long loadProject took, the process's peak memory and CPU time.
 *
 *   SOURCE_DATE_EPOCH=1795392000 node scripts/bench/validate-child.ts DIR
 */
import { loadProject } from '../../src/validate/load-project.ts';

const root = process.argv[2];
if (!root) {
  console.error('usage: node scripts/bench/validate-child.ts DIR');
  process.exit(2);
}
/** Milliseconds since the process started, before anything of kuultu's was loaded. */
const loadedAt = performance.now();
const started = performance.now();
const cpuBefore = process.cpuUsage();
const result = await loadProject(root);
const validateMs = performance.now() - started;
const cpu = process.cpuUsage(cpuBefore);
const usage = process.resourceUsage();
console.log(
  JSON.stringify({
    validateMs,
    /** CPU time of loadProject alone (all threads, so GC helpers count too). */
    validateCpuMs: (cpu.user + cpu.system) / 1000,
    startupMs: loadedAt,
    cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000,
    maxRssMb: usage.maxRSS / 1024,
    errors: result.problems.filter((p) => p.severity === 'error').length,
    warnings: result.problems.filter((p) => p.severity !== 'error').length,
    counts: result.counts,
  }),
);

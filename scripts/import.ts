/**
 * `npm run import -- <source> <file> …`: brings a feedback system's, survey tool's or Decidim's
 * export into data/ (src/import/run.ts). Exit code 1 when nothing was imported or the result
 * would not publish.
 */
import { runImport } from '../src/import/run.ts';

try {
  process.exitCode = await runImport(process.argv.slice(2));
} catch (e) {
  console.log(
    `kuultu stopped on an internal error, which is a bug in kuultu, not in your file: ${e instanceof Error ? e.message : String(e)}`,
  );
  if (process.env.KUULTU_DEBUG) console.log(e instanceof Error ? (e.stack ?? '') : '');
  process.exitCode = 1;
}

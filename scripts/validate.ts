/**
 * `npm run validate [-- --strict] [-- --format json] [-- --root DIR]`: check every file and
 * print every problem, without building. Exit code 1 when the data would not publish.
 */
import { withSiteChecks } from '../src/site/own-links.ts';
import { runValidation } from '../src/validate/run.ts';

const outcome = await runValidation(process.argv.slice(2), undefined, undefined, withSiteChecks);
process.exitCode = outcome.ok ? 0 : 1;

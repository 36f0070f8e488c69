/**
 * `npm run import -- <source> <file> …`: brings a feedback system's, survey tool's or Decidim's
 * export into data/ (src/import/run.ts). Exit code 1 when nothing was imported or the result
 * would not publish.
 */
import { runImport } from '../src/import/run.ts';
import { runCommand } from './lib/command.ts';

process.exitCode = await runCommand((io) => runImport(io.argv, io.print, io.env, io.cwd));

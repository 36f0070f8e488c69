/**
 * The validation step shared by `npm run validate` and `npm run build`. An author must never
 * see a stack trace: anything unexpected is reported as kuultu's own fault, in one sentence.
 */
import { statSync } from 'node:fs';
import type { Text } from '../core/lang.ts';
import { internalError } from '../core/problem.ts';
import { fails, parseArgs, renderReport, type CliOptions } from './cli.ts';
import { loadProject, type LoadOptions, type LoadResult, type Project } from './load-project.ts';

export type Outcome = { ok: true; project: Project; options: CliOptions } | { ok: false };

/**
 * `env` is the process's unless a caller (the tests) gives its own: GITHUB_ACTIONS, KUULTU_ROOT,
 * KUULTU_DEBUG and SOURCE_DATE_EPOCH are read from it, nothing else is global.
 */
export async function runValidation(
  argv: readonly string[],
  print: (text: string) => void = (t) => console.log(t),
  env: NodeJS.ProcessEnv = process.env,
  /** Checks of the layers above the validator (the site's own links: src/site/own-links.ts). */
  siteChecks: (result: LoadResult) => LoadResult = (result) => result,
  /** How the content root is loaded (`npm run build` keeps validated CSV files for the next build). */
  loadOptions: (root: string) => LoadOptions = () => ({}),
): Promise<Outcome> {
  const args = parseArgs(argv, env, process.cwd());
  if (!args.ok) {
    print(`kuultu: ${args.message[args.lang]}`);
    return { ok: false };
  }
  const { options } = args;
  const { lang, root } = options;
  if (!isFolder(root)) {
    const words: Text = {
      fi: `kansiota ${root} ei ole: anna --root-valitsimelle kansio, jossa content/ ja data/ ovat`,
      sv: `mappen ${root} finns inte: ge --root den mapp som innehåller content/ och data/`,
      en: `there is no folder ${root} to check: give --root the folder that holds content/ and data/`,
    };
    print(`kuultu: ${words[lang]}`);
    return { ok: false };
  }
  try {
    const result = siteChecks(await loadProject(options.root, env, loadOptions(options.root)));
    print(renderReport(result.problems, { counts: result.counts }, options));
    if (!result.project || fails(result.problems, options.strict)) return { ok: false };
    return { ok: true, project: result.project, options };
  } catch (e) {
    print(internalError(e)[lang]);
    if (env.KUULTU_DEBUG) print(e instanceof Error ? (e.stack ?? '') : '');
    return { ok: false };
  }
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

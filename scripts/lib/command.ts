/**
 * What the team's commands (new, action, report) share with the validator: `--root DIR` names
 * the site folder, `--lang fi|sv|en` the language they speak, else the site's default
 * language; and "would the validator accept this?", answered by the validator itself on a
 * copy of the site with the changed files in it, so a command never writes what a build refuses.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { LANGUAGES, type Lang, type Text } from '../../src/core/lang.ts';
import { formatProblem, internalError, sortProblems, type Problem } from '../../src/core/problem.ts';
import { asOfDate } from '../../src/validate/as-of.ts';
import { readSite } from '../../src/validate/content.ts';
import { authorLanguage, FALLBACK_LANG, langOption } from '../../src/validate/language.ts';
import { loadProject } from '../../src/validate/load-project.ts';
import { withSiteChecks } from '../../src/site/own-links.ts';

export type Words = Text;

export interface CommandArgs {
  root: string;
  lang: Lang;
  /** The site's languages, default first (every language when site.yaml cannot be read). */
  languages: readonly Lang[];
  /** Everything that is not --root or --lang, in order. */
  words: string[];
  /** Other --flags and their values are left in `words` for the command to read. */
}

export type ParsedCommand = { ok: true; args: CommandArgs } | { ok: false; message: string };

const NO_ROOT: Text = {
  fi: '--root-valitsimen perään tarvitaan kansio',
  sv: '--root behöver en mapp',
  en: '--root needs a folder',
};

/**
 * `--root` and `--lang` wherever they stand; the language is the validator's choice
 * (`--lang`, else the site's default language), so one site's authors read one language.
 */
export function parseCommand(argv: readonly string[], env: NodeJS.ProcessEnv, cwd: string): ParsedCommand {
  const chosen = langOption(argv);
  let root = env.KUULTU_ROOT ?? cwd;
  const words: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--root') {
      const r = argv[++i];
      if (!r) return { ok: false, message: NO_ROOT[authorLanguage(root, chosen.lang)] };
      root = r;
    } else if (arg === '--lang') i++;
    else words.push(arg);
  }
  const lang = authorLanguage(root, chosen.lang);
  if (chosen.problem) return { ok: false, message: chosen.problem[lang] };
  const site = existsSync(join(root, 'content/site.yaml')) ? readSite(root).site : undefined;
  const languages = site?.languages ?? LANGUAGES;
  return { ok: true, args: { root, lang, languages, words } };
}

/** Finnish, Swedish or English by the reader's language, filled in with `{name}` values. */
export function fill(lang: Lang, words: Words, values: Readonly<Record<string, string | number>> = {}): string {
  return words[lang].replace(/\{(\w+)\}/g, (m, name: string) => (name in values ? String(values[name]) : m));
}

/** The build's "now" as an epoch for SOURCE_DATE_EPOCH, so a copy outside git keeps the same date. */
function asOfEnv(root: string, env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const site = readSite(root).site;
  const asOf = asOfDate(root, site?.timezone ?? 'Europe/Helsinki', env);
  if (!asOf) return { ...env };
  return { ...env, SOURCE_DATE_EPOCH: String(Date.parse(`${asOf.date}T12:00:00Z`) / 1000) };
}

const key = (p: Problem) => `${p.file}\0${p.code}\0${p.message.en}`;

/**
 * The errors the validator would newly report if `changes` (repository-relative path → bytes)
 * were written: errors the site already had elsewhere are the author's to fix, not a reason to
 * refuse this change.
 */
export async function newErrors(
  root: string,
  changes: ReadonlyMap<string, Uint8Array>,
  processEnv: NodeJS.ProcessEnv = process.env,
): Promise<Problem[]> {
  const env = asOfEnv(root, processEnv);
  const before = withSiteChecks(await loadProject(root, env));
  const copy = mkdtempSync(join(tmpdir(), 'kuultu-check-'));
  try {
    // public/ too: site.yaml's logo and favicon must be there, or the copy would newly fail on them.
    for (const dir of ['content', 'data', 'public']) {
      if (existsSync(join(root, dir))) cpSync(join(root, dir), join(copy, dir), { recursive: true });
    }
    for (const [file, bytes] of changes) {
      mkdirSync(dirname(join(copy, file)), { recursive: true });
      writeFileSync(join(copy, file), bytes);
    }
    const after = withSiteChecks(await loadProject(copy, env));
    const known = new Set(before.problems.filter((p) => p.severity === 'error').map(key));
    return sortProblems(after.problems.filter((p) => p.severity === 'error' && !known.has(key(p))));
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

export function formatProblems(problems: readonly Problem[], lang: Lang): string {
  return problems.map((p) => formatProblem(p, lang)).join('\n\n');
}

/**
 * What a command reads and prints: the process's own under `npm run`; a test passes its own and
 * runs the command in its process, as test/commands/support.ts does.
 */
export interface CommandIo {
  argv: readonly string[];
  env: NodeJS.ProcessEnv;
  cwd: string;
  print: (text: string) => void;
}

export type Command = (io: CommandIo) => Promise<number>;

/**
 * Run a command's main so an author never sees a stack trace, only kuultu's own sentence; the
 * exit code it returns. A script ends with `if (import.meta.main) process.exitCode = await
 * runCommand(main);`, so importing it (a test does) runs nothing.
 */
export async function runCommand(main: Command, io: CommandIo = processIo()): Promise<number> {
  try {
    return await main(io);
  } catch (e) {
    io.print(internalError(e)[speaking(io)]);
    if (io.env.KUULTU_DEBUG && e instanceof Error) io.print(e.stack ?? '');
    return 1;
  }
}

/** The language the command would have spoken had it not failed; Finnish when even that cannot be told. */
function speaking(io: CommandIo): Lang {
  try {
    const parsed = parseCommand(io.argv, io.env, io.cwd);
    return parsed.ok ? parsed.args.lang : authorLanguage(io.env.KUULTU_ROOT ?? io.cwd, langOption(io.argv).lang);
  } catch {
    return FALLBACK_LANG;
  }
}

function processIo(): CommandIo {
  return { argv: process.argv.slice(2), env: process.env, cwd: process.cwd(), print: (text) => console.log(text) };
}

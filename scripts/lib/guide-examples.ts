/**
 * The author guides show the team's commands with the output they really print, in the guide's
 * language. This runs each example as an author would (`npm run <script> -- …`: the function the
 * script runs, with the same arguments, environment and folder, in this process — what it prints
 * is what the script prints, without starting Node 15 times) on a fresh copy of the example city,
 * one copy per language, and returns
 * each example as a Markdown code block for `withOutputs` (src/docs/guides.ts). The as-of date is
 * fixed, so the output changes only when kuultu's behaviour or the example city's data does —
 * then `npm run author-guide` writes the new output and the guides' test asks for it.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Lang } from '../../src/core/lang.ts';
import { openCsv, encodeCsv, replaceCells } from '../../src/csv/edit.ts';
import { withSiteChecks } from '../../src/site/own-links.ts';
import { runValidation } from '../../src/validate/run.ts';
import { runCommand, type Command } from './command.ts';

/** 23.11.2026 in Helsinki: the example city's "now" in the guides (and in the e2e builds). */
export const GUIDE_AS_OF_EPOCH = '1795392000';
/** How the guides show the folder the author works in (the copy's real path changes every run). */
export const SHOWN_ROOT = '~/kuulee';
/** The example city's default language: its commands need no --lang. */
const SITE_LANG: Lang = 'fi';

interface Example {
  name: string;
  script: 'new' | 'action' | 'report' | 'validate';
  args: readonly string[];
  /** Files changed before the command runs (a broken cell for the validator to find). */
  before?: (root: string) => void;
  /** Commands shown and run after it, in the copy's folder (`git diff --stat`). */
  after?: readonly (readonly string[])[];
  /** Shorten long output for the page; the rule is stated where the guide shows it. */
  shorten?: (output: string) => string;
}

/** Set one cell of the row whose first cell is `id`, byte for byte as `npm run action` edits. */
function setCell(root: string, file: string, id: string, column: string, value: string): void {
  const path = join(root, file);
  const csv = openCsv(readFileSync(path));
  if (!csv) throw new Error(`${file} cannot be read`);
  const cellText = (r: (typeof csv.records)[number], i: number) =>
    csv.text.slice(r.cells[i]!.start, r.cells[i]!.end).replace(/^\uFEFF/, '');
  const header = csv.records[0]!;
  const col = header.cells.findIndex((_, i) => cellText(header, i) === column);
  const record = csv.records.find((r) => cellText(r, 0) === id);
  if (col === -1 || !record) throw new Error(`${file} has no ${column} or no row ${id}`);
  writeFileSync(path, encodeCsv(replaceCells(csv, record, new Map([[col, value]])), csv.layout));
}

/**
 * The report's lists, each cut to its first two items and "…": the terminal shows ten per list
 * and the HTML file all of them, which the guide says in words.
 */
export function shortenReport(output: string): string {
  const kept: string[] = [];
  let items = 0;
  let cut = false;
  const cutHere = () => {
    if (!cut) kept.push('  …');
    cut = true;
  };
  for (const line of output.split('\n')) {
    if (line.startsWith('  - ')) {
      items++;
      if (items <= 2) kept.push(line);
      else cutHere();
    } else if (line.startsWith('      ')) {
      if (items <= 2) kept.push(line);
    } else if (line.startsWith('  … ')) cutHere();
    else {
      items = 0;
      cut = false;
      kept.push(line);
    }
  }
  return kept.join('\n');
}

export const EXAMPLES: readonly Example[] = [
  { name: 'new', script: 'new', args: ['meeting', 'lasten-parlamentti', '14.4.2027'] },
  {
    name: 'action',
    script: 'action',
    args: ['A-2025-002', 'done', '20.11.2026', 'Uusi aikataulu käytössä'],
    after: [['git', 'diff', '--stat']],
  },
  { name: 'action-refused', script: 'action', args: ['A-2024-008', 'valmis', '1.1.2020', 'Valmis'] },
  { name: 'report', script: 'report', args: [], shorten: shortenReport },
  {
    name: 'validate',
    script: 'validate',
    args: [],
    before: (root) => {
      setCell(root, 'data/actions.csv', 'A-2025-003', 'status', 'valmis');
      setCell(root, 'data/feedback/palautteet-2026-h1.csv', 'P-2026-00001', 'theme', 'Lumityöt');
      setCell(root, 'data/feedback/palautteet-2026-h1.csv', 'P-2026-00002', 'date', '31.2.2026');
    },
  },
];

function quoted(arg: string): string {
  return /^[\w.,:/@%+=-]+$/.test(arg) ? arg : `"${arg}"`;
}

function shownCommand(example: Example, lang: Lang): string {
  const args = [...example.args, ...(lang === SITE_LANG ? [] : ['--lang', lang])];
  return `$ npm run ${example.script}${args.length > 0 ? ` -- ${args.map(quoted).join(' ')}` : ''}`;
}

/** The commands' own functions: what scripts/<script>.ts runs when it is the program. */
const COMMANDS: Record<Exclude<Example['script'], 'validate'>, () => Promise<{ main: Command }>> = {
  new: () => import('../new.ts'),
  action: () => import('../action.ts'),
  report: () => import('../report.ts'),
};

/** `npm run <script> -- …args` in this process, in an author's terminal: its printed lines. */
async function runScript(repo: string, script: Example['script'], args: readonly string[]): Promise<string> {
  const env: NodeJS.ProcessEnv = { ...process.env, SOURCE_DATE_EPOCH: GUIDE_AS_OF_EPOCH, NO_COLOR: '1' };
  for (const name of ['GITHUB_ACTIONS', 'GITHUB_STEP_SUMMARY', 'KUULTU_ROOT', 'KUULTU_DEBUG', 'FORCE_COLOR'])
    delete env[name];
  let out = '';
  const print = (text: string) => (out += `${text}\n`);
  if (script === 'validate') await runValidation(args, print, env, withSiteChecks);
  else await runCommand((await COMMANDS[script]()).main, { argv: args, env, cwd: repo, print });
  return out;
}

const GIT = ['-c', 'user.name=kuultu', '-c', 'user.email=kuultu@example.invalid', '-c', 'commit.gpgsign=false'];

/** Every example's code block in `lang`, run on a fresh copy of the example city in `repo`. */
export async function guideOutputs(repo: string, lang: Lang): Promise<Record<string, string>> {
  const root = mkdtempSync(join(tmpdir(), 'kuultu-guide-'));
  try {
    // public/ too: site.yaml's logo is there, and validation checks it is.
    for (const dir of ['content', 'data', 'public']) cpSync(join(repo, dir), join(root, dir), { recursive: true });
    const git = (args: readonly string[]) =>
      execFileSync('git', [...GIT, ...args], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    git(['init', '-q']);
    git(['add', '-A']);
    git(['commit', '-q', '-m', 'the example city']);
    const outputs: Record<string, string> = {};
    for (const example of EXAMPLES) {
      example.before?.(root);
      const args = [...example.args, '--root', root, '--lang', lang];
      let output = (await runScript(repo, example.script, args)).trimEnd();
      output = output.split(root).join(SHOWN_ROOT);
      if (example.shorten) output = example.shorten(output);
      const parts = [shownCommand(example, lang), output];
      for (const command of example.after ?? []) parts.push(`$ ${command.join(' ')}`, git(command.slice(1)).trimEnd());
      outputs[example.name] = `\`\`\`\n${parts.join('\n')}\n\`\`\``;
    }
    return outputs;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

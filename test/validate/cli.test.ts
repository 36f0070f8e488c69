/**
 * `npm run validate` as an author or CI runs it: its exit code and exactly what it prints.
 * Whatever is in the folder, the output is problems and a summary line, never a stack trace.
 *
 * A few runs are real child processes (exit code, stdout, a stack trace reaching stderr, the
 * example city through npm); the rest call runValidation, the function scripts/validate.ts
 * calls, in this process with the same arguments and environment — the same output in a
 * fraction of the time, since each child process starts Node and loads zod and the schemas.
 */
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DONE_NEEDS } from '../../src/schemas/action.ts';
import { runValidation } from '../../src/validate/run.ts';
import { NODE, runChild } from '../support/child.ts';
import { replaceIn, SOURCE_DATE_EPOCH, siteCopies } from '../support/site-copies.ts';

// The runs go on side by side; the copies are removed once they have all ended.
const smallSite = siteCopies('cli');

/** The environment of an author's terminal: no CI, no debug switches, a fixed "today". */
function authorEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, SOURCE_DATE_EPOCH, ...extra };
  for (const name of ['GITHUB_ACTIONS', 'KUULTU_ROOT', 'KUULTU_DEBUG']) if (!(name in extra)) delete env[name];
  return env;
}

/** English unless a test asks for a language: the small site's own default is Finnish. */
function english(args: readonly string[]): string[] {
  return args.includes('--lang') ? [...args] : [...args, '--lang', 'en'];
}

/** `npm run validate` in this process: what scripts/validate.ts prints and the exit code it sets. */
async function inProcess(args: readonly string[], env: Record<string, string> = {}) {
  let stdout = '';
  const outcome = await runValidation(args, (text) => (stdout += `${text}\n`), authorEnv(env));
  return { status: outcome.ok ? 0 : 1, stdout, stderr: '', all: stdout };
}

async function validate(args: readonly string[], env: Record<string, string> = {}) {
  return inProcess(english(args), env);
}

/** A child process (asynchronous: spawnSync would block the other tests meanwhile). */
async function execute(command: string, args: readonly string[], env: NodeJS.ProcessEnv) {
  const run = await runChild(command, args, { env });
  return { status: run.code, stdout: run.stdout, stderr: run.stderr, all: run.output };
}

/** `npm run validate` as a child process. */
function validateProcess(args: readonly string[], env: Record<string, string> = {}) {
  return execute(NODE, ['scripts/validate.ts', ...english(args)], authorEnv(env));
}

const STACK_LINE = /^ {4}at /m;
const CLEAN_SUMMARY =
  'kuultu: read 11 content files, 4 feedback rows, 4 actions, 4 action updates, 4 survey rows, 3 vote options: no problems.';
const VALMIS = 'A-2025-003,Uudet penkit Keskuspuistoon,,New benches in the Central Park,,,,puistot,done';
const VALMIS_MESSAGE =
  'data/actions.csv:6:9 (row 4, column I, A-2025-003)  status "valmis" is not a status.\n    expected: planned, in-progress, done, declined\n    fix: write "done" (valmis = done); a done action needs a completed date, progress 100 or empty, and, if it has rows in data/action-updates.csv, a last row there with status done and the completed date';

function siteWithValmis(): string {
  const root = smallSite();
  replaceIn(root, 'data/actions.csv', VALMIS, VALMIS.replace(',done', ',valmis'));
  return root;
}

function siteWithUnknownColumn(): string {
  const root = smallSite();
  replaceIn(root, 'data/feedback/palaute-2026.csv', ',publish\n', ',publsh\n');
  return root;
}

// A child process starts Node and reads a whole site: generous time for a busy CI machine.
describe.concurrent('npm run validate', { timeout: 120_000 }, () => {
  it('prints only the summary line and exits 0 for a clean site (a process)', async () => {
    const run = await validateProcess(['--root', smallSite()]);
    expect(run.stdout).toBe(`${CLEAN_SUMMARY}\n`);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('prints each problem and exits 1 for a broken site (a process)', async () => {
    const run = await validateProcess(['--root', siteWithValmis()]);
    expect(run.stdout).toBe(
      `${VALMIS_MESSAGE}\n\nkuultu: read 11 content files, 4 feedback rows, 3 actions, 4 action updates, 4 survey rows, 3 vote options: 1 error, 0 warnings — nothing was published.\n`,
    );
    expect(run.status).toBe(1);
  });

  it('never prints a stack trace, even for a folder named like a file and a binary CSV (a process)', async () => {
    const root = smallSite();
    rmSync(path.join(root, 'data/actions.csv'));
    mkdirSync(path.join(root, 'data/actions.csv'));
    writeFileSync(
      path.join(root, 'data/feedback/palaute-2026.csv'),
      Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0xff, 0xfe, 0x81]),
    );
    mkdirSync(path.join(root, 'content/bodies/fi/valtuusto.mdx'));
    symlinkSync(path.join(root, 'nowhere.csv'), path.join(root, 'data/feedback/linkki.csv'));
    const run = await validateProcess(['--root', root]);
    expect(run.all).not.toMatch(STACK_LINE);
    expect(run.all).not.toContain('internal error');
    expect(run.stdout).toContain('data/actions.csv  this is a folder, not a file, so kuultu cannot read it.\n');
    expect(run.stdout).toContain(
      'data/feedback/linkki.csv  this is a link to a file that is not there, so kuultu cannot read it.\n',
    );
    expect(run.stdout).toContain(
      'data/feedback/palaute-2026.csv:1  byte 0x00 is not text in UTF-8 or Windows-1252: the file is not a CSV text file, or it is damaged.\n',
    );
    expect(run.status).toBe(1);
  });

  it('never prints a stack trace when site.yaml is a folder', async () => {
    const root = smallSite();
    rmSync(path.join(root, 'content/site.yaml'));
    mkdirSync(path.join(root, 'content/site.yaml'));
    const run = await validate(['--root', root]);
    expect(run.all).not.toMatch(STACK_LINE);
    expect(run.stdout).toMatch(
      /^content\/site\.yaml {2}this is a folder, not a file, so kuultu cannot read it\.\n {4}expected: .*\n {4}fix: .*\n\nkuultu: read .*: 1 error, 0 warnings — nothing was published\.\n$/,
    );
    expect(run.status).toBe(1);
  });

  it('passes with warnings, and says so, without --strict', async () => {
    const run = await validate(['--root', siteWithUnknownColumn()]);
    expect(run.stdout).toContain(
      'data/feedback/palaute-2026.csv:1:9 (row 1, column I)  warning: column "publsh" is not a column of a feedback file, so it is ignored.\n',
    );
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe(
      'kuultu: read 11 content files, 4 feedback rows, 4 actions, 4 action updates, 4 survey rows, 3 vote options: 0 errors, 1 warning.',
    );
    expect(run.status).toBe(0);
  });

  it('fails on warnings with --strict', async () => {
    const run = await validate(['--root', siteWithUnknownColumn(), '--strict']);
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe(
      'kuultu: read 11 content files, 4 feedback rows, 4 actions, 4 action updates, 4 survey rows, 3 vote options: 0 errors, 1 warning — nothing was published. (--strict: warnings count as errors)',
    );
    expect(run.status).toBe(1);
  });

  it('adds a GitHub annotation for each problem in GitHub Actions', async () => {
    const root = siteWithValmis();
    replaceIn(root, 'data/feedback/palaute-2026.csv', ',publish\n', ',publsh\n');
    const run = await validate(['--root', root], { GITHUB_ACTIONS: 'true' });
    const annotations = run.stdout.split('\n').filter((line) => line.startsWith('::'));
    expect(annotations).toEqual([
      '::error file=data/actions.csv,line=6,col=9::(row 4, column I, A-2025-003) status "valmis" is not a status.%0Aexpected: planned, in-progress, done, declined%0Afix: write "done" (valmis = done); a done action needs a completed date, progress 100 or empty, and, if it has rows in data/action-updates.csv, a last row there with status done and the completed date',
      '::warning file=data/feedback/palaute-2026.csv,line=1,col=9::(row 1, column I) column "publsh" is not a column of a feedback file, so it is ignored.%0Aexpected: id, date, theme, channel, type, service, count, text, lang, answered, publish%0Afix: did you mean "publish"? Rename the column, or delete it',
    ]);
    expect(run.stdout).toContain(`${VALMIS_MESSAGE}\n`);
    expect(run.status).toBe(1);
  });

  it('prints the same problems as parseable JSON with --format json', async () => {
    const run = await validate(['--root', siteWithValmis(), '--format', 'json']);
    const report = JSON.parse(run.stdout) as {
      ok: boolean;
      errors: number;
      warnings: number;
      counts: Record<string, number>;
      problems: unknown[];
    };
    expect(report).toMatchObject({ ok: false, errors: 1, warnings: 0, counts: { actions: 3, 'feedback rows': 4 } });
    expect(report.problems).toEqual([
      {
        severity: 'error',
        file: 'data/actions.csv',
        line: 6,
        column: 9,
        row: 4,
        columnLetter: 'I',
        id: 'A-2025-003',
        code: 'enum',
        message: 'status "valmis" is not a status.',
        expected: 'planned, in-progress, done, declined',
        fix: `write "done" (valmis = done); ${DONE_NEEDS.en}`,
      },
    ]);
    expect(run.status).toBe(1);
  });

  it('prints ok JSON with no problems for a clean site', async () => {
    const run = await validate(['--root', smallSite(), '--format', 'json']);
    expect(JSON.parse(run.stdout)).toMatchObject({ ok: true, errors: 0, warnings: 0, problems: [] });
    expect(run.status).toBe(0);
  });

  it('answers an unknown option with the options there are, and exits 1', async () => {
    const run = await validate(['--stritc']);
    expect(run.stdout).toBe(
      'kuultu: unknown option --stritc (options: --strict, --format text|json|codequality, --root DIR, --out DIR, --lang fi|sv|en)\n',
    );
    expect(run.all).not.toMatch(STACK_LINE);
    expect(run.status).toBe(1);
  });

  it('answers a --root that is not a folder in one sentence, and exits 1', async () => {
    const missing = path.join(tmpdir(), 'kuultu-no-such-folder');
    const run = await validate(['--root', missing]);
    expect(run.stdout).toBe(
      `kuultu: there is no folder ${missing} to check: give --root the folder that holds content/ and data/\n`,
    );
    expect(run.status).toBe(1);
  });

  it("passes the repository's own example city with only a summary line, in its default language (npm)", async () => {
    const env = authorEnv();
    delete env.SOURCE_DATE_EPOCH;
    const run = await execute('npm', ['run', '--silent', 'validate'], env);
    expect(run.stdout).toMatch(/^kuultu: luettiin \d+ sisältötiedostoa, \d+ palauteriviä, .*: ei ongelmia\.\n$/);
    expect(run.status).toBe(0);
  });

  it("speaks the site's default language without --lang, and the language --lang names", async () => {
    const [fi, sv, bad] = await Promise.all([
      inProcess(['--root', siteWithValmis()]),
      inProcess(['--root', siteWithValmis(), '--lang', 'sv']),
      inProcess(['--root', smallSite(), '--lang', 'de']),
    ]);
    expect(fi.stdout).toContain('\n    kelpaa: planned, in-progress, done, declined\n    korjaus: ');
    expect(fi.stdout).toContain(
      'kuultu: luettiin 11 sisältötiedostoa, 4 palauteriviä, 3 toimenpidettä, 4 tilannepäivitystä, 4 kyselyriviä, 3 äänestysvaihtoehtoa: 1 virhe, 0 varoitusta — mitään ei julkaistu.\n',
    );
    expect(sv.stdout).toContain('\n    godtas: planned, in-progress, done, declined\n    åtgärd: ');
    expect(sv.stdout).toContain(': 1 fel, 0 varningar — ingenting publicerades.\n');
    expect(bad.stdout).toBe('kuultu: --lang-valitsimen arvo on fi, sv, en, ei de\n');
    expect(bad.status).toBe(1);
  });
});

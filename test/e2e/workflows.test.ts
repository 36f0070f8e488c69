/**
 * The publishing workflows, run the way GitHub Actions and GitLab CI run them: each file is read
 * as YAML, and its shell steps run in order, in a fresh git repository holding kuultu and the
 * small fixture site, committed at a known date. Only `npm ci` is not run: the copy borrows this
 * checkout's node_modules instead of downloading them again.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { repoDir, smallSiteDir } from './support/build-site.ts';

/** 2026-11-20 10:00 UTC: the commit date every page's "now" must come from. */
const COMMIT_DATE = '2026-11-20T10:00:00Z';

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  id?: string;
}
interface GithubJob {
  if?: string;
  needs?: string | string[];
  steps: Step[];
  permissions?: Record<string, string>;
}
interface Github {
  on: Record<string, unknown>;
  jobs: Record<string, GithubJob>;
}
interface GitlabJob {
  stage: string;
  rules: { if: string }[];
  script: string[];
  artifacts?: { paths?: string[]; when?: string; reports?: { codequality?: string } };
  pages?: { publish: string };
}

const github = parse(readFileSync(join(repoDir, '.github/workflows/publish.yml'), 'utf8')) as Github;
const gitlabFile = parse(readFileSync(join(repoDir, '.gitlab-ci.yml'), 'utf8')) as Record<string, unknown>;
const gitlab = gitlabFile as Record<string, GitlabJob>;
const gitlabCache = gitlabFile['cache'] as { key: unknown; paths: string[] }[];

const git = (cwd: string, ...args: string[]) =>
  spawnSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_DATE: COMMIT_DATE,
      GIT_COMMITTER_DATE: COMMIT_DATE,
      GIT_AUTHOR_NAME: 'Viestintä',
      GIT_AUTHOR_EMAIL: 'viestinta@pikkula.example',
      GIT_COMMITTER_NAME: 'Viestintä',
      GIT_COMMITTER_EMAIL: 'viestinta@pikkula.example',
    },
  });

/** A city's repository as an author has it: kuultu's files, the fixture's content/ and data/, one commit. */
function siteRepository(name: string, change?: (dir: string) => void): string {
  const dir = join(inject('e2eTmp'), name);
  const files = git(repoDir, 'ls-files', '-co', '--exclude-standard').stdout.split('\n');
  for (const file of files) {
    if (!file || /^(content|data|test)\//.test(file) || !existsSync(join(repoDir, file))) continue;
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    cpSync(join(repoDir, file), join(dir, file));
  }
  for (const part of ['content', 'data']) cpSync(join(smallSiteDir, part), join(dir, part), { recursive: true });
  change?.(dir);
  symlinkSync(join(repoDir, 'node_modules'), join(dir, 'node_modules'));
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '-A');
  expect(git(dir, 'commit', '-q', '-m', 'Aineisto marraskuu').status).toBe(0);
  return dir;
}

interface StepRun {
  command: string;
  code: number | null;
  output: string;
}

/**
 * Runs shell steps one after another as a CI runner does: each in bash with -e, stopping at the
 * first that fails, with GITHUB_ENV lines carried into the steps after it.
 */
function runSteps(dir: string, commands: readonly string[], ci: Record<string, string>): StepRun[] {
  const envFile = join(dir, '.github-env');
  writeFileSync(envFile, '');
  const runs: StepRun[] = [];
  for (const command of commands) {
    if (command.trim() === 'npm ci') continue;
    const carried = Object.fromEntries(
      readFileSync(envFile, 'utf8')
        .split('\n')
        .filter((l) => l.includes('='))
        .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
    );
    const { SOURCE_DATE_EPOCH: _, KUULTU_ROOT: __, ...env } = process.env;
    const r = spawnSync('bash', ['-e', '-c', command], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...env, ...ci, ...carried, GITHUB_ENV: envFile },
    });
    runs.push({ command, code: r.status, output: r.stdout + r.stderr });
    if (r.status !== 0) break;
  }
  return runs;
}

/** Where `npm run build` keeps what the next build reuses: src/build, src/validate/csv-cache.ts. */
const BUILD_CACHE = '.kuultu/cache';

const runsOf = (job: GithubJob) => job.steps.flatMap((s) => (s.run ? [s.run] : []));
const GITHUB_CI = { GITHUB_ACTIONS: 'true', CI: 'true', GITHUB_STEP_SUMMARY: '' };
const GITLAB_CI = { GITLAB_CI: 'true', CI: 'true', GITHUB_ACTIONS: '' };

describe('.github/workflows/publish.yml', () => {
  const { check, build, deploy } = github.jobs;

  it('checks pull requests, and publishes pushes to main with the official Pages actions', () => {
    expect(Object.keys(github.on)).toEqual(expect.arrayContaining(['pull_request', 'push']));
    expect(github.on['push']).toEqual({ branches: ['main'] });
    expect(check?.if).toBe("github.event_name == 'pull_request'");
    expect(build?.if).toBe("github.event_name != 'pull_request'");
    const uses = (job?: GithubJob) => (job?.steps ?? []).flatMap((s) => (s.uses ? [s.uses.split('@')[0]] : []));
    expect(uses(check)).not.toContain('actions/upload-pages-artifact');
    expect(uses(build)).toEqual(
      expect.arrayContaining(['actions/checkout', 'actions/configure-pages', 'actions/upload-pages-artifact']),
    );
    expect(deploy?.needs).toBe('build');
    expect(uses(deploy)).toEqual(['actions/deploy-pages']);
    expect(deploy?.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
  });

  it('keeps the build cache between runs in both jobs, so a data drop rebuilds only what it changed', () => {
    for (const job of [check!, build!]) {
      const cache = job.steps.find((s) => s.uses?.startsWith('actions/cache@'));
      expect(cache?.with?.['path']).toBe(BUILD_CACHE);
      // Restored from the newest run's, whatever its commit.
      expect(String(cache?.with?.['key'])).toMatch(/^kuultu-build-\$\{\{ github\.sha \}\}$/);
      expect(cache?.with?.['restore-keys']).toBe('kuultu-build-');
      const at = (pred: (s: Step) => boolean) => job.steps.findIndex(pred);
      expect(at((s) => s === cache)).toBeLessThan(at((s) => s.run === 'npm run build'));
    }
  });

  it('runs the same steps on a pull request as before publishing, in the same order', () => {
    expect(runsOf(check!)).toEqual(runsOf(build!));
    expect(runsOf(build!)[0]).toBe('npm ci');
  });

  it('builds the site on a push to main, dated by the commit, into the folder it uploads', () => {
    const dir = siteRepository('gh-main');
    const runs = runSteps(dir, runsOf(build!), GITHUB_CI);
    expect(runs.map((r) => [r.command, r.code])).toEqual(
      runsOf(build!)
        .slice(1)
        .map((c) => [c, 0]),
    );
    const upload = build!.steps.find((s) => s.uses?.startsWith('actions/upload-pages-artifact'));
    const published = join(dir, String(upload?.with?.['path']));
    const home = readFileSync(join(published, 'fi/index.html'), 'utf8');
    // "Now" is the commit's day, not the day the test runs.
    expect(home).toContain('Tilanne 20.11.2026');
    expect(existsSync(join(published, 'pagefind/pagefind.js'))).toBe(true);
    // The folder the workflow keeps is where the build keeps its cache.
    expect(existsSync(join(dir, BUILD_CACHE, 'incremental-build.json'))).toBe(true);
    expect(readdirSync(join(dir, BUILD_CACHE, 'csv')).length).toBeGreaterThan(0);
    // The team's report runs after the build and is not published with the site.
    expect(runsOf(build!).indexOf('npm run report')).toBeGreaterThan(runsOf(build!).indexOf('npm run build'));
    expect(runs.find((r) => r.command === 'npm run report')?.output).toMatch(/report\.html/);
    expect(existsSync(join(published, 'report.html'))).toBe(false);
  });

  it('stops a pull request with a mistake at the check, with an annotation on the line, and builds nothing', () => {
    const dir = siteRepository('gh-pull-request', (site) => {
      const csv = join(site, 'data/actions.csv');
      writeFileSync(csv, readFileSync(csv, 'utf8').replace(',in-progress,', ',valmis,'));
    });
    const runs = runSteps(dir, runsOf(check!), GITHUB_CI);
    const last = runs.at(-1)!;
    expect(last.command).toBe('npm run validate');
    expect(last.code).toBe(1);
    expect(last.output).toMatch(/^::error file=data\/actions\.csv,line=\d+,col=9::.*valmis/m);
    expect(existsSync(join(dir, 'dist'))).toBe(false);
  });
});

describe('.gitlab-ci.yml', () => {
  const { check, pages } = gitlab;

  it('checks merge requests and publishes the default branch on GitLab Pages, with the same steps', () => {
    expect(check?.rules).toEqual([{ if: '$CI_PIPELINE_SOURCE == "merge_request_event"' }]);
    expect(pages?.rules).toEqual([{ if: '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH' }]);
    const report = check!.script.find((c) => c.includes('--format codequality'));
    expect(check!.script.filter((c) => c !== report)).toEqual(pages?.script);
    expect(check?.artifacts).toEqual({ when: 'always', reports: { codequality: 'gl-code-quality-report.json' } });
    // The same npm steps as the GitHub workflow, in the same order.
    const npm = (commands: readonly string[]) => commands.filter((c) => c.startsWith('npm '));
    expect(npm(pages!.script)).toEqual(npm(runsOf(github.jobs['build']!)));
    expect(pages?.artifacts?.paths).toEqual([pages?.pages?.publish]);
    // The build cache is kept between pipelines, beside npm's.
    expect(gitlabCache.map((c) => c.paths)).toContainEqual([`${BUILD_CACHE}/`]);
  });

  it('fails a merge request with a mistake at the check, and lists the problem for the Code Quality widget', () => {
    const dir = siteRepository('gitlab-merge-request', (site) => {
      const csv = join(site, 'data/actions.csv');
      writeFileSync(csv, readFileSync(csv, 'utf8').replace(',in-progress,', ',valmis,'));
    });
    const runs = runSteps(dir, [check!.script.filter((c) => c !== 'npm ci').join('\n')], GITLAB_CI);
    expect(runs[0]?.code).not.toBe(0);
    expect(runs[0]?.output).toMatch(/data\/actions\.csv:2:9.*valmis/);
    const issues = JSON.parse(readFileSync(join(dir, 'gl-code-quality-report.json'), 'utf8')) as {
      severity: string;
      description: string;
      location: { path: string; lines: { begin: number } };
    }[];
    const valmis = issues.find((i) => i.description.includes('valmis'));
    expect(valmis?.location).toEqual({ path: 'data/actions.csv', lines: { begin: 2 } });
    expect(valmis?.severity).toBe('major');
    expect(existsSync(join(dir, 'dist'))).toBe(false);
  });

  it('builds the site on the default branch, dated by the commit, into the folder Pages publishes', () => {
    const dir = siteRepository('gitlab-main');
    // GitLab runs a job's script lines in one shell: an export holds for the lines after it.
    const runs = runSteps(dir, [pages!.script.filter((c) => c !== 'npm ci').join('\n')], GITLAB_CI);
    expect(runs[0]?.code, runs[0]?.output).toBe(0);
    const home = readFileSync(join(dir, pages!.pages!.publish, 'fi/index.html'), 'utf8');
    expect(home).toContain('Tilanne 20.11.2026');
  });
});

/**
 * `npm run dev` as an author uses it: started as a process on a copy of the small fixture site,
 * a page fetched, a file broken and saved, the page fetched again (at once, without waiting for
 * the file watcher), fixed, fetched again. While the files have problems every page answers 503
 * with the problem list and the terminal prints the same list; no answer is ever a stack trace
 * or the old page.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { AS_OF_EPOCH, copySite, repoDir, smallSiteDir } from './support/build-site.ts';
import { terminalEnv } from '../support/child.ts';

const root = join(inject('e2eTmp'), 'dev-site');
let child: ChildProcess;
let output = '';
let origin = '';

/** A V8 stack frame, `    at load (file.ts:12:3)`: never shown to an author. */
const STACK_FRAME = /^\s+at .+:\d+:\d+\)?$/m;

beforeAll(async () => {
  copySite(smallSiteDir, root);
  // vitest's own variables would make Astro's dev server skip serving pages (it checks VITEST).
  const env = terminalEnv();
  child = spawn(
    join(repoDir, 'node_modules/.bin/node'),
    ['scripts/dev.ts', '--root', root, '--port', '0', '--lang', 'en'],
    {
      cwd: repoDir,
      env: { ...env, SOURCE_DATE_EPOCH: AS_OF_EPOCH, GITHUB_ACTIONS: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  // Until it says where the preview is, or ends; the hook's timeout bounds the wait, no clock here.
  origin = await new Promise<string>((started, failed) => {
    const read = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const at = /preview at (http:\/\/\S+?)\/? /.exec(output)?.[1];
      if (at) started(at);
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.on('exit', () => failed(new Error(`npm run dev did not start:\n${output}`)));
  });
}, 150_000);

afterAll(() => {
  // A preview that never started: what it printed before the hook timed out.
  if (!origin) console.error(`npm run dev did not start:\n${output}`);
  child?.kill('SIGTERM');
});

async function get(path: string): Promise<{ status: number; html: string }> {
  const response = await fetch(origin + path);
  return { status: response.status, html: await response.text() };
}

function edit(file: string, change: (text: string) => string): void {
  const path = join(root, file);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
}

/** The terminal output from now on. */
function printedFrom(): () => string {
  const from = output.length;
  return () => output.slice(from);
}

describe('npm run dev', () => {
  it('serves the pages of the content root', async () => {
    const home = await get('/fi/');
    expect(home.status).toBe(200);
    expect(home.html).toContain('Pikkulan kunta kuulee');
    expect(output).toContain('kuultu: the preview shows the pages.');
  });

  it('shows the problem list on every page as soon as a broken CSV is saved, and prints it', async () => {
    const printed = printedFrom();
    edit('data/actions.csv', (t) => t.replace(',in-progress,', ',valmis,'));
    for (const path of ['/fi/themes/', '/sv/actions/', '/en/']) {
      const page = await get(path);
      expect(page.status, path).toBe(503);
      expect(page.html).toContain('<h1>The files need fixing</h1>');
      expect(page.html).toContain('<code>data/actions.csv:2:9');
      expect(page.html).toContain('&quot;valmis&quot;');
      expect(page.html).toMatch(/<p>Fix: write &quot;done&quot;/);
      expect(page.html).not.toMatch(STACK_FRAME);
    }
    expect(printed()).toContain('data/actions.csv:2:9 (row 2, column I, A-2026-001)  status "valmis"');
    expect(printed()).toContain('kuultu: the preview shows the list of problems until they are fixed.');
  });

  it('brings the pages back when the file is fixed, without a restart', async () => {
    edit('data/actions.csv', (t) => t.replace(',valmis,', ',in-progress,'));
    const page = await get('/fi/themes/');
    expect(page.status).toBe(200);
    expect(page.html).toMatch(/<h1[^>]*>Teemat<\/h1>/);
  });

  it('keeps each data file it has checked in the cache the build uses, so a save reads only the saved file again', () => {
    const csvFiles = (readdirSync(join(root, 'data'), { recursive: true }) as string[]).filter((f) =>
      f.endsWith('.csv'),
    );
    const kept = readdirSync(join(root, '.kuultu/cache/csv')).filter((f) => f.endsWith('.v8'));
    // One entry per file of the last check: the broken actions.csv's entry was pruned once it was fixed.
    expect(csvFiles.length).toBeGreaterThan(3);
    expect(kept).toHaveLength(csvFiles.length);
  });

  it('shows a broken MDX page as a problem, not as a compiler stack trace, and the new text once fixed', async () => {
    const file = 'content/pages/fi/tietoa.mdx';
    const good = readFileSync(join(root, file), 'utf8');
    edit(file, (t) => `${t}\nAvoin {aaltosulje\n`);
    const broken = await get('/fi/pages/tietoa/');
    expect(broken.status).toBe(503);
    expect(broken.html).toContain(`<code>${file}:`);
    expect(broken.html).not.toMatch(STACK_FRAME);
    writeFileSync(join(root, file), `${good}\nUusi kappale esikatselussa.\n`);
    const fixed = await get('/fi/pages/tietoa/');
    expect(fixed.status).toBe(200);
    expect(fixed.html).toContain('Uusi kappale esikatselussa.');
  });

  it('serves a new theme file at once, and answers 404 once it is deleted', async () => {
    const file = join(root, 'content/themes/fi/liikunta.mdx');
    writeFileSync(file, '---\ntitle: Liikunta\nsummary: Liikuntapaikat.\n---\nUimahalli ja kentät.\n');
    const added = await get('/fi/themes/liikunta/');
    expect(added.status).toBe(200);
    expect(added.html).toContain('Uimahalli ja kentät.');
    rmSync(file);
    expect((await get('/fi/themes/liikunta/')).status).toBe(404);
  });

  it('shows a mistake in site.yaml on every page, and never prints a stack trace', async () => {
    edit('content/site.yaml', (t) => t.replace('languages: [fi, sv, en]', 'languages: [fi, de]'));
    const page = await get('/fi/');
    expect(page.status).toBe(503);
    expect(page.html).toContain('<code>content/site.yaml:');
    expect(page.html).toContain('&quot;de&quot;');
    edit('content/site.yaml', (t) => t.replace('languages: [fi, de]', 'languages: [fi, sv, en]'));
    expect((await get('/fi/')).status).toBe(200);
    expect(output).not.toMatch(STACK_FRAME);
  });
});

/**
 * Built once per test run, shared by every e2e file: the example city and the small fixture
 * site, each built by the real `npm run build` into a temporary folder and served over HTTP,
 * and one Chromium that every file connects to. Building per file would multiply a 2-core CI
 * machine's work by the number of files.
 *
 * Nothing here throws: a failed build or a missing Chromium is handed to the tests as a message,
 * so every browser test fails saying why (and the unit tests still report) instead of the run
 * stopping with a bare setup error — and nothing is ever skipped.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserServer } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { copySite, repoDir, runBuild, smallSiteDir } from './support/build-site.ts';
import { serveStatic, type StaticServer } from './support/static-server.ts';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

declare module 'vitest' {
  export interface ProvidedContext {
    /** Folder the e2e builds and scratch copies live in; removed after the run. */
    e2eTmp: string;
    cityDir: string;
    cityUrl: string;
    /** The build's output when it failed, else ''. */
    cityError: string;
    smallDir: string;
    smallUrl: string;
    smallError: string;
    /** Playwright endpoint of the shared Chromium, or '' when it could not start. */
    browserEndpoint: string;
    browserError: string;
  }
}

function findChromium(): string | undefined {
  try {
    return (
      execFileSync('sh', ['-c', 'command -v chromium || command -v chromium-browser'], { encoding: 'utf8' })
        .trim()
        .split('\n')[0] || undefined
    );
  } catch {
    return undefined;
  }
}

async function startBrowser(): Promise<{ server?: BrowserServer; error: string }> {
  const executablePath = findChromium();
  if (!executablePath) {
    return {
      error:
        "Chromium was not found on PATH (`command -v chromium`). Install Debian's chromium (apt-get install -y chromium): the browser and accessibility tests need it and are never skipped.",
    };
  }
  try {
    const server = await chromium.launchServer({ executablePath, headless: true, args: CHROMIUM_ARGS });
    return { server, error: '' };
  } catch (e) {
    return { error: `Chromium at ${executablePath} did not start: ${e instanceof Error ? e.message : String(e)}` };
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const e2eTmp = mkdtempSync(join(tmpdir(), 'kuultu-e2e-'));
  const cityDir = join(e2eTmp, 'city');
  const smallDir = join(e2eTmp, 'small');
  // Built from a copy: a build keeps its cache in its content root (.kuultu/), and the fixture in
  // the repository must stay as git has it.
  const smallRoot = join(e2eTmp, 'small-site');
  copySite(smallSiteDir, smallRoot);
  // The two builds and the browser start side by side: together they are most of the setup time.
  const [city, small, browser] = await Promise.all([
    runBuild(repoDir, cityDir),
    runBuild(smallRoot, smallDir),
    startBrowser(),
  ]);
  const servers: StaticServer[] = [];
  const serve = async (dir: string, ok: boolean): Promise<string> => {
    if (!ok) return '';
    const server = await serveStatic(dir);
    servers.push(server);
    return server.url;
  };
  project.provide('e2eTmp', e2eTmp);
  project.provide('cityDir', cityDir);
  project.provide('cityUrl', await serve(cityDir, city.code === 0));
  project.provide(
    'cityError',
    city.code === 0 ? '' : `The example city did not build (exit ${city.code}):\n${city.output}`,
  );
  project.provide('smallDir', smallDir);
  project.provide('smallUrl', await serve(smallDir, small.code === 0));
  project.provide(
    'smallError',
    small.code === 0 ? '' : `The small fixture site did not build (exit ${small.code}):\n${small.output}`,
  );
  project.provide('browserEndpoint', browser.server?.wsEndpoint() ?? '');
  project.provide('browserError', browser.error);

  return async () => {
    await Promise.all(servers.map((s) => s.close()));
    await browser.server?.close();
    rmSync(e2eTmp, { recursive: true, force: true });
  };
}

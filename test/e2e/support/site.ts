/**
 * What an e2e test needs from the run's shared setup (test/e2e/global-setup.ts): the built
 * sites, the shared Chromium, and the example city's own data to assert against, so a test
 * checks what the data says rather than a copy of it typed into the test.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { loadProject, type Project } from '../../../src/validate/load-project.ts';
import { AS_OF_EPOCH, repoDir, smallSiteDir } from './build-site.ts';

export interface BuiltSite {
  dir: string;
  url: string;
  /** The page's HTML as written to disk (`/fi/themes/` → `fi/themes/index.html`). */
  html: (path: string) => string;
}

function site(dir: string, url: string, error: string): BuiltSite {
  if (error || !url) throw new Error(error || 'The site was not built (see the global setup output).');
  return {
    dir,
    url,
    html: (path) => readFileSync(join(dir, path.endsWith('/') ? `${path}index.html` : path), 'utf8'),
  };
}

export function citySite(): BuiltSite {
  return site(inject('cityDir'), inject('cityUrl'), inject('cityError'));
}

export function smallSite(): BuiltSite {
  return site(inject('smallDir'), inject('smallUrl'), inject('smallError'));
}

/** The shared Chromium; fails (never skips) with the reason when it is not there. */
export async function connectBrowser(): Promise<Browser> {
  const endpoint = inject('browserEndpoint');
  if (!endpoint) throw new Error(inject('browserError') || 'Chromium did not start in the global setup.');
  return chromium.connect(endpoint);
}

const projects = new Map<string, Promise<Project>>();

async function loaded(root: string): Promise<Project> {
  const result = await loadProject(root, { ...process.env, SOURCE_DATE_EPOCH: AS_OF_EPOCH });
  if (!result.project)
    throw new Error(`${root} did not validate: ${result.problems.map((p) => JSON.stringify(p)).join('\n')}`);
  return result.project;
}

/** The example city's validated data, as the build saw it. */
export function cityProject(): Promise<Project> {
  if (!projects.has(repoDir)) projects.set(repoDir, loaded(repoDir));
  return projects.get(repoDir)!;
}

export function smallProject(): Promise<Project> {
  if (!projects.has(smallSiteDir)) projects.set(smallSiteDir, loaded(smallSiteDir));
  return projects.get(smallSiteDir)!;
}

/** A page opened in its own context, so tests never share cookies, viewport or JS settings. */
export async function openPage(
  browser: Browser,
  url: string,
  options: Parameters<Browser['newContext']>[0] = {},
): Promise<{ context: BrowserContext; page: Page; status: number }> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const response = await page.goto(url, { waitUntil: 'load' });
  return { context, page, status: response?.status() ?? 0 };
}

/**
 * What an e2e test needs from the run's shared setup (test/e2e/global-setup.ts): the built
 * sites, the shared Chromium, and the example city's own data to assert against, so a test
 * checks what the data says rather than a copy of it typed into the test.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';
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

/**
 * A new context whose waits (for an element, a navigation, a function) have no deadline of their
 * own: the test's timeout bounds them, so a busy machine makes a test slower, never red.
 */
export async function newContext(browser: Browser, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  const context = await browser.newContext(options);
  context.setDefaultTimeout(0);
  return context;
}

/** A page opened in its own context, so tests never share cookies, viewport or JS settings. */
export async function openPage(
  browser: Browser,
  url: string,
  options: Parameters<Browser['newContext']>[0] = {},
): Promise<{ context: BrowserContext; page: Page; status: number }> {
  const context = await newContext(browser, options);
  const page = await context.newPage();
  const response = await page.goto(url, { waitUntil: 'load' });
  return { context, page, status: response?.status() ?? 0 };
}

/** What a file's tests read: the built site, its validated data and the shared Chromium. */
export interface SiteSession {
  site: BuiltSite;
  project: Project;
  browser: Browser;
}

/** …and the one tab the file's tests share. */
export interface SiteTab extends SiteSession {
  page: Page;
}

export interface SiteOptions {
  /** The example city (default) or the small fixture site. */
  site?: 'city' | 'small';
  /** Settings of every context the file opens; JavaScript is off unless they turn it on. */
  context?: BrowserContextOptions;
}

/** Goes to `path` of the site in a tab of `context`'s settings; fails unless it answers with `status` (200). */
type Open = (path: string, context?: BrowserContextOptions, status?: number) => Promise<Page>;

/**
 * The hooks every helper below registers in the calling file: the session before its first
 * test (failing every test with the reason when the site did not build or Chromium did not
 * start), the connection closed after its last.
 */
function useSession(options: SiteOptions): () => SiteSession {
  let session: SiteSession | undefined;
  beforeAll(async () => {
    const small = options.site === 'small';
    const site = small ? smallSite() : citySite();
    const project = await (small ? smallProject() : cityProject());
    session = { site, project, browser: await connectBrowser() };
  });
  afterAll(async () => {
    await session?.browser.close();
  });
  return () => {
    if (!session) throw new Error("A page is opened in a test, after the file's setup.");
    return session;
  };
}

const settings = (options: SiteOptions, context: BrowserContextOptions = {}): BrowserContextOptions => ({
  javaScriptEnabled: false,
  ...options.context,
  ...context,
});

/** `page` at `path` of the site; the test fails unless the site answers with `status`. */
async function goTo(page: Page, site: BuiltSite, path: string, status: number): Promise<Page> {
  const response = await page.goto(site.url + path);
  expect(response?.status(), `status of ${path}`).toBe(status);
  return page;
}

/**
 * The setup most e2e files share, as hooks of the calling file: before its first test, the
 * built site, its data and one tab in the shared Chromium (without JavaScript unless
 * `options.context` turns it on) are handed to `ready`, which may set the tab up further; after
 * its last test the tab and the connection close. The file's tests share the tab, as a reader
 * does: each test goes to the page it reads with the returned `open(path, status = 200)`.
 */
export function useSiteTab(
  ready: (tab: SiteTab) => void | Promise<void>,
  options: SiteOptions = {},
): (path: string, status?: number) => Promise<Page> {
  const session = useSession(options);
  let tab: SiteTab | undefined;
  beforeAll(async () => {
    const context = await newContext(session().browser, settings(options));
    tab = { ...session(), page: await context.newPage() };
    await ready(tab);
  });
  afterAll(async () => {
    await tab?.page.context().close();
  });
  return (path, status = 200) => {
    if (!tab) throw new Error("open() runs in a test, after the file's setup.");
    return goTo(tab.page, tab.site, path, status);
  };
}

/**
 * For files whose tests each want a browser of their own: the session is handed to `ready`
 * before the first test, and `open(path, context?)` opens the page in a new context (the
 * file's `options.context`, then `context`), closed after the test: a fresh history, storage
 * and cache per page, for tests that run scripts, go back or reload.
 */
export function useFreshTabs(ready: (s: SiteSession) => void | Promise<void>, options: SiteOptions = {}): Open {
  const session = useSession(options);
  const contexts: BrowserContext[] = [];
  beforeAll(() => ready(session()));
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((c) => c.close()));
  });
  return async (path, context, status = 200) => {
    const c = await newContext(session().browser, settings(options, context));
    contexts.push(c);
    return goTo(await c.newPage(), session().site, path, status);
  };
}

/**
 * Like useFreshTabs, but one tab per distinct `context` for the whole file, each test going to
 * its page in it, as useSiteTab's tab does: for files that read many pages under a few settings
 * and carry nothing from one page to the next (no cookies, storage or history they read). A new
 * context is a new profile with an empty cache; navigation.test.ts spent two thirds of its time
 * on them.
 */
export function useTabs(ready: (s: SiteSession) => void | Promise<void>, options: SiteOptions = {}): Open {
  const session = useSession(options);
  const tabs = new Map<string, Promise<Page>>();
  beforeAll(() => ready(session()));
  afterAll(async () => {
    await Promise.all([...tabs.values()].map(async (tab) => (await tab).context().close()));
    tabs.clear();
  });
  return async (path, context, status = 200) => {
    const wanted = settings(options, context);
    const key = JSON.stringify(wanted);
    if (!tabs.has(key))
      tabs.set(
        key,
        newContext(session().browser, wanted).then((c) => c.newPage()),
      );
    return goTo(await tabs.get(key)!, session().site, path, status);
  };
}

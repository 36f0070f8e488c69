/**
 * `npm run build [-- --strict] [-- --root DIR] [-- --out DIR]`: validate, build the site with
 * Astro while Pagefind indexes each page as it is rendered, and only then replace dist/. Any
 * failure leaves dist/ as it was.
 *
 * With KUULTU_PHASES_FILE set (the bench sets it), the wall and CPU time of each phase is written
 * to that file as JSON.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'astro';
import type { Text } from '../../src/core/lang.ts';
import { themeVocabulary } from '../../src/build/search-terms.ts';
import { SearchThread } from '../../src/build/search-thread.ts';
import { type Mark, mark, restoredCopies, startSession } from '../../src/build/session.ts';
import { clearReplacedSite, discard, publish, stagingDir, unsafeOutDir } from '../../src/build/swap.ts';
import { searchableDataDigest } from '../../src/site/cache-keys.ts';
import { withSiteChecks } from '../../src/site/own-links.ts';
import { provideProject } from '../../src/site/project-data.ts';
import { codeDigest } from '../../src/validate/code-digest.ts';
import { siteCsvCache } from '../../src/validate/csv-cache.ts';
import type { LoadOptions } from '../../src/validate/load-project.ts';
import { runValidation } from '../../src/validate/run.ts';

// A public body's build does not report usage to anyone (and CI has no network for it anyway).
process.env.ASTRO_TELEMETRY_DISABLED = '1';

const kuultuDir = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * What the search index depends on besides the pages: the code that feeds and makes it, the
 * dependencies' versions (Pagefind, the stemmers) and the theme words added to pages. A rebuild
 * copies the last index only when this is unchanged (src/build/search-index.ts).
 */
const searchSalt = (vocabulary: string): string =>
  codeDigest(kuultuDir, vocabulary, [
    'src/build/search-index.ts',
    'src/build/search-terms.ts',
    'src/domain/compounds.ts',
    'node_modules/pagefind/package.json',
    'node_modules/@orama/stemmers/package.json',
    'package-lock.json',
  ]);

/** Validated CSV files are kept for the next build and the live preview (src/validate/csv-cache.ts). */
const csvCache = (root: string): LoadOptions => ({ csvCache: siteCsvCache(root, kuultuDir) });

/** Phase name → [start, end]. */
const phases: Record<string, [Mark, Mark]> = {};

function writePhases(pages: { rendered: number; indexed: number; search: object }): void {
  const file = process.env.KUULTU_PHASES_FILE;
  if (!file) return;
  const json = Object.fromEntries(
    Object.entries(phases).map(([name, [a, b]]) => [name, { wallMs: b.at - a.at, cpuMs: b.cpuMs - a.cpuMs }]),
  );
  writeFileSync(file, `${JSON.stringify({ phases: json, ...pages })}\n`);
}

async function main(): Promise<boolean> {
  const validateStart = mark();
  const outcome = await runValidation(process.argv.slice(2), undefined, undefined, withSiteChecks, csvCache);
  phases.validate = [validateStart, mark()];
  if (!outcome.ok) return false;
  const { lang } = outcome.options;
  const root = resolve(outcome.options.root);
  const outDir = resolve(outcome.options.outDir ?? join(root, 'dist'));
  const refused = unsafeOutDir(outDir, { root, kuultuDir });
  if (refused) {
    const words: Text = {
      fi: `kuultu: sivustoa ei rakenneta tähän kansioon: ${refused.fi}. Valitse tyhjä kansio tai uusi nimi valitsimella --out.`,
      sv: `kuultu: webbplatsen byggs inte i den mappen: ${refused.sv}. Välj en tom mapp eller ett nytt namn med --out.`,
      en: `kuultu: will not build into that folder: ${refused.en}. Choose an empty folder or a new name with --out.`,
    };
    console.log(words[lang]);
    return false;
  }
  // The last build's replaced site is deleted on the thread pool while this one bundles and renders.
  const cleared = clearReplacedSite(root);
  const staging = stagingDir(kuultuDir);
  process.env.KUULTU_ROOT = root;
  provideProject(outcome.project);
  // Reading a million feedback rows leaves several times the project's size behind as garbage;
  // collected now (when node runs with --expose-gc, as `npm run build` does), before Vite bundles,
  // the heap Vite and the pages grow into stays small instead of adding to it.
  (globalThis as { gc?: () => void }).gc?.();
  discard(staging);
  // Pagefind starts now, so its process is up by the time the first page is rendered.
  const cacheDir = join(root, '.kuultu', 'cache');
  const vocabulary = themeVocabulary(outcome.project);
  // On a thread of its own (src/build/search-thread.ts): the main thread, which renders, is the critical path.
  const search = new SearchThread({
    vocabulary,
    cache: {
      dir: join(cacheDir, 'search'),
      salt: searchSalt(JSON.stringify(vocabulary)),
      signature: searchableDataDigest(outcome.project),
    },
    restoredFrom: restoredCopies(cacheDir),
  });
  const session = startSession(search);
  // Astro writes its prerender chunks inside outDir only when outDir is under the working
  // directory (else into <cwd>/.astro, shared by every build): concurrent builds must not share.
  process.chdir(kuultuDir);
  try {
    const astroStart = mark();
    await build({
      root: kuultuDir,
      outDir: staging,
      cacheDir,
      logLevel: process.env.KUULTU_VERBOSE ? 'info' : 'warn',
    });
    const astroEnd = mark();
    const { renderStart = astroStart } = session.marks;
    phases.bundle = [astroStart, renderStart];
    phases.render = [renderStart, astroEnd];
    const { pages, searchable, reused, firstDifference, sentWhileRendering } = await search.finish(staging);
    phases.search = [astroEnd, mark()];
    const publishStart = mark();
    await cleared;
    publish(staging, outDir, root);
    phases.publish = [publishStart, mark()];
    writePhases({
      rendered: session.rendered,
      indexed: pages,
      search: { reused, firstDifference, searchable, sentWhileRendering },
    });
    const built: Text = {
      fi: `kuultu: rakennettiin ${pages} sivua kansioon ${outDir}`,
      sv: `kuultu: byggde ${pages} sidor i ${outDir}`,
      en: `kuultu: built ${pages} pages into ${outDir}`,
    };
    console.log(built[lang]);
    return true;
  } catch (e) {
    await search.abandon();
    await cleared.catch(() => undefined);
    discard(staging);
    const failed: Text = {
      fi: 'kuultu: sivustoa ei voitu rakentaa, joten edellinen sivusto jätettiin ennalleen.',
      sv: 'kuultu: webbplatsen kunde inte byggas, så den förra webbplatsen lämnades som den var.',
      en: 'kuultu: the site could not be built, so the previous site was left as it was.',
    };
    console.log(`${failed[lang]}\n  ${e instanceof Error ? e.message : String(e)}`);
    if (process.env.KUULTU_DEBUG && e instanceof Error) console.log(e.stack);
    return false;
  }
}

process.exitCode = (await main()) ? 0 : 1;

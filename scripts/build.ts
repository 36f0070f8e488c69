/**
 * `npm run build [-- --strict] [-- --root DIR] [-- --out DIR]`: validate, build the site with
 * Astro, index it with Pagefind, and only then replace dist/. Any failure leaves dist/ as it was.
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'astro';
import type { Text } from '../src/core/lang.ts';
import { indexSite } from '../src/build/search-index.ts';
import { discard, publish, stagingDir, unsafeOutDir } from '../src/build/swap.ts';
import { provideProject } from '../src/site/project-data.ts';
import { runValidation } from '../src/validate/run.ts';

// A public body's build does not report usage to anyone (and CI has no network for it anyway).
process.env.ASTRO_TELEMETRY_DISABLED = '1';

const kuultuDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');

async function main(): Promise<boolean> {
  const outcome = await runValidation(process.argv.slice(2));
  if (!outcome.ok) return false;
  const { lang } = outcome.options;
  const root = resolve(outcome.options.root);
  const outDir = resolve(outcome.options.outDir ?? join(root, 'dist'));
  const refused = unsafeOutDir(outDir, { root, kuultuDir });
  if (refused) {
    const words: Text = {
      fi: `kuultu: sivustoa ei rakenneta tähän kansioon: ${refused}. Valitse tyhjä kansio tai uusi nimi valitsimella --out.`,
      sv: `kuultu: webbplatsen byggs inte i den mappen: ${refused}. Välj en tom mapp eller ett nytt namn med --out.`,
      en: `kuultu: will not build into that folder: ${refused}. Choose an empty folder or a new name with --out.`,
    };
    console.log(words[lang]);
    return false;
  }
  const staging = stagingDir(kuultuDir);
  process.env.KUULTU_ROOT = root;
  provideProject(outcome.project);
  discard(staging);
  // Astro writes its prerender chunks inside outDir only when outDir is under the working
  // directory (else into <cwd>/.astro, shared by every build): concurrent builds must not share.
  process.chdir(kuultuDir);
  try {
    await build({
      root: kuultuDir,
      outDir: staging,
      cacheDir: join(root, '.kuultu', 'cache'),
      logLevel: process.env.KUULTU_VERBOSE ? 'info' : 'warn',
    });
    const { pages } = await indexSite(staging);
    publish(staging, outDir);
    const built: Text = {
      fi: `kuultu: rakennettiin ${pages} sivua kansioon ${outDir}`,
      sv: `kuultu: byggde ${pages} sidor i ${outDir}`,
      en: `kuultu: built ${pages} pages into ${outDir}`,
    };
    console.log(built[lang]);
    return true;
  } catch (e) {
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

/**
 * `npm run build [-- --strict] [-- --root DIR] [-- --out DIR]`: validate, build the site with
 * Astro while Pagefind indexes each page as it is rendered, and only then replace dist/. Any
 * failure leaves dist/ as it was. The build itself is scripts/lib/build-site.ts.
 *
 * Node keeps the code it compiles of kuultu and Astro in the content root's build cache
 * (`.kuultu/cache/node`, which CI keeps between runs), so a rebuild starts a quarter of a second
 * sooner: that is why this file only turns the cache on and then loads the build, whose modules
 * are compiled after it.
 */
import { statSync } from 'node:fs';
import { enableCompileCache } from 'node:module';
import { join, resolve } from 'node:path';
import { rootOption } from '../src/validate/root-option.ts';

const root = resolve(rootOption(process.argv.slice(2), process.env, process.cwd()));
// Only in a folder that is there: a mistyped --root must get its own message, not a new folder.
if (statSync(root, { throwIfNoEntry: false })?.isDirectory()) enableCompileCache(join(root, '.kuultu/cache/node'));
await import('./lib/build-site.ts');

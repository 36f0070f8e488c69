/**
 * `npm run check:astro [-- --root DIR]`: type-checks every `.astro` file (pages, components,
 * layouts) with the same strict tsconfig as the `.ts` files, and fails on any error.
 *
 * Why not `astro check`: @astrojs/check 0.9 resolves `typescript` from its own location and
 * needs its JavaScript language-service API, which TypeScript 7 (the native compiler this
 * project pins) does not ship; its peer range (^5 || ^6) makes npm refuse the install beside
 * TypeScript 7. The checker underneath, @astrojs/language-server's `AstroCheck`, takes the path
 * of the TypeScript to use, so we give it TypeScript 6 installed under the alias `typescript-6`.
 * `tsc` (7) still checks every `.ts` file; this only adds the `.astro` ones it cannot read.
 */
import { createRequire, registerHooks } from 'node:module';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

// @volar/kit, under the language server, `require`s plain `typescript` too: send every such
// request to TypeScript 6, before the first of them runs (hence the dynamic import below).
registerHooks({
  resolve: (specifier, context, next) => next(specifier === 'typescript' ? 'typescript-6' : specifier, context),
});
const { AstroCheck, DiagnosticSeverity } = await import('@astrojs/language-server');

const { values } = parseArgs({ options: { root: { type: 'string' } } });
const root = resolve(values.root ?? '.');
const require = createRequire(import.meta.url);
const checker = new AstroCheck(root, require.resolve('typescript-6'), undefined);
// The .ts files are tsc's: checking them twice would double the time and the messages.
const astroFiles = checker.linter.getRootFileNames().filter((f) => f.endsWith('.astro'));
const result = await checker.lint({ fileNames: astroFiles });
let errors = 0;
for (const file of result.fileResult) {
  for (const d of file.errors) {
    if (d.severity !== DiagnosticSeverity.Error) continue;
    errors++;
    const { line, character } = d.range.start;
    console.log(
      `${relative(root, fileURLToPath(file.fileUrl))}:${line + 1}:${character + 1} - error ts(${d.code}): ${d.message}`,
    );
  }
}
console.log(`check:astro: ${astroFiles.length} .astro files, ${errors} error${errors === 1 ? '' : 's'}`);
process.exitCode = errors > 0 || astroFiles.length === 0 ? 1 : 0;

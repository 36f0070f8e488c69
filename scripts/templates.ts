/**
 * `npm run templates`: write templates/ from the schemas (src/docs/templates.ts). A test
 * compares the folder with what this would write, so a schema change cannot leave it behind.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { templateFiles } from '../src/docs/templates.ts';

const dir = join(resolve(dirname(fileURLToPath(import.meta.url)), '..'), 'templates');
rmSync(dir, { recursive: true, force: true });
for (const file of templateFiles()) {
  mkdirSync(dirname(join(dir, file.path)), { recursive: true });
  writeFileSync(join(dir, file.path), (file.bom ? '\uFEFF' : '') + file.text);
}
console.log(`kuultu: templates/ written (${templateFiles().length} files)`);

/**
 * `npm run author-guide`: rewrite the generated parts of every author guide (README.md in
 * English, docs/opas.md in Finnish, docs/guide-sv.md in Swedish): the field reference from the
 * schemas, and the team's commands with the output they print on the example city.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { withReference } from '../src/docs/author-reference.ts';
import { GUIDES, outputNames, withOutputs } from '../src/docs/guides.ts';
import { guideOutputs } from './lib/guide-examples.ts';

const repo = fileURLToPath(new URL('../', import.meta.url));
await Promise.all(
  GUIDES.map(async ({ lang, file }) => {
    const path = `${repo}${file}`;
    const guide = readFileSync(path, 'utf8');
    const outputs = outputNames(guide).length > 0 ? await guideOutputs(repo, lang) : {};
    const unknown = outputNames(guide).filter((name) => !(name in outputs));
    if (unknown.length > 0) throw new Error(`${file} names command examples that do not exist: ${unknown.join(', ')}`);
    writeFileSync(path, withOutputs(withReference(guide, lang) ?? guide, outputs));
    console.log(`kuultu: ${file} updated (field reference from the schemas, command output from the example city)`);
  }),
);

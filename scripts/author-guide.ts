/** `npm run author-guide`: rewrite the README's field reference from the schemas. */
import { readFileSync, writeFileSync } from 'node:fs';
import { withReference } from '../src/docs/author-reference.ts';

const path = new URL('../README.md', import.meta.url);
writeFileSync(path, withReference(readFileSync(path, 'utf8')));
console.log('kuultu: README.md field reference updated from the schemas');

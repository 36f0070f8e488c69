/**
 * The example city's data/ is generated, not hand-edited: `npm run generate-example` must
 * reproduce every committed byte, so a change to the data modules (scripts/example-data) or to
 * a schema's columns shows up here until data/ is regenerated and committed with it.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const NODE = path.join(REPO, 'node_modules/.bin/node');
const out = mkdtempSync(path.join(tmpdir(), 'kuultu-example-'));

afterAll(() => rmSync(out, { recursive: true, force: true }));

function filesUnder(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)).replaceAll('\\', '/'))
    .sort();
}

describe('npm run generate-example', () => {
  const run = spawnSync(NODE, ['scripts/generate-example.ts', '--out', out], { cwd: REPO, encoding: 'utf8' });

  it('runs as a process and says where it wrote', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(`wrote 11 files of the example's data into ${path.join(out, 'data')}\n`);
  });

  it('writes exactly the files committed in data/', () => {
    expect(filesUnder(path.join(out, 'data'))).toEqual(filesUnder(path.join(REPO, 'data')));
  });

  it.each(filesUnder(path.join(REPO, 'data')))('reproduces data/%s byte for byte', (file) => {
    const generated = readFileSync(path.join(out, 'data', file));
    const committed = readFileSync(path.join(REPO, 'data', file));
    // Compare as text first for a readable diff, then as bytes for the BOM and encodings.
    expect(generated.toString('latin1')).toBe(committed.toString('latin1'));
    expect(generated.equals(committed)).toBe(true);
  });
});

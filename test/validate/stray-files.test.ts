/**
 * A CSV dropped at the wrong place in data/ gets a fix that names where it belongs, for the
 * names Finnish and Swedish teams give their files ("palautteet-2026.csv", "tilannepäivitykset.csv"),
 * not only "palaute…" and "…päivitys…".
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/core/problem.ts';
import { loadProject } from '../../src/validate/load-project.ts';

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

async function fixFor(file: string): Promise<string> {
  const root = mkdtempSync(path.join(tmpdir(), 'kuultu-stray-'));
  roots.push(root);
  cpSync(fileURLToPath(new URL('../fixtures/small-site/', import.meta.url)), root, { recursive: true });
  writeFileSync(path.join(root, file), 'id;date\r\n');
  const { problems } = await loadProject(root, { SOURCE_DATE_EPOCH: '1795392000' });
  const stray = problems.find((p) => p.code === 'file.wrong-place' && p.file === file);
  expect(stray, file).toBeDefined();
  return formatProblem(stray!, 'fi');
}

describe('where a stray data file belongs', () => {
  it.each([
    ['data/palautteet-2026.csv', 'korjaus: siirrä se kansioon data/feedback/palautteet-2026.csv'],
    ['data/responser-2026.csv', 'korjaus: siirrä se kansioon data/feedback/responser-2026.csv'],
    ['data/tilannepäivitykset.csv', 'korjaus: nimeä se data/action-updates.csv'],
    ['data/toimenpiteet-2026.csv', 'korjaus: nimeä se data/actions.csv'],
    ['data/toimenpiteiden-päivitykset.csv', 'korjaus: nimeä se data/action-updates.csv'],
  ])('%s', async (file, expected) => {
    expect(await fixFor(file)).toContain(expected);
  });
});

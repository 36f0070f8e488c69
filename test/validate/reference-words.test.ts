/**
 * A reference to something that does not exist reads as Finnish does it: "theme "lumitöt" ei
 * ole minkään teeman tunnus" (is no theme's id), not the translated "ei ole olemassa oleva teema".
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { formatIn, sortProblems } from '../../src/core/problem.ts';
import { loadProject } from '../../src/validate/load-project.ts';

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

async function finnish(file: string, from: string, to: string): Promise<string[]> {
  const root = mkdtempSync(path.join(tmpdir(), 'kuultu-refs-'));
  roots.push(root);
  cpSync(fileURLToPath(new URL('../fixtures/small-site/', import.meta.url)), root, { recursive: true });
  const text = readFileSync(path.join(root, file), 'utf8');
  expect(text).toContain(from);
  writeFileSync(path.join(root, file), text.replace(from, to));
  const { problems } = await loadProject(root, { SOURCE_DATE_EPOCH: '1795392000' });
  return sortProblems(problems).map(formatIn('fi'));
}

describe('Finnish words for a reference to nothing', () => {
  it('a theme of a feedback row', async () => {
    const [message] = await finnish(
      'data/feedback/palaute-2026.csv',
      'P-1,2026-01-03,kirjastot',
      'P-1,2026-01-03,kirjsto',
    );
    expect(message).toContain('theme "kirjsto" ei ole minkään teeman tunnus.');
    expect(message).toContain('korjaus: tarkoititko kirjastot — Kirjastot? Kirjoita kirjastot');
  });

  it("a meeting's body", async () => {
    const [message] = await finnish(
      'content/meetings/fi/2026-12-nuorisovaltuusto.mdx',
      'body: nuorisovaltuusto',
      'body: nuorisovaltuutso',
    );
    expect(message).toContain('body "nuorisovaltuutso" ei ole minkään toimielimen tunnus.');
  });
});

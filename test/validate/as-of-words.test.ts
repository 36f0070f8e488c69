/**
 * Messages name the build's "now" with the guides' word for it — tilannepäivä / lägesdatum, the
 * date every page shows as "Tilanne 23.11.2026" — not a second name ("aineiston päivä").
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

describe('the as-of date in messages', () => {
  it('a feedback row dated after it', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'kuultu-asof-'));
    roots.push(root);
    cpSync(fileURLToPath(new URL('../fixtures/small-site/', import.meta.url)), root, { recursive: true });
    const file = path.join(root, 'data/feedback/palaute-2026.csv');
    writeFileSync(file, readFileSync(file, 'utf8').replace('P-1,2026-01-03,', 'P-1,2027-01-03,'));
    const { problems } = await loadProject(root, { SOURCE_DATE_EPOCH: '1795392000' });
    const future = problems.find((p) => p.code === 'date.future')!;
    expect(formatProblem(future, 'fi')).toContain('date "3.1.2027" on tilannepäivän 23.11.2026 jälkeen:');
    expect(formatProblem(future, 'sv')).toContain('date "3.1.2027" är efter lägesdatumet 23.11.2026:');
  });
});

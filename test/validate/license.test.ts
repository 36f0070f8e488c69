import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/core/problem.ts';
import { loadProject } from '../../src/validate/load-project.ts';
import { siteCopies } from '../support/site-copies.ts';

const copy = siteCopies('licence');

async function withSiteYaml(extra: string) {
  const root = copy();
  const file = path.join(root, 'content/site.yaml');
  writeFileSync(file, `${readFileSync(file, 'utf8')}${extra}`);
  return loadProject(root, { SOURCE_DATE_EPOCH: '1795392000' });
}

describe('license in site.yaml', () => {
  it('is CC BY 4.0 when left out', async () => {
    expect((await withSiteYaml('')).project?.site.license).toBe('cc-by-4.0');
  });

  it('takes a licence kuultu knows', async () => {
    const result = await withSiteYaml('license: cc0-1.0\n');
    expect(result.problems.filter((p) => p.severity === 'error').map((p) => formatProblem(p, 'en'))).toEqual([]);
    expect(result.project?.site.license).toBe('cc0-1.0');
  });

  it('says what to write for a licence written as people say it ("CC0")', async () => {
    const problem = (await withSiteYaml('license: CC0\n')).problems.find((p) => p.code === 'enum');
    expect(problem && formatProblem(problem, 'en')).toContain('fix: write "cc0-1.0" (cc0 = cc0-1.0)');
  });

  it('names the licences kuultu knows when it does not know one', async () => {
    const result = await withSiteYaml('license: MIT\n');
    const problem = result.problems.find((p) => p.code === 'enum');
    expect(problem && formatProblem(problem, 'en')).toMatch(
      /license "MIT" is not a licence kuultu knows\.\n {4}expected: cc-by-4\.0, cc0-1\.0, cc-by-sa-4\.0/,
    );
  });
});

import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/core/problem.ts';
import { loadProject } from '../../src/validate/load-project.ts';
import { siteCopies } from '../support/site-copies.ts';

const copy = siteCopies('fp');

async function withFeedbackPage(slug: string) {
  const root = copy();
  const file = path.join(root, 'content/site.yaml');
  writeFileSync(file, `${readFileSync(file, 'utf8')}feedbackPage: ${slug}\n`);
  return loadProject(root, { SOURCE_DATE_EPOCH: '1795392000' });
}

describe('feedbackPage in site.yaml', () => {
  it('names a free page of the site', async () => {
    const result = await withFeedbackPage('tietoa');
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(result.project?.site.feedbackPage).toBe('tietoa');
  });

  it('says which page it may have meant when there is no such page', async () => {
    const result = await withFeedbackPage('tietoja');
    const problem = result.problems.find((p) => p.code === 'ref.page');
    expect(problem && formatProblem(problem, 'en')).toBe(
      'content/site.yaml:13:1  feedbackPage "tietoja" is not a page that exists.\n    expected: a page: tietoa — Tietoa palvelusta\n    fix: did you mean tietoa — Tietoa palvelusta? Write tietoa',
    );
  });
});

/**
 * The per-entry data sets of the registry (a survey's results, a vote's) are checked against
 * their entries by one loop: each set in turn, on a copy of the small site that has one of each.
 */
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/core/problem.ts';
import { CONTENT_KINDS, DATA_FILES, PER_ENTRY_NAMES } from '../../src/schemas/kinds.ts';
import { missingFile } from '../../src/validate/entry-data.ts';
import { loadProject } from '../../src/validate/load-project.ts';

const FIXTURE = new URL('../fixtures/small-site/', import.meta.url).pathname;
const ENV = { SOURCE_DATE_EPOCH: '1795392000' };
const roots: string[] = [];
afterAll(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true });
});

/** A copy of the small site, and the slug of its first entry of `kind` (every per-entry set has one). */
async function copyWithFirst(kind: keyof typeof CONTENT_KINDS): Promise<{ root: string; slug: string }> {
  const root = mkdtempSync(join(tmpdir(), 'kuultu-entry-data-'));
  roots.push(root);
  cpSync(FIXTURE, root, { recursive: true });
  const { project } = await loadProject(FIXTURE, ENV);
  const entries = project![kind] as readonly { slug: string }[];
  return { root, slug: entries[0]!.slug };
}

describe.each(PER_ENTRY_NAMES)('the per-entry data set %s', (name) => {
  const { kind } = DATA_FILES[name].perEntry;
  const noun = CONTENT_KINDS[kind].singular;

  it("reports a file whose entry does not exist, suggesting the entry without a file, and that entry's missing file", async () => {
    const { root, slug } = await copyWithFirst(kind);
    renameSync(join(root, `data/${kind}/${slug}.csv`), join(root, `data/${kind}/${slug}x.csv`));
    const { problems } = await loadProject(root, ENV);
    const orphan = problems.find((p) => p.code === `${noun}.no-page`);
    expect(orphan && formatProblem(orphan, 'en')).toBe(
      `data/${kind}/${slug}x.csv  these results belong to no ${noun}: there is no content/${kind}/fi/${slug}x.mdx.\n` +
        `    expected: a ${noun} page named like the CSV file\n` +
        `    fix: did you mean ${slug}? Rename the file to data/${kind}/${slug}.csv`,
    );
    // Every entry of these sets needs its file: the entry left without one is reported on its MDX.
    expect(problems.filter((p) => p.file === `content/${kind}/fi/${slug}.mdx` && p.severity === 'error').length).toBe(
      1,
    );
  });

  it('reports a mistake in the entry alone: its file is not called the results of no entry', async () => {
    const { root, slug } = await copyWithFirst(kind);
    const mdx = join(root, `content/${kind}/fi/${slug}.mdx`);
    writeFileSync(mdx, readFileSync(mdx, 'utf8').replace(/^title: .*$/m, 'title:'));
    const { problems } = await loadProject(root, ENV);
    expect(problems.filter((p) => p.severity === 'error').map((p) => [p.file, p.code])).toEqual([
      [`content/${kind}/fi/${slug}.mdx`, 'required'],
    ]);
    expect(problems.some((p) => p.code === `${noun}.no-page`)).toBe(false);
  });
});

describe('an entry without its file, in a set that has no message of its own', () => {
  it('names the file to add and its columns', () => {
    const [problem] = missingFile('vote-results')({
      file: 'content/votes/fi/x.mdx',
      csv: 'data/votes/x.csv',
      lang: 'fi',
    } as Parameters<ReturnType<typeof missingFile>>[0]);
    expect(formatProblem(problem!, 'fi')).toBe(
      'content/votes/fi/x.mdx  tiedostoa data/votes/x.csv ei ole, joten sivulla ei ole mitä näyttää.\n' +
        '    kelpaa: data/votes/x.csv\n' +
        '    korjaus: lisää data/votes/x.csv, jossa ovat sarakkeet option_fi, votes',
    );
    expect(problem!.code).toBe('vote.no-data');
  });
});

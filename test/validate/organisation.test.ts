/**
 * `organisation` in site.yaml: one name for every language, or one per language, so a Swedish
 * page and poster name the city in Swedish. Each mistake reaches the author with the line, what
 * was expected and the fix.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { formatIn } from '../../src/core/problem.ts';
import { organisationName } from '../../src/site/site-name.ts';
import { loadProject } from '../../src/validate/load-project.ts';

const FIXTURE = fileURLToPath(new URL('../fixtures/small-site', import.meta.url));
const roots: string[] = [];
afterAll(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true });
});

/** The small site with its `organisation: Pikkulan kunta` line replaced by `yaml`. */
async function withOrganisation(yaml: string) {
  const root = mkdtempSync(path.join(tmpdir(), 'kuultu-organisation-'));
  roots.push(root);
  cpSync(FIXTURE, root, { recursive: true });
  const file = path.join(root, 'content/site.yaml');
  const text = readFileSync(file, 'utf8');
  expect(text).toContain('organisation: Pikkulan kunta\n');
  writeFileSync(file, text.replace('organisation: Pikkulan kunta\n', yaml));
  const result = await loadProject(root, { SOURCE_DATE_EPOCH: '1795392000' });
  return { ...result, messages: (lang: 'fi' | 'en') => result.problems.map(formatIn(lang)) };
}

describe('organisation in site.yaml', () => {
  it('takes one name for every language', async () => {
    const { project, messages } = await withOrganisation('organisation: Pikkulan kunta\n');
    expect(messages('en')).toEqual([]);
    expect(project?.site.organisation).toEqual({ fi: 'Pikkulan kunta', sv: 'Pikkulan kunta', en: 'Pikkulan kunta' });
  });

  it('takes one name per language; a language left out gets the default language’s name', async () => {
    const { project, messages } = await withOrganisation('organisation:\n  fi: Pikkulan kunta\n  sv: Pikkula kommun\n');
    expect(messages('en')).toEqual([]);
    const site = project!.site;
    expect(['fi', 'sv', 'en'].map((l) => organisationName(site, l as 'fi' | 'sv' | 'en'))).toEqual([
      'Pikkulan kunta',
      'Pikkula kommun',
      'Pikkulan kunta',
    ]);
  });

  it('says so when the default language has no name, and where to add it', async () => {
    const { project, messages } = await withOrganisation('organisation:\n  sv: Pikkula kommun\n');
    expect(project).toBeUndefined();
    expect(messages('fi')).toEqual([
      'content/site.yaml:2:1  organisation ei sisällä organisaation nimeä oletuskielellä fi.\n    kelpaa: organisaation nimi kielellä fi\n    korjaus: lisää rivi "fi: …" rivin organisation: alle',
    ]);
  });

  it('says so when it is empty, with an example name', async () => {
    const { messages } = await withOrganisation('organisation: ""\n');
    expect(messages('en')).toEqual([
      'content/site.yaml:2:1  organisation is empty.\n    expected: the name of the organisation that publishes the site\n    fix: write the name, e.g. organisation: City of Kuusijärvi',
    ]);
  });
});

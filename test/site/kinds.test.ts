/**
 * The registry of kinds (src/schemas/kinds.ts, src/site/kinds.ts) is where the MDX module list,
 * the sitemap, the main menu and the search filter come from. These tests read the small
 * fixture site, which has an entry of every kind: no kind's text, pages or links may go missing.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validatedMdxFiles } from '../../src/integrations/content.ts';
import { useTranslations } from '../../src/i18n/index.ts';
import {
  CONTENT_KIND_NAMES,
  DATA_FILE_NAMES,
  DATA_FILES,
  dataPlace,
  PER_ENTRY_NAMES,
} from '../../src/schemas/kinds.ts';
import { buildDataSet, DATA_SET_NAMES, dataSetWords } from '../../src/site/open-data.ts';
import {
  navSections,
  SECTION_NAMES,
  SECTIONS,
  searchFilters,
  type Section,
  type SectionName,
} from '../../src/site/kinds.ts';
import { sitemapRoutes } from '../../src/site/sitemap.ts';
import { loadProject } from '../../src/validate/load-project.ts';

const ROOT = new URL('../fixtures/small-site/', import.meta.url).pathname;
const { project } = await loadProject(ROOT, { SOURCE_DATE_EPOCH: '1795392000' });
if (!project) throw new Error('the small fixture site does not validate');

function mdxOnDisk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? mdxOnDisk(join(dir, d.name)) : d.name.endsWith('.mdx') ? [join(dir, d.name)] : [],
  );
}

describe('the registry of kinds', () => {
  it('the fixture has an entry of every kind, so the tests below cover every kind', () => {
    for (const kind of CONTENT_KIND_NAMES) expect(project[kind].length, kind).toBeGreaterThan(0);
  });

  it('hands every MDX file of every kind to the compiler, so no page loses its text', () => {
    const onDisk = mdxOnDisk(join(ROOT, 'content')).map((f) => relative(ROOT, f));
    expect(validatedMdxFiles(project)).toEqual(onDisk.sort());
    for (const kind of CONTENT_KIND_NAMES)
      expect(
        validatedMdxFiles(project).some((f) => f.startsWith(`content/${kind}/`)),
        kind,
      ).toBe(true);
  });

  it("lists every section's pages in the sitemap: each entry of each kind and each action", () => {
    const sitemap = new Set(sitemapRoutes(project).map((r) => r('fi')));
    for (const name of SECTION_NAMES) {
      const routes = SECTIONS[name].routes(project);
      expect(routes.length, name).toBeGreaterThan(0);
      for (const r of routes) expect(sitemap, name).toContain(r('fi'));
    }
    for (const kind of CONTENT_KIND_NAMES)
      for (const entry of project[kind])
        expect(
          [...sitemap].some((url) => url.endsWith(`/${entry.slug}/`)),
          `${kind}/${entry.slug}`,
        ).toBe(true);
    for (const action of project.actions) expect(sitemap).toContain(`/fi/actions/${action.id}/`);
  });

  it('gives the main menu and the search filter their sections in order, each with its words', () => {
    const t = useTranslations('fi');
    expect(navSections().map((s) => [s.href('fi'), t(s.label)])).toEqual([
      ['/fi/themes/', 'Teemat'],
      ['/fi/actions/', 'Toimenpiteet'],
      ['/fi/bodies/', 'Vaikuttajaryhmät'],
      ['/fi/meetings/', 'Kokoukset'],
      ['/fi/surveys/', 'Kyselyt'],
      ['/fi/votes/', 'Äänestykset'],
    ]);
    expect(searchFilters().map((f) => [f.kind, t(f.label)])).toEqual([
      ['theme', 'Teemat'],
      ['action', 'Toimenpiteet'],
      ['meeting', 'Kokoukset'],
      ['survey', 'Kyselyt'],
      ['vote', 'Äänestykset'],
    ]);
  });
});

describe("the registry's data sets", () => {
  it('the fixture has a file of every data set, and the project holds every per-entry set by entry id', () => {
    for (const name of DATA_FILE_NAMES) {
      const place = dataPlace(name);
      const files = 'file' in place ? [place.file] : readdirSync(join(ROOT, place.folder));
      expect(files.length, name).toBeGreaterThan(0);
    }
    for (const name of PER_ENTRY_NAMES) {
      const { kind, project: field } = DATA_FILES[name].perEntry;
      // A per-entry set lives in the folder named like its kind, one file per entry.
      expect(dataPlace(name)).toEqual({ folder: `data/${kind}`, byId: true });
      const rows: Readonly<Record<string, readonly unknown[]>> = project[field];
      expect(Object.keys(rows).sort(), name).toEqual(project[kind].map((e) => e.slug).sort());
      for (const entry of project[kind]) expect(rows[entry.slug]!.length, entry.slug).toBeGreaterThan(0);
    }
  });

  it('publishes every data set as open data, with its words, and counts its rows in the summary', async () => {
    const t = useTranslations('en');
    for (const name of DATA_FILE_NAMES) {
      expect(DATA_SET_NAMES, name).toContain(name);
      const set = buildDataSet(name, project);
      expect(set.rows.length, name).toBeGreaterThan(0);
      expect(
        set.fields.flatMap((f) => f.columns),
        name,
      ).toEqual(set.columns);
      expect(t(dataSetWords(name).title), name).not.toBe('');
    }
    const { counts } = await loadProject(ROOT, { SOURCE_DATE_EPOCH: '1795392000' });
    expect(Object.keys(counts)).toEqual(['content files', ...DATA_FILE_NAMES.map((n) => DATA_FILES[n].rows.key)]);
    for (const name of DATA_FILE_NAMES) expect(counts[DATA_FILES[name].rows.key], name).toBeGreaterThan(0);
  });
});

describe('forgetting a part of a kind', () => {
  it('is a type error: a section record without every kind does not type-check', () => {
    // @ts-expect-error: every kind of src/schemas/kinds.ts (and actions) must have its section
    const partial: Record<SectionName, Section> = { themes: SECTIONS.themes };
    expect(Object.keys(partial)).toEqual(['themes']);
  });
});

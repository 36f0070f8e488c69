/**
 * Open data a catalogue can harvest (issue 10 point 10), on the built example city: the licence on
 * the page and in the metadata, the Data Package's Table Schemas against the CSV files it describes,
 * the DCAT-AP catalogue read back as RDF, and each file's size, rows and update date on the page.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Parser, type Quad } from 'n3';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { formatDate } from '../../src/domain/i18n-format.ts';
import type { Lang } from '../../src/schemas/fields.ts';
import { useSiteTab, type BuiltSite } from './support/site.ts';

let site: BuiltSite;
let page: Page;

const open = useSiteTab((tab) => {
  ({ site, page } = tab);
});

const LANGS: readonly Lang[] = ['fi', 'sv', 'en'];
const file = (name: string) => join(site.dir, 'open-data', name);

interface Resource {
  name: string;
  path: string;
  bytes: number;
  rows: number;
  lastModified: string;
  dialect: { delimiter: string };
  schema: { fields: { name: string; type: string; constraints?: Record<string, unknown> }[] };
}

function dataPackage(): { licenses: { name: string; path: string }[]; resources: Resource[] } {
  return JSON.parse(readFileSync(file('datapackage.json'), 'utf8'));
}

describe('the Data Package', () => {
  it('describes every CSV file: its size in bytes, its rows, its delimiter and one Table Schema field per column', () => {
    const { resources, licenses } = dataPackage();
    expect(licenses).toEqual([
      expect.objectContaining({ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/' }),
    ]);
    expect(resources.map((r) => r.name)).toEqual([
      'feedback',
      'actions',
      'action-updates',
      'meetings',
      'survey-results',
      'vote-results',
    ]);
    for (const r of resources) {
      expect(r.bytes, r.path).toBe(statSync(file(r.path)).size);
      const text = readFileSync(file(r.path), 'utf8').replace(/^\uFEFF/, '');
      const [header, ...rows] = Papa.parse<string[]>(text, { delimiter: ';', skipEmptyLines: true }).data;
      expect(
        r.schema.fields.map((f) => f.name),
        r.path,
      ).toEqual(header);
      expect(r.rows, r.path).toBe(rows.length);
      expect(r.dialect.delimiter).toBe(';');
    }
  });

  it('gives types, allowed values and bounds from the schemas: dates, times, enums, links, 0–100 progress, counts from 0', () => {
    const field = (set: string, name: string) =>
      dataPackage()
        .resources.find((r) => r.name === set)!
        .schema.fields.find((f) => f.name === name)!;
    expect(field('feedback', 'date')).toMatchObject({ type: 'date', constraints: { required: true } });
    expect(field('feedback', 'type').constraints?.enum).toEqual(
      expect.arrayContaining(['praise', 'criticism', 'idea', 'question']),
    );
    expect(field('feedback', 'count')).toMatchObject({ type: 'integer', constraints: { minimum: 1 } });
    expect(field('actions', 'status').constraints?.enum).toEqual(
      expect.arrayContaining(['planned', 'done', 'declined']),
    );
    expect(field('actions', 'progress')).toMatchObject({ type: 'integer', constraints: { minimum: 0, maximum: 100 } });
    expect(field('meetings', 'start')).toMatchObject({ type: 'time', format: '%H:%M' });
    expect(field('meetings', 'online')).toMatchObject({ type: 'string', format: 'uri' });
    for (const n of ['n1', 'n2', 'n3', 'n4', 'n5'])
      expect(field('survey-results', n)).toMatchObject({
        type: 'integer',
        constraints: { required: true, minimum: 0 },
      });
  });
});

describe('the DCAT-AP catalogue', () => {
  const DCAT = 'http://www.w3.org/ns/dcat#';
  const DCT = 'http://purl.org/dc/terms/';
  let quads: Quad[];
  const objects = (subject: string, predicate: string) =>
    quads.filter((q) => q.subject.value === subject && q.predicate.value === predicate).map((q) => q.object);

  beforeAll(() => {
    quads = new Parser({ format: 'text/turtle' }).parse(readFileSync(file('catalog.ttl'), 'utf8'));
  });

  it('lists every data set with a title and a description in fi, sv and en, a licence and a contact point', () => {
    const datasets = quads.filter((q) => q.predicate.value === `${DCAT}dataset`).map((q) => q.object.value);
    expect(datasets).toHaveLength(6);
    for (const d of datasets) {
      for (const p of ['title', 'description']) {
        const langs = objects(d, `${DCT}${p}`).map((o) => (o.termType === 'Literal' ? o.language : ''));
        expect(langs.sort(), `${d} ${p}`).toEqual(['en', 'fi', 'sv']);
      }
      expect(objects(d, `${DCAT}contactPoint`)).toHaveLength(1);
      expect(objects(d, `${DCT}modified`)[0]?.value).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    const finnishTitles = datasets.flatMap((d) =>
      objects(d, `${DCT}title`).filter((o) => o.termType === 'Literal' && o.language === 'fi'),
    );
    expect(finnishTitles.map((o) => o.value)).toContain('Palautteet');
  });

  it('gives each CSV and JSON file as a distribution whose download address is a built file of that size', () => {
    const distributions = quads.filter((q) => q.predicate.value === `${DCAT}distribution`).map((q) => q.object.value);
    expect(distributions).toHaveLength(12);
    for (const d of distributions) {
      const url = new URL(objects(d, `${DCAT}downloadURL`)[0]!.value);
      const onDisk = join(site.dir, url.pathname.replace(/^\//, ''));
      expect(Number(objects(d, `${DCAT}byteSize`)[0]?.value), url.pathname).toBe(statSync(onDisk).size);
      expect(objects(d, `${DCT}license`)[0]?.value).toBe('https://creativecommons.org/licenses/by/4.0/');
      expect(objects(d, `${DCT}format`)[0]?.value).toMatch(/file-type\/(CSV|JSON)$/);
    }
  });
});

describe('the open-data page', () => {
  const expected: Record<Lang, { licence: string; rows: RegExp; updated: string; unit: RegExp }> = {
    fi: {
      licence: 'Creative Commons Nimeä 4.0 Kansainvälinen (CC BY 4.0)',
      rows: /riviä/,
      updated: 'tiedot päivitetty',
      unit: /\d kt/,
    },
    sv: {
      licence: 'Creative Commons Erkännande 4.0 Internationell (CC BY 4.0)',
      rows: /rader/,
      updated: 'uppgifterna uppdaterade',
      unit: /\d kB/,
    },
    en: {
      licence: 'Creative Commons Attribution 4.0 International (CC BY 4.0)',
      rows: /rows/,
      updated: 'data updated',
      unit: /\d kB/,
    },
  };
  for (const lang of LANGS) {
    it(`names the licence, links the catalogue files and gives each file's rows, size and update date (${lang})`, async () => {
      await open(`/${lang}/open-data/`);
      const licence = page.getByRole('link', { name: expected[lang].licence });
      expect(await licence.getAttribute('rel')).toBe('license');
      expect(await licence.getAttribute('href')).toBe('https://creativecommons.org/licenses/by/4.0/');
      expect(await page.getByRole('link', { name: 'catalog.ttl' }).getAttribute('href')).toBe('/open-data/catalog.ttl');
      expect(await page.getByRole('link', { name: 'datapackage.json' }).getAttribute('href')).toBe(
        '/open-data/datapackage.json',
      );
      const { resources } = dataPackage();
      const facts = await page.locator('.data-sets .facts').allTextContents();
      expect(facts).toHaveLength(resources.length);
      resources.forEach((r, i) => {
        const text = facts[i]!.replace(/\s/g, ' ');
        expect(text).toContain(new Intl.NumberFormat(lang).format(r.rows).replace(/\s/g, ' '));
        expect(text).toMatch(expected[lang].rows);
        expect(text).toMatch(expected[lang].unit);
        expect(text).toContain(`${expected[lang].updated} ${formatDate(r.lastModified, lang)}`.replace(/\s/g, ' '));
      });
    });
  }
});

/**
 * What a data catalogue harvests from the open-data files (issue 10 point 10): each file's facts
 * (size, rows, last change), a Frictionless Data Package whose Table Schemas come from the same
 * field metadata that reads the authors' files, and a DCAT-AP catalogue in Turtle, the RDF that
 * CKAN's ckanext-dcat harvester (avoindata.fi) reads. Pure functions of the validated project.
 */
import { DataFactory, Writer } from 'n3';
import { memo } from '../core/collections.ts';
import { useTranslations } from '../i18n/index.ts';
import type { Lang } from '../schemas/fields.ts';
import type { Project } from '../schemas/project.ts';
import type { Licence } from '../schemas/site.ts';
import {
  buildDataSet,
  DATA_SET_NAMES,
  dataSetWords,
  type DataSet,
  type DataSetName,
  type FieldDocumentation,
} from './open-data.ts';
import { openDataFileSize } from './open-data-files.ts';
import { absoluteUrl, paths } from './paths.ts';
import { organisationName } from './site-name.ts';

/** The licence as SPDX names it, where its text lives, and the EU Publications Office's name for it. */
export interface LicenceFacts {
  spdx: string;
  url: string;
  /** http://publications.europa.eu/resource/authority/licence/<eu>: DCAT-AP's controlled vocabulary. */
  eu: string;
}

export const LICENCE_FACTS: Readonly<Record<Licence, LicenceFacts>> = {
  'cc-by-4.0': { spdx: 'CC-BY-4.0', url: 'https://creativecommons.org/licenses/by/4.0/', eu: 'CC_BY_4_0' },
  'cc0-1.0': { spdx: 'CC0-1.0', url: 'https://creativecommons.org/publicdomain/zero/1.0/', eu: 'CC0' },
  'cc-by-sa-4.0': { spdx: 'CC-BY-SA-4.0', url: 'https://creativecommons.org/licenses/by-sa/4.0/', eu: 'CC_BYSA_4_0' },
};

/** One published file's facts, as the open-data page, the Data Package and the catalogue state them. */
export interface DataFileFacts {
  name: DataSetName;
  rows: number;
  csvBytes: number;
  jsonBytes: number;
  /** The latest date in the data that is not after the as-of date; the as-of date when it has none. */
  modified: string;
  fields: readonly FieldDocumentation[];
  columns: readonly string[];
}

/**
 * The newest date in the set's date columns up to `asOf`: when the data last changed, which a
 * reader can check against the rows (a due date in the future is a plan, not a change).
 */
export function lastChange(set: DataSet, asOf: string): string {
  const dateColumns = set.fields.filter((f) => f.kind === 'date').flatMap((f) => f.columns);
  let latest: string | undefined;
  for (const row of set.rows) {
    for (const column of dateColumns) {
      const value = row[column];
      if (typeof value === 'string' && value <= asOf && (latest === undefined || value > latest)) latest = value;
    }
  }
  return latest ?? asOf;
}

export function dataFileFacts(project: Project, set: DataSet): DataFileFacts {
  return {
    name: set.name,
    rows: set.rows.length,
    csvBytes: openDataFileSize(project, set, 'csv'),
    jsonBytes: openDataFileSize(project, set, 'json'),
    modified: lastChange(set, project.asOf),
    fields: set.fields,
    columns: set.columns,
  };
}

const factsOf = memo<Project, readonly DataFileFacts[]>();

/** Every file's facts; the page (in each language), the package and the catalogue share one count. */
export function openDataFacts(project: Project): readonly DataFileFacts[] {
  return factsOf(project, '', () => DATA_SET_NAMES.map((name) => dataFileFacts(project, buildDataSet(name, project))));
}

/** "12,3 kt" / "12,3 kB" / "12.3 kB" (a small file is "1 kB", not "975 byte"): the size as each language writes it. */
export function formatFileSize(bytes: number, lang: Lang): string {
  const [unit, size] = bytes < 1_000_000 ? ['kilobyte', bytes / 1000] : ['megabyte', bytes / 1_000_000];
  return new Intl.NumberFormat(lang, {
    style: 'unit',
    unit,
    unitDisplay: 'short',
    maximumFractionDigits: 1,
  }).format(Math.max(size, 0.1));
}

// ——— Frictionless Data Package (https://specs.frictionlessdata.io/data-package/) ———

export interface TableSchemaField {
  name: string;
  type: 'string' | 'integer' | 'date' | 'time' | 'boolean';
  format?: string;
  description: string;
  trueValues?: string[];
  falseValues?: string[];
  constraints?: { required?: boolean; enum?: string[]; minimum?: number; maximum?: number; maxLength?: number };
}

/** The Table Schema type of a schema kind, as the CSV writes it (src/domain/open-data.ts). */
function typeOf(kind: string): Pick<TableSchemaField, 'type' | 'format' | 'trueValues' | 'falseValues'> {
  if (kind === 'date') return { type: 'date' };
  // Written HH:MM, as authors write it; Table Schema's default time format has seconds.
  if (kind === 'time') return { type: 'time', format: '%H:%M' };
  // The CSV writes yes/no, the words kuultu's own reader takes back.
  if (kind === 'yes or no') return { type: 'boolean', trueValues: ['yes'], falseValues: ['no'] };
  if (kind.startsWith('a whole number')) return { type: 'integer' };
  if (kind === 'a web address starting with https://') return { type: 'string', format: 'uri' };
  return { type: 'string' };
}

/**
 * One Table Schema field per CSV column. A field spanning one column per language is required in
 * its first (the default language) only: the other languages may fall back to it.
 */
export function tableSchemaFields(field: FieldDocumentation, lang: Lang): TableSchemaField[] {
  const { values, min, max, maxLength } = field.constraints;
  return field.columns.map((name, i) => {
    const constraints: NonNullable<TableSchemaField['constraints']> = {};
    if (field.required && i === 0) constraints.required = true;
    if (values) constraints.enum = [...values];
    if (min !== undefined) constraints.minimum = min;
    if (max !== undefined) constraints.maximum = max;
    if (maxLength !== undefined) constraints.maxLength = maxLength;
    return {
      name,
      ...typeOf(field.kind),
      description: field.doc[lang],
      ...(Object.keys(constraints).length > 0 ? { constraints } : {}),
    };
  });
}

/** The Table Schema of one CSV file, in the file's column order. */
export function tableSchema(
  facts: Pick<DataFileFacts, 'fields' | 'columns'>,
  lang: Lang,
): { fields: TableSchemaField[] } {
  const byName = new Map(facts.fields.flatMap((f) => tableSchemaFields(f, lang)).map((f) => [f.name, f]));
  return {
    fields: facts.columns.map((name) => byName.get(name) ?? { name, type: 'string', description: '' }),
  };
}

/** A Data Package name: lower-case letters, digits, `-`, `.` and `_` only. */
function packageName(siteUrl: string): string {
  const url = new URL(siteUrl);
  return `${url.hostname}${url.pathname}`
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export function dataPackage(project: Project, facts: readonly DataFileFacts[]): Record<string, unknown> {
  const lang = project.defaultLang;
  const t = useTranslations(lang);
  const licence = LICENCE_FACTS[project.site.license];
  return {
    profile: 'tabular-data-package',
    name: packageName(project.site.url),
    title: `${project.site.name[lang]}: ${t('opendata.title')}`,
    description: t('opendata.intro'),
    homepage: absoluteUrl(project.site.url, paths.openData(lang)),
    licenses: [{ name: licence.spdx, path: licence.url, title: t(`opendata.licence.${project.site.license}`) }],
    contributors: [{ title: organisationName(project.site, lang), email: project.site.contact, role: 'publisher' }],
    resources: facts.map((f) => ({
      profile: 'tabular-data-resource',
      name: f.name,
      // Relative to datapackage.json, which sits next to the files.
      path: `${f.name}.csv`,
      title: t(dataSetWords(f.name).title),
      description: t(dataSetWords(f.name).about),
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      bytes: f.csvBytes,
      // Not in the standard; a harvester ignores it, a reader checks the file against it.
      rows: f.rows,
      lastModified: f.modified,
      dialect: { delimiter: ';', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
      schema: tableSchema(f, lang),
    })),
  };
}

export function dataPackageJson(project: Project): string {
  return `${JSON.stringify(dataPackage(project, openDataFacts(project)), null, 2)}\n`;
}

// ——— DCAT-AP (https://semiceu.github.io/DCAT-AP/releases/3.0.1/) in Turtle ———

const NS = {
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
} as const;
const EU = 'http://publications.europa.eu/resource/authority/';
const EU_LANGUAGE: Readonly<Record<Lang, string>> = { fi: 'FIN', sv: 'SWE', en: 'ENG' };
const FORMATS = [
  { ext: 'csv', eu: 'CSV', media: 'text/csv', bytes: (f: DataFileFacts) => f.csvBytes },
  { ext: 'json', eu: 'JSON', media: 'application/json', bytes: (f: DataFileFacts) => f.jsonBytes },
] as const;

/** The DCAT-AP catalogue of the open-data files: titles and descriptions in every site language. */
export function dcatTurtle(project: Project, facts: readonly DataFileFacts[]): string {
  const { namedNode: iri, literal, blankNode, quad } = DataFactory;
  const at = (ns: keyof typeof NS, local: string) => iri(NS[ns] + local);
  const a = at('rdf', 'type');
  const date = (iso: string) => literal(iso, at('xsd', 'date'));
  const { site, languages } = project;
  const pageUrl = absoluteUrl(site.url, paths.openData(project.defaultLang));
  const catalogue = iri(absoluteUrl(site.url, paths.dataFile('catalog.ttl')));
  const licence = iri(LICENCE_FACTS[site.license].url);
  const publisher = blankNode('publisher');
  const contact = blankNode('contact');
  const quads = [
    quad(catalogue, a, at('dcat', 'Catalog')),
    ...languages.map((l) =>
      quad(catalogue, at('dct', 'title'), literal(`${site.name[l]}: ${useTranslations(l)('opendata.title')}`, l)),
    ),
    ...languages.map((l) =>
      quad(catalogue, at('dct', 'description'), literal(useTranslations(l)('opendata.intro'), l)),
    ),
    quad(catalogue, at('dct', 'publisher'), publisher),
    quad(catalogue, at('foaf', 'homepage'), iri(pageUrl)),
    quad(catalogue, at('dct', 'license'), licence),
    quad(catalogue, at('dct', 'modified'), date(project.asOf)),
    ...languages.map((l) => quad(catalogue, at('dct', 'language'), iri(`${EU}language/${EU_LANGUAGE[l]}`))),
    quad(publisher, a, at('foaf', 'Agent')),
    // The publisher is named in each of the site's languages, as the catalogue's titles are.
    ...languages.map((l) => quad(publisher, at('foaf', 'name'), literal(organisationName(site, l), l))),
    quad(contact, a, at('vcard', 'Organization')),
    quad(contact, at('vcard', 'fn'), literal(organisationName(site, project.defaultLang))),
    quad(contact, at('vcard', 'hasEmail'), iri(`mailto:${site.contact}`)),
    quad(licence, a, at('dct', 'LicenseDocument')),
    quad(licence, at('dct', 'identifier'), literal(LICENCE_FACTS[site.license].spdx)),
    quad(licence, at('dct', 'type'), iri(`${EU}licence/${LICENCE_FACTS[site.license].eu}`)),
  ];
  for (const f of facts) {
    const dataset = iri(`${pageUrl}#${f.name}`);
    quads.push(
      quad(catalogue, at('dcat', 'dataset'), dataset),
      quad(dataset, a, at('dcat', 'Dataset')),
      quad(dataset, at('dct', 'identifier'), literal(`${pageUrl}#${f.name}`)),
      ...languages.map((l) =>
        quad(dataset, at('dct', 'title'), literal(useTranslations(l)(dataSetWords(f.name).title), l)),
      ),
      ...languages.map((l) =>
        quad(dataset, at('dct', 'description'), literal(useTranslations(l)(dataSetWords(f.name).about), l)),
      ),
      quad(dataset, at('dct', 'publisher'), publisher),
      quad(dataset, at('dcat', 'contactPoint'), contact),
      quad(dataset, at('dct', 'modified'), date(f.modified)),
      quad(dataset, at('dcat', 'landingPage'), iri(`${pageUrl}#${f.name}`)),
      quad(dataset, at('dcat', 'theme'), iri(`${EU}data-theme/GOVE`)),
      ...languages.map((l) => quad(dataset, at('dct', 'language'), iri(`${EU}language/${EU_LANGUAGE[l]}`))),
    );
    for (const format of FORMATS) {
      const file = absoluteUrl(site.url, paths.dataFile(`${f.name}.${format.ext}`));
      const distribution = iri(`${pageUrl}#${f.name}-${format.ext}`);
      quads.push(
        quad(dataset, at('dcat', 'distribution'), distribution),
        quad(distribution, a, at('dcat', 'Distribution')),
        ...languages.map((l) =>
          quad(
            distribution,
            at('dct', 'title'),
            literal(`${useTranslations(l)(dataSetWords(f.name).title)} (${format.eu})`, l),
          ),
        ),
        quad(distribution, at('dcat', 'accessURL'), iri(file)),
        quad(distribution, at('dcat', 'downloadURL'), iri(file)),
        quad(distribution, at('dct', 'format'), iri(`${EU}file-type/${format.eu}`)),
        quad(
          distribution,
          at('dcat', 'mediaType'),
          iri(`https://www.iana.org/assignments/media-types/${format.media}`),
        ),
        quad(distribution, at('dcat', 'byteSize'), literal(String(format.bytes(f)), at('xsd', 'nonNegativeInteger'))),
        quad(distribution, at('dct', 'license'), licence),
        quad(distribution, at('dct', 'modified'), date(f.modified)),
      );
      if (format.ext === 'csv')
        quads.push(
          quad(distribution, at('dct', 'conformsTo'), iri(absoluteUrl(site.url, paths.dataFile('datapackage.json')))),
        );
    }
  }
  const writer = new Writer({ prefixes: { ...NS } });
  writer.addQuads(quads);
  let turtle = '';
  // With no output stream the writer ends synchronously.
  writer.end((error, result: string) => {
    if (error) throw error;
    turtle = result;
  });
  return turtle;
}

export function catalogueTurtle(project: Project): string {
  return dcatTurtle(project, openDataFacts(project));
}

/**
 * What the open-data page shows, assembled without Astro (src/pages/[lang]/open-data.astro only
 * writes it out): every data set with its title, description, size and update date, and the
 * documentation of each column from the schemas' field descriptions (never a hand-written list);
 * the licence and how to credit the data.
 */
import { formatDate } from '../../domain/i18n-format.ts';
import { type UiKey, useTranslations } from '../../i18n/index.ts';
import type { Lang } from '../../schemas/fields.ts';
import type { Project } from '../../schemas/project.ts';
import type { Licence } from '../../schemas/site.ts';
import { formatFileSize, LICENCE_FACTS, openDataFacts } from '../open-data-catalogue.ts';
import { type DataSetName, dataSetWords, kindWords } from '../open-data.ts';
import { organisationName, siteName } from '../site-name.ts';

/** A sentence with a link in it, translated whole: the text before the link and after it. */
export interface AroundLink {
  before: string;
  after: string;
}

export interface OpenDataSetShown {
  name: DataSetName;
  title: string;
  about: string;
  /** "123 riviä, CSV 12,3 kt, JSON 45,6 kt, päivitetty 1.2.2026." */
  facts: string;
  fields: {
    columns: readonly string[];
    doc: string;
    /** The kind of value in the page's language; `untranslated` when only the schema's English words name it. */
    kind: { text: string; untranslated: boolean };
    required: boolean;
  }[];
}

export interface OpenDataPageView {
  sets: OpenDataSetShown[];
  licence: { key: Licence; url: string; sentence: AroundLink };
  /** How to credit the data: the organisation (and the site, unless the licence needs no credit). */
  attribution: string;
  catalogue: AroundLink;
  dataPackage: AroundLink;
}

/** Marks where a link goes in a translated sentence. */
const MARK = '\u0000';

export function openDataPageView(project: Project, lang: Lang): OpenDataPageView {
  const t = useTranslations(lang);
  const around = (key: UiKey, param: string): AroundLink => {
    const [before = '', after = ''] = t(key, { [param]: MARK }).split(MARK);
    return { before, after };
  };
  const { site } = project;
  const organisation = organisationName(site, lang);
  return {
    sets: openDataFacts(project).map((f) => {
      const words = dataSetWords(f.name);
      return {
        name: f.name,
        title: t(words.title),
        about: t(words.about),
        facts: t('opendata.facts', {
          rows: t('opendata.rows', { n: f.rows }),
          csv: formatFileSize(f.csvBytes, lang),
          json: formatFileSize(f.jsonBytes, lang),
          date: formatDate(f.modified, lang),
        }),
        fields: f.fields.map((field) => {
          const kind = kindWords(field.kind);
          return {
            columns: field.columns,
            doc: field.doc[lang],
            kind: kind
              ? { text: t(kind.key, kind.params), untranslated: false }
              : { text: field.kind, untranslated: true },
            required: field.required,
          };
        }),
      };
    }),
    licence: {
      key: site.license,
      url: LICENCE_FACTS[site.license].url,
      sentence: around('opendata.licenceText', 'licence'),
    },
    attribution:
      site.license === 'cc0-1.0'
        ? t('opendata.attributionFree', { organisation })
        : t('opendata.attribution', { organisation, site: siteName(site, lang) }),
    catalogue: around('opendata.catalogue', 'file'),
    dataPackage: around('opendata.dataPackage', 'file'),
  };
}

/**
 * The one list of sources `npm run import` knows: what each reads, and where it writes. A new
 * survey tool is one entry here (its own columns and how it says "finished").
 */
import type { SurveySourceSpec } from './surveys.ts';

export type SourceKind = 'feedback' | 'survey' | 'actions';
export type FileFormat = 'json-or-csv' | 'xlsx' | 'csv' | 'xlsx-or-csv';

export interface SourceSpec {
  kind: SourceKind;
  format: FileFormat;
  /** Survey tools only. */
  survey?: SurveySourceSpec;
}

export const SOURCES = {
  open311: { kind: 'feedback', format: 'json-or-csv' },
  forms: {
    kind: 'survey',
    format: 'xlsx',
    survey: {
      tool: 'Microsoft Forms',
      // Forms writes its own columns in the account's language: English, Finnish or Swedish.
      metaColumns: [
        'id',
        'start time',
        'last modified time',
        'tunnus',
        'aloitusaika',
        'viimeksi muokattu',
        'starttid',
        'senast ändrad',
      ],
      completionColumns: ['Completion time', 'Valmistumisaika', 'Slutförandetid', 'Sluttid'],
      requiresCompletion: true,
    },
  },
  'google-forms': {
    kind: 'survey',
    format: 'csv',
    survey: {
      tool: 'Google Forms',
      metaColumns: ['score', 'pisteet', 'poäng'],
      completionColumns: ['Timestamp', 'Aikaleima', 'Tidstämpel'],
      requiresCompletion: true,
    },
  },
  limesurvey: {
    kind: 'survey',
    format: 'csv',
    survey: {
      tool: 'LimeSurvey',
      metaColumns: ['id', 'lastpage', 'startlanguage', 'seed', 'startdate', 'datestamp', 'refurl', 'interviewtime'],
      completionColumns: ['submitdate'],
      requiresCompletion: true,
      emptyCompletionIsIncomplete: true,
    },
  },
  webropol: {
    kind: 'survey',
    format: 'xlsx-or-csv',
    survey: {
      tool: 'Webropol',
      metaColumns: [
        'vastaaja',
        'vastaajan numero',
        'respondent',
        'svarande',
        'nro',
        'no.',
        'aloitusaika',
        'start time',
      ],
      completionColumns: ['Vastausaika', 'Response time', 'Svarstid', 'Lopetusaika', 'Päivämäärä', 'Date', 'Datum'],
      // A raw-data export can leave the time out; --round then gives the round's date.
      requiresCompletion: false,
    },
  },
  decidim: { kind: 'actions', format: 'csv' },
} as const satisfies Record<string, SourceSpec>;

export type SourceName = keyof typeof SOURCES;
export const SOURCE_NAMES = Object.keys(SOURCES) as SourceName[];

export function isSource(name: string): name is SourceName {
  return Object.hasOwn(SOURCES, name);
}

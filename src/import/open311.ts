/**
 * Open311 GeoReport v2 service requests (Helsinki's feedback system, the 6Aika cities'
 * palaute.swagger.yaml) → feedback rows. Only what a "you said" page needs is kept: the id,
 * the day, the service and the resident's description, which passes the personal-data guard.
 * Coordinates, addresses, media and the city's status notes are never read into a row.
 */
import { each, type Text } from '../core/lang.ts';
import { error, type Problem, type ProblemAt } from '../core/problem.ts';
import { truncate } from '../core/text.ts';
import { ID_PATTERN, type Lang } from '../schemas/fields.ts';
import type { PersonalDataKind } from '../validate/personal-data.ts';
import { exportDay } from './dates.ts';
import { fitText, redactPersonalData } from './guard.ts';
import { labelKey } from './likert.ts';
import type { Resolver } from './resolve.ts';
import type { Sheet } from './sheet.ts';

/** The column order of Helsinki's header-less CSV export (issue 11). */
export const HELSINKI_CSV_COLUMNS = [
  'service_request_id',
  'lat',
  'long',
  'address',
  'zipcode',
  'title',
  'description',
  'status',
  'detailed_status',
  'status_notes',
  'service_code',
  'requested_datetime',
  'updated_datetime',
  'service_object_id',
  'service_object_type',
  'media_url',
] as const;

export interface ServiceRequest {
  id: string;
  file: string;
  /** Where it stands in the export: the CSV text line, or the request's number in the JSON list. */
  line: number;
  /** CSV: the row as Excel numbers it. */
  row?: number;
  status: 'open' | 'closed';
  serviceCode: string;
  serviceName: string;
  title: string;
  description: string;
  requested: string;
  updated: string;
}

const NOT_A_REQUEST: Text = {
  fi: 'tämä ei ole palaute.',
  sv: 'det här är inte ett ärende.',
  en: 'this is not a service request.',
};

export interface ParsedRequests {
  requests: ServiceRequest[];
  problems: Problem[];
}

const NOT_OPEN311 = {
  expected: {
    fi: 'Open311 GeoReport v2 -vienti: JSON-luettelo palautteista tai Helsingin otsikoton CSV',
    sv: 'en Open311 GeoReport v2-export: en JSON-lista med ärenden eller Helsingfors CSV utan rubrikrad',
    en: "an Open311 GeoReport v2 export: a JSON list of service requests, or Helsinki's CSV without a header",
  },
  fix: {
    fi: 'anna tuonnille palautejärjestelmän viemä tiedosto (requests.json tai CSV), ei Excelissä tallennettua',
    sv: 'ge importen filen som responssystemet exporterade (requests.json eller CSV), inte en fil sparad i Excel',
    en: 'give the import the file the feedback system exported (requests.json or the CSV), not a file saved from Excel',
  },
} satisfies { expected: Text; fix: Text };

/** `request number 3` / the CSV's `row 3`, in each language. */
export type Where = Text;

function text(value: unknown): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '';
}

/** Where a request is in the export, as the validator gives places: line, Excel row (CSV) and its id. */
function requestAt(r: Pick<ServiceRequest, 'file' | 'line' | 'row' | 'id'>): ProblemAt {
  const at: ProblemAt = { file: r.file, line: r.line, column: 0 };
  if (r.row !== undefined) at.row = r.row;
  if (r.id) at.id = r.id;
  return at;
}

function requestFrom(
  fields: (name: string) => unknown,
  line: number,
  file: string,
  where: Where,
  row?: number,
): ServiceRequest | Problem {
  const id = text(fields('service_request_id'));
  const requested = text(fields('requested_datetime'));
  const status = text(fields('status')).toLowerCase();
  const extended = fields('extended_attributes');
  const ext = (key: string): unknown =>
    extended && typeof extended === 'object' ? (extended as Record<string, unknown>)[key] : undefined;
  const at = requestAt({ file, line, id, ...(row === undefined ? {} : { row }) });
  if (id === '')
    return error(
      at,
      'open311.id',
      {
        fi: `${where.fi}: service_request_id puuttuu.`,
        sv: `${where.sv}: service_request_id saknas.`,
        en: `${where.en} has no service_request_id.`,
      },
      {
        expected: {
          fi: 'jokaisella palautteella on service_request_id',
          sv: 'att varje ärende har sitt service_request_id',
          en: 'every request to have its service_request_id',
        },
        fix: NOT_OPEN311.fix,
      },
    );
  if (status !== 'open' && status !== 'closed')
    return error(
      at,
      'open311.status',
      each((l) => `${where[l]} (${id}): status "${truncate(status)}".`),
      {
        expected: {
          fi: 'open tai closed (Open311 GeoReport v2)',
          sv: 'open eller closed (Open311 GeoReport v2)',
          en: 'open or closed (Open311 GeoReport v2)',
        },
        fix: NOT_OPEN311.fix,
      },
    );
  if (requested === '')
    return error(
      at,
      'open311.requested',
      {
        fi: `${where.fi} (${id}): requested_datetime puuttuu.`,
        sv: `${where.sv} (${id}): requested_datetime saknas.`,
        en: `${where.en} (${id}) has no requested_datetime.`,
      },
      {
        expected: {
          fi: 'palautteen lähetysaika, esimerkiksi 2026-03-02T09:15:00+02:00',
          sv: 'tiden då ärendet skickades, till exempel 2026-03-02T09:15:00+02:00',
          en: 'the date and time the request was sent, e.g. 2026-03-02T09:15:00+02:00',
        },
        fix: NOT_OPEN311.fix,
      },
    );
  return {
    id,
    file,
    line,
    ...(row === undefined ? {} : { row }),
    status,
    serviceCode: text(fields('service_code')),
    serviceName: text(fields('service_name')),
    title: text(fields('title')) || text(ext('title')),
    description: text(fields('description')),
    requested,
    updated: text(fields('updated_datetime')),
  };
}

/** `requests.json`: a list of requests (or `{ "requests": [...] }`, as some proxies wrap it). */
export function parseOpen311Json(file: string, source: string): ParsedRequests {
  let data: unknown;
  try {
    data = JSON.parse(source.replace(/^\uFEFF/, ''));
  } catch (e) {
    const pos = /position (\d+)/.exec(e instanceof Error ? e.message : '')?.[1];
    const line = pos === undefined ? 0 : source.slice(0, Number(pos)).split('\n').length;
    return {
      requests: [],
      problems: [
        error(
          { file, line, column: 0 },
          'open311.json',
          {
            fi: 'tiedosto ei ole luettavaa JSONia.',
            sv: 'filen är inte läsbar JSON.',
            en: 'this file is not readable JSON.',
          },
          NOT_OPEN311,
        ),
      ],
    };
  }
  const list = Array.isArray(data)
    ? data
    : data && typeof data === 'object' && Array.isArray((data as { requests?: unknown }).requests)
      ? (data as { requests: unknown[] }).requests
      : undefined;
  if (!list)
    return {
      requests: [],
      problems: [
        error(
          { file, line: 1, column: 0 },
          'open311.shape',
          {
            fi: 'tämä JSON ei ole luettelo palautteista.',
            sv: 'den här JSON-filen är inte en lista med ärenden.',
            en: 'this JSON is not a list of service requests.',
          },
          NOT_OPEN311,
        ),
      ],
    };
  const requests: ServiceRequest[] = [];
  const problems: Problem[] = [];
  const lines = elementLines(source);
  list.forEach((item, i) => {
    const where: Where = { fi: `palaute numero ${i + 1}`, sv: `ärende nummer ${i + 1}`, en: `request number ${i + 1}` };
    const line = lines[i] ?? 0;
    if (!item || typeof item !== 'object' || Array.isArray(item)) {
      problems.push(
        error(
          { file, line, column: 0 },
          'open311.shape',
          each((l) => `${where[l]}: ${NOT_A_REQUEST[l]}`),
          NOT_OPEN311,
        ),
      );
      return;
    }
    const r = requestFrom((name) => (item as Record<string, unknown>)[name], line, file, where);
    if ('severity' in r) problems.push(r);
    else requests.push(r);
  });
  return { requests, problems };
}

/**
 * The line each element of the request list starts on, so a message points into the file the
 * way a CSV message points at a row. Counts brackets outside strings; one pass.
 */
export function elementLines(source: string): number[] {
  const lines: number[] = [];
  let line = 1;
  let depth = 0;
  let inString = false;
  let listDepth = -1;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\n') line++;
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
      continue;
    }
    if (ch === '"') inString = true;
    else if (ch === '[' || ch === '{') {
      if (ch === '[' && listDepth === -1) listDepth = depth + 1;
      else if (depth === listDepth) lines.push(line);
      depth++;
    } else if (ch === ']' || ch === '}') depth--;
  }
  return lines;
}

/** Helsinki's CSV: the columns of HELSINKI_CSV_COLUMNS, with or without that header line. */
export function parseOpen311Csv(sheet: Sheet): ParsedRequests {
  const col = (name: string) => sheet.header.findIndex((h) => h.toLowerCase() === name);
  if (sheet.header.length !== HELSINKI_CSV_COLUMNS.length || col('service_request_id') !== 0) {
    return {
      requests: [],
      problems: [
        error(
          { file: sheet.file, line: 1, column: 0 },
          'open311.columns',
          {
            fi: `riveillä on ${sheet.header.length} saraketta.`,
            sv: `raderna har ${sheet.header.length} kolumner.`,
            en: `the rows have ${sheet.header.length} columns.`,
          },
          {
            expected: {
              fi: `Helsingin viennin ${HELSINKI_CSV_COLUMNS.length} saraketta: ${HELSINKI_CSV_COLUMNS.join(', ')}`,
              sv: `de ${HELSINKI_CSV_COLUMNS.length} kolumnerna i Helsingfors export: ${HELSINKI_CSV_COLUMNS.join(', ')}`,
              en: `the ${HELSINKI_CSV_COLUMNS.length} columns of Helsinki's export: ${HELSINKI_CSV_COLUMNS.join(', ')}`,
            },
            fix: NOT_OPEN311.fix,
          },
        ),
      ],
    };
  }
  const requests: ServiceRequest[] = [];
  const problems: Problem[] = [];
  for (const row of sheet.rows) {
    const where: Where = { fi: `rivi ${row.row}`, sv: `rad ${row.row}`, en: `row ${row.row}` };
    const r = requestFrom((name) => row.cells[col(name)] ?? '', row.line, sheet.file, where, row.row);
    if ('severity' in r) problems.push(r);
    else requests.push(r);
  }
  return { requests, problems };
}

/**
 * The API can return a request twice (paging over a list that changes as it is read): the
 * copy updated last is kept.
 */
export function dropDuplicateRequests(requests: readonly ServiceRequest[]): {
  requests: ServiceRequest[];
  duplicates: number;
} {
  const byId = new Map<string, ServiceRequest>();
  for (const r of requests) {
    const kept = byId.get(r.id);
    if (!kept || r.updated > kept.updated) byId.set(r.id, r);
  }
  return { requests: [...byId.values()], duplicates: requests.length - byId.size };
}

export interface ThemeNames {
  slug: string;
  /** The theme's title in every language it has. */
  titles: readonly string[];
}

/** What the mapping file and the messages show for a request whose `service_name` is empty. */
const NO_SERVICE_NAME: Text = {
  fi: '(service_name on tyhjä)',
  sv: '(service_name är tomt)',
  en: '(service_name is empty)',
};

/** A service name that is a theme's slug or title, in any language, needs no mapping line. */
export function themeByName(name: string, themes: readonly ThemeNames[]): string | undefined {
  const key = labelKey(name);
  if (key === '') return undefined;
  return themes.find((t) => t.slug.toLowerCase() === key || t.titles.some((title) => labelKey(title) === key))?.slug;
}

export interface FeedbackOut {
  id: string;
  date: string;
  theme: string;
  channel: 'web';
  type: string;
  service: string;
  text: string;
  answered: string;
  publish: 'no';
}

export interface FeedbackConversion {
  rows: FeedbackOut[];
  problems: Problem[];
  /** How many descriptions had personal data replaced, by kind. */
  redacted: Partial<Record<PersonalDataKind, number>>;
  cut: number;
}

/** An id the site can use in a web address: the request id, with any other character made `-`. */
export function feedbackId(requestId: string): string {
  const id = requestId.replace(/[^A-Za-z0-9_-]/g, '-').replace(/^[-_]+/, '');
  return ID_PATTERN.test(id) ? id : `r-${id}`;
}

export function requestsToFeedback(
  requests: readonly ServiceRequest[],
  options: {
    themes: readonly ThemeNames[];
    resolver: Resolver;
    type: string | undefined;
    timeZone: string;
    lang: Lang;
  },
): FeedbackConversion {
  const problems: Problem[] = [];
  const rows: FeedbackOut[] = [];
  const redacted: Partial<Record<PersonalDataKind, number>> = {};
  let cut = 0;
  const counts = new Map<string, number>();
  for (const r of requests) counts.set(r.serviceCode, (counts.get(r.serviceCode) ?? 0) + 1);
  for (const r of requests) {
    const at = requestAt(r);
    const date = exportDay(r.requested, options.timeZone);
    if (!date) {
      problems.push(
        error(
          at,
          'open311.date',
          {
            fi: `palautteen ${r.id} requested_datetime "${truncate(r.requested)}" ei ole päivämäärä ja kellonaika.`,
            sv: `requested_datetime "${truncate(r.requested)}" i ärende ${r.id} är inte ett datum och klockslag.`,
            en: `requested_datetime "${truncate(r.requested)}" of request ${r.id} is not a date and time.`,
          },
          {
            expected: {
              fi: 'ISO 8601 -aika, esimerkiksi 2026-03-02T09:15:00+02:00',
              sv: 'en ISO 8601-tid, till exempel 2026-03-02T09:15:00+02:00',
              en: 'an ISO 8601 date-time, e.g. 2026-03-02T09:15:00+02:00',
            },
            fix: NOT_OPEN311.fix,
          },
        ),
      );
      continue;
    }
    const n = counts.get(r.serviceCode) ?? 0;
    const note = `${r.serviceName || NO_SERVICE_NAME[options.lang]}: ${n}`;
    const theme = options.resolver.resolve(
      'themes',
      r.serviceCode || '(empty)',
      () => themeByName(r.serviceName, options.themes),
      { ...at, note },
    );
    if (!theme || !options.type) continue;
    const closedDay = r.status === 'closed' && r.updated ? exportDay(r.updated, options.timeZone) : undefined;
    const guarded = redactPersonalData(r.description || r.title, options.lang);
    for (const kind of guarded.kinds) redacted[kind] = (redacted[kind] ?? 0) + 1;
    const fitted = fitText(guarded.text, 4000);
    if (fitted.cut) cut++;
    rows.push({
      id: feedbackId(r.id),
      date,
      theme,
      channel: 'web',
      type: options.type,
      service: r.serviceName,
      text: fitted.text,
      // A closing date before the request date is a clock error in the source, not an answer.
      answered: closedDay && closedDay >= date ? closedDay : '',
      publish: 'no',
    });
  }
  return { rows, problems, redacted, cut };
}

/**
 * Open311 GeoReport v2 exports → feedback rows: the published fields only, duplicates dropped,
 * the day in the site's time zone, and every wrong file told with its place.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatIn } from '../../src/core/problem.ts';
import { emptyMapping, parseMapping } from '../../src/import/mapping.ts';
import {
  dropDuplicateRequests,
  elementLines,
  HELSINKI_CSV_COLUMNS,
  parseOpen311Csv,
  parseOpen311Json,
  requestsToFeedback,
  type ThemeNames,
} from '../../src/import/open311.ts';
import { Resolver } from '../../src/import/resolve.ts';
import { sheetFromCsv } from '../../src/import/sheet.ts';

const FIXTURES = new URL('../fixtures/import/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, FIXTURES));
const THEMES: ThemeNames[] = [
  { slug: 'kadut-ja-pyoratiet', titles: ['Kadut ja pyörätiet', 'Streets and cycle paths'] },
  { slug: 'puistot', titles: ['Puistot ja leikkipaikat', 'Parks and playgrounds'] },
  { slug: 'lumityot', titles: ['Katujen kunnossapito ja lumityöt'] },
  { slug: 'asiointi', titles: ['Asiointi ja digipalvelut'] },
];
const MAPPING = parseMapping('m.yaml', read('mappings/open311.yaml').toString()).mapping;

function convert(requests: Parameters<typeof requestsToFeedback>[0], mapping = MAPPING) {
  const resolver = new Resolver(mapping);
  const out = requestsToFeedback(requests, {
    themes: THEMES,
    resolver,
    type: 'criticism',
    timeZone: 'Europe/Helsinki',
    lang: 'fi',
  });
  return { ...out, resolver };
}

describe('Open311 JSON (GeoReport v2 with extensions)', () => {
  const parsed = parseOpen311Json('requests.json', read('open311-requests.json').toString());

  it('reads every request and drops the one the API returned twice', () => {
    expect(parsed.problems).toEqual([]);
    expect(parsed.requests).toHaveLength(7);
    const unique = dropDuplicateRequests(parsed.requests);
    expect(unique.duplicates).toBe(1);
    expect(unique.requests.map((r) => r.id)).not.toContain(undefined);
    expect(new Set(unique.requests.map((r) => r.id)).size).toBe(6);
  });

  it('points each request at the line its object starts on', () => {
    const lines = elementLines('[\n  {"a": "[{"},\n  {\n "b": [1, {"c": 2}]\n  }\n]');
    expect(lines).toEqual([2, 3]);
    expect(parsed.requests[1]!.line).toBe(elementLines(read('open311-requests.json').toString())[1]);
  });

  it('keeps the id, the day in Helsinki time, the service and the text; never coordinates, address or status notes', () => {
    const { rows } = convert(dropDuplicateRequests(parsed.requests).requests);
    const pothole = rows.find((r) => r.id === '8f3kq2ma1hzxr0bd4c7e')!;
    expect(pothole).toEqual({
      id: '8f3kq2ma1hzxr0bd4c7e',
      date: '2026-09-01',
      theme: 'kadut-ja-pyoratiet',
      channel: 'web',
      type: 'criticism',
      service: 'Kadut ja pyörätiet',
      text: 'Pyörätiellä Koulukadun kohdalla on syvä kuoppa, johon kaaduin melkein.',
      answered: '2026-09-04',
      publish: 'no',
    });
    const all = JSON.stringify(rows);
    for (const secret of ['60.1699', '24.9384', 'Koulukatu 4', 'Matti Meikäläinen', 'media'])
      expect(all).not.toContain(secret);
    // 23:30 UTC on 31 October is 1:30 on 1 November in Helsinki.
    expect(rows.find((r) => r.id === 'd4e5f6a7b8c9d0e1f2a3')!.date).toBe('2026-11-01');
  });

  it('fills answered only from closed requests', () => {
    const { rows } = convert(dropDuplicateRequests(parsed.requests).requests);
    expect(rows.find((r) => r.id === 'c7d2e9f0a1b3c4d5e6f7')!.answered).toBe('');
    expect(rows.find((r) => r.id === 'a19bxk2mz0c7qw3e8r4t')!.answered).toBe('2026-10-02');
  });

  it('passes descriptions through the personal-data guard, and uses the title when the description is empty', () => {
    const { rows, redacted } = convert(dropDuplicateRequests(parsed.requests).requests);
    expect(rows.find((r) => r.id === 'a19bxk2mz0c7qw3e8r4t')!.text).toBe(
      'The swing in Kuusikko playground is broken. Call me at [poistettu] if you need details.',
    );
    expect(rows.find((r) => r.id === 'c7d2e9f0a1b3c4d5e6f7')!.text).not.toContain('@');
    expect(redacted).toEqual({ phone: 1, email: 1 });
    expect(rows.find((r) => r.id === 'f0a9b8c7d6e5f4a3b2c1')!.text).toBe('Katuvalo rikki Rantatiellä');
  });

  it('maps a service whose name is a theme title in any language without asking, and reports the rest', () => {
    const { rows, resolver } = convert(dropDuplicateRequests(parsed.requests).requests, emptyMapping());
    expect(rows.map((r) => r.theme).sort()).toEqual(['kadut-ja-pyoratiet', 'kadut-ja-pyoratiet', 'puistot']);
    expect(resolver.unmapped.map((u) => [u.key, u.note])).toEqual([
      ['2809', 'Talvikunnossapito: 2'],
      ['2815', '(service_name on tyhjä): 1'],
    ]);
  });
});

describe("Helsinki's header-less CSV", () => {
  it('reads the sixteen columns in their order and drops the duplicate row', () => {
    const sheet = sheetFromCsv('helsinki.csv', read('open311-helsinki.csv'), HELSINKI_CSV_COLUMNS).sheet!;
    expect(sheet.rows[0]!.line).toBe(1);
    const parsed = parseOpen311Csv(sheet);
    expect(parsed.problems).toEqual([]);
    const unique = dropDuplicateRequests(parsed.requests);
    expect(unique.duplicates).toBe(1);
    const { rows } = convert(unique.requests);
    expect(rows.map((r) => [r.id, r.date, r.theme, r.answered])).toEqual([
      ['h7k2m9p4q1r8s3t6u0v5', '2026-08-18', 'puistot', '2026-08-19'],
      ['j3l8n1p6r2t7v4x9z0b5', '2026-10-05', 'kadut-ja-pyoratiet', ''],
      ['m5q0s7u2w9y4a1c6e3g8', '2026-11-16', 'lumityot', '2026-11-17'],
    ]);
    expect(rows[1]!.text).toBe('Suojatien maalaukset ovat kuluneet näkymättömiin, "vaarallinen" paikka.');
  });
});

describe('places in an export, as the validator gives them', () => {
  it('names a Helsinki CSV request by its Excel row and its id when its service has no theme yet', () => {
    const sheet = sheetFromCsv('helsinki.csv', read('open311-helsinki.csv'), HELSINKI_CSV_COLUMNS).sheet!;
    const { requests } = dropDuplicateRequests(parseOpen311Csv(sheet).requests);
    const { resolver } = convert(requests, emptyMapping());
    const first = resolver.unmapped[0]!;
    expect(first.at).toMatchObject({ file: 'helsinki.csv', column: 0, id: 'h7k2m9p4q1r8s3t6u0v5', row: 1 });
    expect(formatIn('fi')({ ...first.at, severity: 'error', code: 'x', message: { fi: 'm', sv: 'm', en: 'm' } })).toBe(
      'helsinki.csv:1 (rivi 1, h7k2m9p4q1r8s3t6u0v5)  m',
    );
  });
});

describe('a file that is not an Open311 export', () => {
  const en = (p: Parameters<ReturnType<typeof formatIn>>[0]) => formatIn('en')(p);
  const fi = (p: Parameters<ReturnType<typeof formatIn>>[0]) => formatIn('fi')(p);

  it('says a file that is not JSON is not readable JSON, on its line', () => {
    const { problems } = parseOpen311Json('requests.json', '[\n{"service_request_id": "1",\n oops }\n]');
    expect(problems.map(en)).toEqual([
      "requests.json:3  this file is not readable JSON.\n    expected: an Open311 GeoReport v2 export: a JSON list of service requests, or Helsinki's CSV without a header\n    fix: give the import the file the feedback system exported (requests.json or the CSV), not a file saved from Excel",
    ]);
  });

  it('names the request and its status when the status is not open or closed', () => {
    const source = '[{"service_request_id":"x1","status":"pending","requested_datetime":"2026-01-01T10:00:00Z"}]';
    const { problems } = parseOpen311Json('requests.json', source);
    expect(problems.map(fi)).toEqual([
      'requests.json:1  palaute numero 1 (x1): status "pending".\n    kelpaa: open tai closed (Open311 GeoReport v2)\n    korjaus: anna tuonnille palautejärjestelmän viemä tiedosto (requests.json tai CSV), ei Excelissä tallennettua',
    ]);
  });

  it('says a JSON object that is not a list of requests is not one', () => {
    expect(parseOpen311Json('r.json', '{"services": []}').problems.map(en)[0]).toContain(
      'r.json:1  this JSON is not a list of service requests.',
    );
  });

  it('says a request without its id or time lacks it', () => {
    const { problems } = parseOpen311Json('r.json', '[{"status":"open"},{"service_request_id":"a","status":"open"}]');
    expect(problems.map((p) => p.message.en)).toEqual([
      'request number 1 has no service_request_id.',
      'request number 2 (a) has no requested_datetime.',
    ]);
  });

  it('says a CSV with other columns than Helsinki’s is not that export', () => {
    const sheet = sheetFromCsv('x.csv', new TextEncoder().encode('a,b,c\n1,2,3\n'), HELSINKI_CSV_COLUMNS).sheet!;
    expect(parseOpen311Csv(sheet).problems.map((p) => p.message.en)).toEqual(['the rows have 3 columns.']);
  });
});

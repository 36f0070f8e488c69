/**
 * templates/ is what the schemas say (regenerate with npm run templates), in the form Finnish
 * Excel saves, and every template validates: each CSV header, English or Finnish, is filled with
 * the small site's own rows in its place; the MDX files are dropped into the small site as they are.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/core/problem.ts';
import { readCsv } from '../../src/csv/read.ts';
import { CSV_KINDS, templateFiles } from '../../src/docs/templates.ts';
import { loadProject } from '../../src/validate/load-project.ts';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const TEMPLATES = path.join(REPO, 'templates');
const FIXTURE = path.join(REPO, 'test/fixtures/small-site');
const ENV = { SOURCE_DATE_EPOCH: '1795392000' };

const roots: string[] = [];
afterAll(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true });
});

function copy(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'kuultu-templates-'));
  roots.push(root);
  cpSync(FIXTURE, root, { recursive: true });
  return root;
}

function filesUnder(dir: string, base = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory()
      ? filesUnder(full, base)
      : [path.relative(base, full).split(path.sep).join('/')];
  });
}

/** Where the small site keeps a file of this kind. */
const FIXTURE_FILE: Record<string, string> = {
  feedback: 'data/feedback/palaute-2026.csv',
  actions: 'data/actions.csv',
  'action-updates': 'data/action-updates.csv',
  'survey-results': 'data/surveys/kirjastokysely.csv',
  'vote-results': 'data/votes/teemapaiva-2026.csv',
};

async function errorsIn(root: string): Promise<string[]> {
  const result = await loadProject(root, ENV);
  return result.problems.map((p) => formatProblem(p, 'en'));
}

describe('templates/', () => {
  it('is what npm run templates writes from the schemas', () => {
    const expected = templateFiles();
    expect(filesUnder(TEMPLATES).sort(), 'templates/ is out of date: run npm run templates').toEqual(
      expected.map((f) => f.path).sort(),
    );
    for (const f of expected)
      expect(
        readFileSync(path.join(TEMPLATES, f.path), 'utf8'),
        `${f.path} is out of date: run npm run templates`,
      ).toBe((f.bom ? '\uFEFF' : '') + f.text);
  });

  it('has every CSV as Finnish Excel saves it: byte-order mark, ; between cells, CRLF', () => {
    for (const variant of ['csv-en', 'csv-fi'])
      for (const kind of CSV_KINDS) {
        const bytes = readFileSync(path.join(TEMPLATES, variant, `${kind.name}.csv`));
        expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
        const text = bytes.toString('utf8');
        expect(text.endsWith('\r\n')).toBe(true);
        expect(text.replaceAll('\r\n', '')).not.toContain('\n');
        expect(readCsv('t.csv', bytes, { aliases: kind.aliases }).table?.delimiter).toBe(';');
      }
  });

  for (const variant of ['csv-en', 'csv-fi'])
    it(`${variant}: every header reads as the schema's columns, and validates with rows in it`, async () => {
      const root = copy();
      for (const kind of CSV_KINDS) {
        const template = readFileSync(path.join(TEMPLATES, variant, `${kind.name}.csv`));
        const header = readCsv('t.csv', template, { aliases: kind.aliases }).table!;
        const own = readCsv(FIXTURE_FILE[kind.name]!, readFileSync(path.join(root, FIXTURE_FILE[kind.name]!)), {
          aliases: kind.aliases,
        }).table!;
        const rows = own.rows.map((r) => header.columns.map((c) => r.values[c] ?? ''));
        const body = Papa.unparse(rows, { delimiter: ';', newline: '\r\n' });
        writeFileSync(path.join(root, FIXTURE_FILE[kind.name]!), `${template.toString('utf8')}${body}\r\n`);
      }
      expect(await errorsIn(root)).toEqual([]);
    });

  it('MDX: each kind in each language validates clean in a site as it is', async () => {
    const root = copy();
    cpSync(path.join(TEMPLATES, 'content'), path.join(root, 'content'), { recursive: true });
    // The survey and vote templates need their results files, as `npm run new` writes them.
    mkdirSync(path.join(root, 'data/surveys'), { recursive: true });
    writeFileSync(path.join(root, 'data/surveys/liikuntakysely.csv'), 'round;question;n1;n2;n3;n4;n5\r\n');
    writeFileSync(path.join(root, 'data/votes/teemapaiva-2027.csv'), 'option_fi;votes\r\nA;0\r\nB;0\r\n');
    expect(await errorsIn(root)).toEqual([]);
  });
});

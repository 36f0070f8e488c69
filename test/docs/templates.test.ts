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
import { csvText } from '../../src/core/csv-text.ts';
import { CSV_KINDS, CSV_VARIANTS, templateDataFiles, templateFiles } from '../../src/docs/templates.ts';
import { allAliases } from '../../src/schemas/columns.ts';
import { DATA_FILE_NAMES, DATA_FILES, dataPlace, PER_ENTRY_NAMES } from '../../src/schemas/kinds.ts';
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

/** Where the small site keeps a file of each data set (it has one of every set): its first in a folder. */
const FIXTURE_FILE: Record<string, string> = Object.fromEntries(
  DATA_FILE_NAMES.map((name) => {
    const place = dataPlace(name);
    if ('file' in place) return [name, place.file];
    const first = readdirSync(path.join(FIXTURE, place.folder)).sort()[0];
    return [name, `${place.folder}/${first}`];
  }),
);

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
    for (const variant of Object.values(CSV_VARIANTS))
      for (const kind of CSV_KINDS) {
        const bytes = readFileSync(path.join(TEMPLATES, variant, `${kind.name}.csv`));
        expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
        const text = bytes.toString('utf8');
        expect(text.endsWith('\r\n')).toBe(true);
        expect(text.replaceAll('\r\n', '')).not.toContain('\n');
        expect(readCsv('t.csv', bytes, { aliases: allAliases(kind.headers) }).table?.delimiter).toBe(';');
      }
  });

  it('csv-sv and csv-fi head their columns in their own language, as a team writes them', () => {
    const header = (variant: string, name: string) =>
      readFileSync(path.join(TEMPLATES, variant, `${name}.csv`), 'utf8')
        .slice(1)
        .trimEnd();
    expect(header('csv-sv', 'feedback')).toBe('id;datum;tema;kanal;typ;tjänst;antal;text;språk;besvarad;publiceras');
    expect(header('csv-fi', 'feedback')).toBe(
      'tunnus;päivä;teema;kanava;tyyppi;palvelu;määrä;teksti;kieli;vastattu;julkaistaan',
    );
    expect(header('csv-sv', 'actions')).toMatch(
      /^id;rubrik_fi;rubrik_sv;rubrik_en;.*;teman;status;inledd;måldatum;blev klar;framsteg;ansvarig enhet;påverkansmöjlighet;möte;.*;referens;sagt_fi;.*;enkät$/,
    );
    expect(header('csv-sv', 'action-updates')).toBe(
      'åtgärd;datum;status;framsteg;anteckning_fi;anteckning_sv;anteckning_en',
    );
  });

  for (const variant of Object.values(CSV_VARIANTS))
    it(`${variant}: every header reads as the schema's columns, and validates with rows in it`, async () => {
      const root = copy();
      for (const kind of CSV_KINDS) {
        const template = readFileSync(path.join(TEMPLATES, variant, `${kind.name}.csv`));
        const header = readCsv('t.csv', template, { aliases: allAliases(kind.headers) }).table!;
        const own = readCsv(FIXTURE_FILE[kind.name]!, readFileSync(path.join(root, FIXTURE_FILE[kind.name]!)), {
          aliases: allAliases(kind.headers),
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
    // Entries with a per-entry data file (a survey's results, a vote's) need it, as `npm run new` writes it.
    const data = templateDataFiles();
    expect(data.map((d) => d.file.split('/')[1])).toEqual(PER_ENTRY_NAMES.map((n) => DATA_FILES[n].perEntry.kind));
    for (const csv of data) {
      mkdirSync(path.dirname(path.join(root, csv.file)), { recursive: true });
      const rows = csv.rows.map((r) => csv.columns.map((c) => r[c] ?? ''));
      writeFileSync(path.join(root, csv.file), csvText(csv.columns, rows, { separator: ';', eol: '\r\n' }));
    }
    expect(await errorsIn(root)).toEqual([]);
  });
});

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { placeContentFile, readContent, readSite } from '../../src/validate/content.ts';
import { formatIn, formatProblem, type Problem } from '../../src/core/problem.ts';

const roots: string[] = [];

/** A throwaway project with the given files (path relative to the project → text). */
function project(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'kuultu-content-'));
  roots.push(root);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  return root;
}

afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

const SITE = [
  'name: Kuusijärvi kuulee',
  'organisation: Kuusijärven kaupunki',
  'url: https://kuulee.kuusijarvi.example',
  'languages: [fi, sv]',
  'contact: palaute@kuusijarvi.example',
  'feedbackUrl: https://kuusijarvi.example/palaute',
  'accessibility:',
  '  status: partial',
  '  assessed: 2026-09-01',
  '  issues:',
  '    - Osa vanhoista pöytäkirjoista on skannattuja PDF-tiedostoja.',
  '',
].join('\n');

const THEME_FI =
  '---\ntitle: Kirjastot\nsummary: Lainaus, aukioloajat ja tilat.\norder: 2\n---\n\nKirjastot ovat kaupungin suosituin palvelu.\n';
const THEME_SV =
  '---\ntitle: Bibliotek\nsummary: Lån, öppettider och lokaler.\n---\n\nBiblioteken är stadens populäraste tjänst.\n';
const BODY_FI =
  '---\nname: Nuorisovaltuusto\nkind: youth-council\nmembers: 21\ncadence: kerran kuussa\n---\n\nNuorisovaltuusto edustaa nuoria.\n';
const meetingFi = (status: string, date: string, body: string) =>
  `---\nbody: nuorisovaltuusto\ndate: ${date}\nplace: Nuorisotila Kipinä\nstatus: ${status}\nagenda:\n  - Kouluruoka\n---\n${body}`;

const AS_OF = '2026-11-23';

function formatted(problems: readonly Problem[]): string[] {
  return problems.map(formatIn('en'));
}

describe('reading content/', () => {
  it('builds typed entries with translations and key positions (happy path)', async () => {
    const root = project({
      'content/site.yaml': SITE,
      'content/themes/fi/kirjastot.mdx': THEME_FI,
      'content/themes/sv/kirjastot.mdx': THEME_SV,
      'content/bodies/fi/nuorisovaltuusto.mdx': BODY_FI,
      'content/meetings/fi/nuva-2026-10.mdx': meetingFi('held', '12.10.2026', '\nKäsiteltiin kouluruokaa.\n'),
      'content/.DS_Store': 'junk',
    });
    const site = readSite(root);
    expect(site.problems).toEqual([]);
    expect(site.site?.name).toEqual({ fi: 'Kuusijärvi kuulee', sv: 'Kuusijärvi kuulee' });
    const content = await readContent(root, site.site!.languages, AS_OF);
    expect(content.problems).toEqual([]);
    expect(content.fileCount).toBe(4);
    expect(content.themes).toEqual([
      {
        slug: 'kirjastot',
        data: { title: 'Kirjastot', summary: 'Lainaus, aukioloajat ja tilat.', order: 2 },
        translations: {
          fi: {
            lang: 'fi',
            file: 'content/themes/fi/kirjastot.mdx',
            data: { title: 'Kirjastot', summary: 'Lainaus, aukioloajat ja tilat.', order: 2 },
            hasBody: true,
          },
          sv: {
            lang: 'sv',
            file: 'content/themes/sv/kirjastot.mdx',
            data: { title: 'Bibliotek', summary: 'Lån, öppettider och lokaler.' },
            hasBody: true,
          },
        },
        positions: {
          title: { file: 'content/themes/fi/kirjastot.mdx', line: 2, column: 1 },
          summary: { file: 'content/themes/fi/kirjastot.mdx', line: 3, column: 1 },
          order: { file: 'content/themes/fi/kirjastot.mdx', line: 4, column: 1 },
        },
      },
    ]);
    expect(content.bodies.map((b) => [b.slug, b.data.members])).toEqual([['nuorisovaltuusto', 21]]);
    expect(content.meetings[0]?.data).toMatchObject({
      body: 'nuorisovaltuusto',
      date: '2026-10-12',
      status: 'held',
      agenda: ['Kouluruoka'],
    });
    expect(content.meetings[0]?.positions['body']).toEqual({
      file: 'content/meetings/fi/nuva-2026-10.mdx',
      line: 2,
      column: 1,
    });
  });

  it('reports a file directly in the kind folder, with the path to move it to', async () => {
    const root = project({ 'content/themes/kirjastot.mdx': THEME_FI });
    const { problems } = await readContent(root, ['fi', 'sv'], AS_OF);
    expect(formatted(problems)).toEqual([
      'content/themes/kirjastot.mdx  a file in the wrong place: themes must be in a folder for their language.\n' +
        '    expected: content/site.yaml, or content/<kind>/<language>/<name>.mdx with kind one of themes, bodies, meetings, surveys, votes, pages\n' +
        '    fix: move it to content/themes/fi/kirjastot.mdx',
    ]);
  });

  it('reports a misspelt kind folder with a guess', async () => {
    const root = project({ 'content/theme/fi/kirjastot.mdx': THEME_FI });
    const { problems, themes } = await readContent(root, ['fi', 'sv'], AS_OF);
    expect(themes).toEqual([]);
    expect(formatted(problems)).toEqual([
      'content/theme/fi/kirjastot.mdx  a file in the wrong place: "theme" is not a kind of content.\n' +
        '    expected: content/site.yaml, or content/<kind>/<language>/<name>.mdx with kind one of themes, bodies, meetings, surveys, votes, pages\n' +
        '    fix: did you mean themes? Move it to content/themes/fi/kirjastot.mdx',
    ]);
  });

  it('reports a .md file, to be renamed .mdx', async () => {
    const root = project({ 'content/pages/fi/tietoa.md': '---\ntitle: Tietoa\n---\n' });
    const { problems } = await readContent(root, ['fi'], AS_OF);
    expect(formatted(problems)).toEqual([
      'content/pages/fi/tietoa.md  a file in the wrong place: .md files are not read; kuultu reads .mdx files.\n' +
        '    expected: content/site.yaml, or content/<kind>/<language>/<name>.mdx with kind one of themes, bodies, meetings, surveys, votes, pages\n' +
        '    fix: rename it to content/pages/fi/tietoa.mdx',
    ]);
  });

  it('reports a language folder that is not one of the site languages', async () => {
    const root = project({
      'content/themes/fi/kirjastot.mdx': THEME_FI,
      'content/themes/en/kirjastot.mdx': '---\ntitle: Libraries\n---\n',
    });
    const { problems, themes } = await readContent(root, ['fi', 'sv'], AS_OF);
    expect(themes.map((t) => Object.keys(t.translations))).toEqual([['fi']]);
    expect(formatted(problems)).toEqual([
      "content/themes/en/kirjastot.mdx  a file in the wrong place: en is not one of the site's languages (fi, sv).\n" +
        '    expected: content/site.yaml, or content/<kind>/<language>/<name>.mdx with kind one of themes, bodies, meetings, surveys, votes, pages\n' +
        '    fix: add en to languages in content/site.yaml, or remove the file',
    ]);
  });

  it('reports a file name that cannot be a web address', () => {
    const placed = placeContentFile('themes/fi/Kirjastot ja kulttuuri.mdx', ['fi']);
    expect(formatProblem(placed as Problem, 'en')).toBe(
      'content/themes/fi/Kirjastot ja kulttuuri.mdx  the file name "Kirjastot ja kulttuuri.mdx" cannot be used in a web address.\n' +
        '    expected: a file name of letters a–z or A–Z, digits, - and _, starting with a letter or digit, e.g. kouluruoka.mdx\n' +
        '    fix: rename it to Kirjastot-ja-kulttuuri.mdx',
    );
  });

  it('places a well-placed file', () => {
    expect(placeContentFile('votes/sv/teemaviikko.mdx', ['fi', 'sv'])).toEqual({
      kind: 'votes',
      lang: 'sv',
      slug: 'teemaviikko',
      file: 'content/votes/sv/teemaviikko.mdx',
    });
  });

  it('reports a translation without a default-language file', async () => {
    const root = project({ 'content/themes/fi/kirjastot.mdx': THEME_FI, 'content/themes/sv/kirjasto.mdx': THEME_SV });
    const { problems, themes } = await readContent(root, ['fi', 'sv'], AS_OF);
    expect(themes.map((t) => t.slug)).toEqual(['kirjastot']);
    expect(formatted(problems)).toEqual([
      'content/themes/sv/kirjasto.mdx  this sv translation has no fi file (content/themes/fi/kirjasto.mdx).\n' +
        '    expected: a file in the default language fi (the first of languages in content/site.yaml) with the same name\n' +
        '    fix: did you mean kirjastot? Rename it to themes/sv/kirjastot.mdx',
    ]);
  });

  it('warns about a held meeting in the past without minutes, at its status key', async () => {
    const root = project({
      'content/meetings/fi/nuva-2026-10.mdx': meetingFi('held', '12.10.2026', '\n'),
      'content/meetings/fi/nuva-2026-12.mdx': meetingFi('planned', '10.12.2026', ''),
    });
    const { problems, meetings } = await readContent(root, ['fi'], AS_OF);
    expect(meetings).toHaveLength(2);
    expect(problems.map((p) => [p.severity, p.code])).toEqual([['warning', 'meeting.no-minutes']]);
    expect(formatted(problems)).toEqual([
      'content/meetings/fi/nuva-2026-10.mdx:5:1  warning: the meeting of 12.10.2026 is held but has no minutes.\n' +
        '    expected: a summary or the minutes as text below the closing --- of the frontmatter\n' +
        '    fix: write what was discussed and decided below the frontmatter, or correct the status if the meeting was not held',
    ]);
  });

  it('does not warn about a meeting held on the as-of day itself', async () => {
    const root = project({ 'content/meetings/fi/nuva-2026-11.mdx': meetingFi('held', '23.11.2026', '') });
    expect((await readContent(root, ['fi'], AS_OF)).problems).toEqual([]);
  });

  it('scans meeting minutes for personal data, at the line in the file', async () => {
    const root = project({
      'content/meetings/fi/nuva-2026-10.mdx': meetingFi(
        'held',
        '12.10.2026',
        '\nIlmoittautumiset: liisa.virtanen@example.fi\n',
      ),
    });
    const { problems } = await readContent(root, ['fi'], AS_OF);
    expect(formatted(problems)).toEqual([
      'content/meetings/fi/nuva-2026-10.mdx:10:19  the text contains an e-mail address "liisa.virtanen@example.fi", and meeting minutes are published.\n' +
        '    expected: no e-mail addresses, phone numbers, personal identity codes or bank account numbers in published text\n' +
        '    fix: remove it',
    ]);
  });

  it('does not scan theme texts for personal data (they are the body’s own words)', async () => {
    const root = project({
      'content/themes/fi/kirjastot.mdx': THEME_FI.replace('palvelu.', 'palvelu: kirjasto@kuusijarvi.example.'),
    });
    expect((await readContent(root, ['fi'], AS_OF)).problems).toEqual([]);
  });

  it('reports body and frontmatter problems of the same file together, sorted by line', async () => {
    const root = project({
      'content/themes/fi/kirjastot.mdx': '---\ntitle: Kirjastot\nsummary: x\norder: toinen\n---\n\n<div>\n',
    });
    const { problems, themes } = await readContent(root, ['fi'], AS_OF);
    expect(themes).toEqual([]);
    expect(problems.map((p) => `${p.line}:${p.code}`)).toEqual(['4:integer.format', '7:mdx.syntax']);
  });

  it('reports a file that is not UTF-8', async () => {
    const root = project({});
    mkdirSync(path.join(root, 'content/themes/fi'), { recursive: true });
    writeFileSync(
      path.join(root, 'content/themes/fi/kirjastot.mdx'),
      Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0xe4, 0x0a]),
    );
    const { problems } = await readContent(root, ['fi'], AS_OF);
    expect(formatted(problems)).toEqual([
      'content/themes/fi/kirjastot.mdx  the file is not UTF-8 text.\n    expected: text saved as UTF-8\n    fix: open it in your editor and save it with the encoding UTF-8',
    ]);
  });
});

describe('reading content/site.yaml', () => {
  const withLine = (key: string, line: string | undefined) =>
    SITE.split('\n')
      .flatMap((l) => (l.startsWith(`${key}:`) ? (line === undefined ? [] : [line]) : [l]))
      .join('\n');

  it('reports a language kuultu does not publish in', () => {
    const root = project({ 'content/site.yaml': withLine('languages', 'languages: [fi, de]') });
    expect(formatted(readSite(root).problems)).toEqual([
      'content/site.yaml:4:17  languages item 2 "de" is not a language kuultu publishes in.\n    expected: fi, sv, en\n    fix: kuultu publishes in Finnish (fi), Swedish (sv) and English (en): use those codes',
    ]);
  });

  it('suggests the code for a language written out in Finnish', () => {
    const root = project({ 'content/site.yaml': withLine('languages', 'languages: [suomi, ruotsi]') });
    expect(formatted(readSite(root).problems).map((p) => p.split('\n')[2])).toEqual([
      '    fix: write "fi" (suomi = fi)',
      '    fix: write "sv" (ruotsi = sv)',
    ]);
  });

  it('reports a url that is not https', () => {
    const root = project({ 'content/site.yaml': withLine('url', 'url: http://kuulee.kuusijarvi.example') });
    expect(formatted(readSite(root).problems)).toEqual([
      'content/site.yaml:3:1  url "http://kuulee.kuusijarvi.example" is not a secure (https) address.\n' +
        '    expected: a web address starting with https://\n' +
        '    fix: write it as https://kuulee.kuusijarvi.example',
    ]);
  });

  it('reports a url without https:// at all', () => {
    const root = project({ 'content/site.yaml': withLine('url', 'url: kuulee.kuusijarvi.example') });
    expect(formatted(readSite(root).problems)[0]?.split('\n')[0]).toBe(
      'content/site.yaml:3:1  url "kuulee.kuusijarvi.example" is not a full web address.',
    );
  });

  it('reports a missing contact', () => {
    const root = project({ 'content/site.yaml': withLine('contact', undefined) });
    const result = readSite(root);
    expect(result.site).toBeUndefined();
    expect(formatted(result.problems)).toEqual([
      'content/site.yaml  the required key "contact" is missing.\n' +
        '    expected: contact: an e-mail address (The contact for feedback and accessibility feedback (e-mail).)\n' +
        '    fix: add a line "contact: …" to content/site.yaml',
    ]);
  });

  it('reports a contact that is not an e-mail address', () => {
    const root = project({ 'content/site.yaml': withLine('contact', 'contact: mailto:palaute@kuusijarvi.example') });
    expect(formatted(readSite(root).problems)).toEqual([
      'content/site.yaml:5:1  contact "mailto:palaute@kuusijarvi.example" is not an e-mail address.\n' +
        '    expected: an e-mail address, e.g. palaute@kunta.fi\n' +
        '    fix: write it without mailto: (palaute@kuusijarvi.example)',
    ]);
  });

  it('reports a missing site.yaml', () => {
    const root = project({});
    expect(formatted(readSite(root).problems)).toEqual([
      'content/site.yaml  the site settings file content/site.yaml is missing.\n' +
        '    expected: content/site.yaml with name, organisation, url, languages, contact, feedbackUrl and accessibility\n' +
        '    fix: create content/site.yaml; the author guide in README.md has an example',
    ]);
  });

  it('reports a name object without the default language', () => {
    const root = project({ 'content/site.yaml': withLine('name', 'name: { sv: Kuusijärvi lyssnar }') });
    expect(formatted(readSite(root).problems)).toEqual([
      'content/site.yaml:1:1  name has no name in fi, the default language.\n    expected: a name for fi\n    fix: add a line "fi: …" under name:',
    ]);
  });
});

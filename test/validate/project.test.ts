/**
 * The whole validation of a project, as `npm run validate` sees it: each test copies the small
 * fixture site (which validates clean), breaks one thing, and asserts every line the author
 * reads. Row-level schema details live in test/schemas; this file guards that each bad-input
 * kind of PRODUCT.md §5 reaches the author from a real project tree, with file, line, column,
 * value, what was expected and a fix, and nothing else besides.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { loadProject } from '../../src/validate/load-project.ts';
import { formatIn, location, sortProblems } from '../../src/core/problem.ts';

const FIXTURE = fileURLToPath(new URL('../fixtures/small-site/', import.meta.url));
/** 23.11.2026: the fixture's meetings and votes are then in the past or future as intended. */
const ENV = { SOURCE_DATE_EPOCH: '1795392000' };
const FEEDBACK = 'data/feedback/palaute-2026.csv';
const HEADER = 'id,date,theme,channel,type,service,count,text,publish';

const roots: string[] = [];

afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** A throwaway copy of the small fixture site, to break one thing in. */
function smallSite() {
  const root = mkdtempSync(path.join(tmpdir(), 'kuultu-project-'));
  roots.push(root);
  cpSync(FIXTURE, root, { recursive: true });
  const site = {
    root,
    write(file: string, content: string | Uint8Array) {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      writeFileSync(path.join(root, file), content);
      return site;
    },
    /** Replace text that must be there, so a changed fixture fails loudly rather than testing nothing. */
    replace(file: string, from: string, to: string) {
      const text = readFileSync(path.join(root, file), 'utf8');
      expect(text, `${file} should contain ${from}`).toContain(from);
      writeFileSync(path.join(root, file), text.replace(from, to));
      return site;
    },
    remove(file: string) {
      rmSync(path.join(root, file), { recursive: true });
      return site;
    },
  };
  return site;
}

/** Everything the author reads for this project, in the order it is printed. */
async function messages(root: string): Promise<string[]> {
  const result = await loadProject(root, ENV);
  return sortProblems(result.problems).map(formatIn('en'));
}

/** One feedback file holding just these rows under the standard header. */
function feedbackFile(...rows: string[]): string {
  return [HEADER, ...rows, ''].join('\n');
}

describe('the small fixture site', () => {
  it('validates clean, so every test below sees only the problem it makes', async () => {
    const result = await loadProject(smallSite().root, ENV);
    expect(result.problems.map(formatIn('en'))).toEqual([]);
    expect(result.project?.feedback).toHaveLength(4);
  });
});

describe('columns of a feedback file', () => {
  it('warns about an unknown column and suggests the column meant', async () => {
    const site = smallSite().replace(FEEDBACK, ',publish\n', ',publsh\n');
    expect(await messages(site.root)).toEqual([
      'data/feedback/palaute-2026.csv:1:9 (row 1, column I)  warning: column "publsh" is not a column of a feedback file, so it is ignored.\n' +
        '    expected: id, date, theme, channel, type, service, count, text, lang, answered, publish\n' +
        '    fix: did you mean "publish"? Rename the column, or delete it',
    ]);
  });

  it('reports a missing required column once, not once per row', async () => {
    const site = smallSite().write(
      FEEDBACK,
      'id,date,theme,type\nP-1,3.1.2026,kirjastot,idea\nP-2,4.1.2026,puistot,praise\n',
    );
    expect(await messages(site.root)).toEqual([
      'data/feedback/palaute-2026.csv:1 (row 1)  the required column "channel" is missing from the header.\n' +
        '    expected: the columns of a feedback file: id, date, theme, channel, type, service, count, text, lang, answered, publish\n' +
        '    fix: add a column named channel',
    ]);
  });

  it('says which unknown column is probably the missing one', async () => {
    const site = smallSite().write(FEEDBACK, 'id,date,theme,chanel,type\nP-1,3.1.2026,kirjastot,web,idea\n');
    expect(await messages(site.root)).toEqual([
      'data/feedback/palaute-2026.csv:1 (row 1)  the required column "channel" is missing from the header.\n' +
        '    expected: the columns of a feedback file: id, date, theme, channel, type, service, count, text, lang, answered, publish\n' +
        '    fix: add a column named channel (is "chanel" meant to be channel?)',
      'data/feedback/palaute-2026.csv:1:4 (row 1, column D)  warning: column "chanel" is not a column of a feedback file, so it is ignored.\n' +
        '    expected: id, date, theme, channel, type, service, count, text, lang, answered, publish\n' +
        '    fix: did you mean "channel"? Rename the column, or delete it',
    ]);
  });
});

describe('values in a feedback row', () => {
  it('reports an empty required value with the format to write', async () => {
    const site = smallSite().replace(FEEDBACK, 'P-1,2026-01-03,', 'P-1,,');
    expect(await messages(site.root)).toEqual([
      'data/feedback/palaute-2026.csv:2:2 (row 2, column B, P-1)  date is empty.\n' +
        '    expected: a date as d.m.yyyy (e.g. 3.1.2026) or yyyy-mm-dd\n' +
        '    fix: fill in the date, e.g. 3.1.2026',
    ]);
  });

  it('reports a date in another format and writes it the Finnish way', async () => {
    const site = smallSite().replace(FEEDBACK, 'P-1,2026-01-03,', 'P-1,3/1/2026,');
    expect(await messages(site.root)).toEqual([
      'data/feedback/palaute-2026.csv:2:2 (row 2, column B, P-1)  date "3/1/2026" is not a date.\n' +
        '    expected: a date as d.m.yyyy (e.g. 3.1.2026) or yyyy-mm-dd\n' +
        '    fix: write 3.1.2026',
    ]);
  });

  it('reports a date that is not a date at all', async () => {
    const site = smallSite().replace(FEEDBACK, 'P-1,2026-01-03,', 'P-1,tammikuu,');
    expect(await messages(site.root)).toEqual([
      'data/feedback/palaute-2026.csv:2:2 (row 2, column B, P-1)  date "tammikuu" is not a date.\n' +
        '    expected: a date as d.m.yyyy (e.g. 3.1.2026) or yyyy-mm-dd\n' +
        '    fix: write the date as d.m.yyyy, e.g. 3.1.2026',
    ]);
  });

  it('reports an impossible date (31.2.2025) with the days the month has', async () => {
    const site = smallSite().replace(FEEDBACK, 'P-1,2026-01-03,', 'P-1,31.2.2025,');
    expect(await messages(site.root)).toEqual([
      'data/feedback/palaute-2026.csv:2:2 (row 2, column B, P-1)  date "31.2.2025" is not a date that exists (month 2 of 2025 has 28 days).\n' +
        '    expected: a real calendar date\n' +
        '    fix: check the day and the month',
    ]);
  });

  it('translates a Finnish channel into the value to write (kanava verkko = web)', async () => {
    const site = smallSite().replace(FEEDBACK, 'P-1,2026-01-03,kirjastot,web,', 'P-1,2026-01-03,kirjastot,verkko,');
    expect(await messages(site.root)).toEqual([
      'data/feedback/palaute-2026.csv:2:4 (row 2, column D, P-1)  channel "verkko" is not a channel.\n' +
        '    expected: web, email, phone, meeting, survey, social, visit, other\n' +
        '    fix: write "web" (verkko = web)',
    ]);
  });

  it('reads the Finnish header kanava and reports the value under the name the author wrote', async () => {
    const site = smallSite().write(
      FEEDBACK,
      'tunnus;päivä;teema;kanava;tyyppi\nP-1;3.1.2026;kirjastot;puhelinsoitto;idea\n',
    );
    expect(await messages(site.root)).toEqual([
      'data/feedback/palaute-2026.csv:2:4 (row 2, column D, P-1)  kanava "puhelinsoitto" is not a channel.\n' +
        '    expected: web, email, phone, meeting, survey, social, visit, other\n' +
        '    fix: write one of web, email, phone, meeting, survey, social, visit, other',
    ]);
  });

  it('reports a count that is not a whole number', async () => {
    const site = smallSite().replace(FEEDBACK, 'Kirjastopalvelut,3,', 'Kirjastopalvelut,2.5,');
    expect(await messages(site.root)).toEqual([
      'data/feedback/palaute-2026.csv:3:7 (row 3, column G, P-2)  count "2.5" is not a whole number.\n' +
        '    expected: a whole number, 1 or more\n' +
        '    fix: round it to a whole number',
    ]);
  });

  it('reports a count written in words', async () => {
    const site = smallSite().replace(FEEDBACK, 'Kirjastopalvelut,3,', 'Kirjastopalvelut,kolme,');
    expect(await messages(site.root)).toEqual([
      'data/feedback/palaute-2026.csv:3:7 (row 3, column G, P-2)  count "kolme" is not a whole number.\n' +
        '    expected: a whole number, 1 or more\n' +
        '    fix: write digits only, e.g. 3',
    ]);
  });

  it('reports a negative count', async () => {
    const site = smallSite().replace(FEEDBACK, 'Kirjastopalvelut,3,', 'Kirjastopalvelut,-3,');
    expect(await messages(site.root)).toEqual([
      'data/feedback/palaute-2026.csv:3:7 (row 3, column G, P-2)  count "-3" is less than 1.\n' +
        '    expected: a whole number, 1 or more\n' +
        '    fix: write 1 or more, or leave the cell empty for 1',
    ]);
  });
});

describe('ids', () => {
  it('reports a duplicate id within a file, pointing back at the first row', async () => {
    const site = smallSite().replace(FEEDBACK, 'P-2,', 'P-1,');
    expect(await messages(site.root)).toEqual([
      'data/feedback/palaute-2026.csv:3:1 (row 3, column A, P-1)  id "P-1" is already used by another piece of feedback (row 2 of this file).\n' +
        '    expected: every piece of feedback to have its own id\n' +
        '    fix: give this row a new id, or delete it if it is the same row twice',
    ]);
  });

  it('reports a duplicate id across two feedback files, naming the other file', async () => {
    const site = smallSite().write(
      'data/feedback/palaute-2025.csv',
      'tunnus;päivä;teema;kanava;tyyppi\nP-9;1.1.2025;puistot;web;idea\nP-3;2.1.2025;puistot;web;idea\n',
    );
    expect(await messages(site.root)).toEqual([
      'data/feedback/palaute-2026.csv:4:1 (row 4, column A, P-3)  id "P-3" is already used by another piece of feedback (data/feedback/palaute-2025.csv row 3).\n' +
        '    expected: every piece of feedback to have its own id\n' +
        '    fix: give one of them a new id; if both files hold the same export, delete the older file',
    ]);
  });
});

describe('references between files', () => {
  it('reports an unknown theme and suggests the theme meant', async () => {
    const site = smallSite().replace(FEEDBACK, 'P-3,2025-07-01,puistot,', 'P-3,2025-07-01,puisto,');
    expect(await messages(site.root)).toEqual([
      'data/feedback/palaute-2026.csv:4:3 (row 4, column C, P-3)  theme "puisto" is not a theme that exists.\n' +
        '    expected: a theme: puistot — Puistot ja leikkipaikat, kirjastot — Kirjastot\n' +
        '    fix: did you mean puistot — Puistot ja leikkipaikat? Write puistot',
    ]);
  });

  it('reports an unknown theme that resembles none, saying where a theme is added', async () => {
    const site = smallSite().replace(FEEDBACK, 'P-3,2025-07-01,puistot,', 'P-3,2025-07-01,liikenne,');
    expect(await messages(site.root)).toEqual([
      'data/feedback/palaute-2026.csv:4:3 (row 4, column C, P-3)  theme "liikenne" is not a theme that exists.\n' +
        '    expected: a theme: puistot — Puistot ja leikkipaikat, kirjastot — Kirjastot\n' +
        '    fix: correct the theme, or add content/themes/fi/liikenne.mdx',
    ]);
  });

  it('does not call an action unknown in its updates when only its own row has a problem', async () => {
    const site = smallSite().replace(
      'data/actions.csv',
      'A-2026-002,Pelipäivä kirjastossa,Speldag i biblioteket,Games day at the library,,,,kirjastot,done,2026-02-20,,2026-04-10,',
      'A-2026-002,Pelipäivä kirjastossa,Speldag i biblioteket,Games day at the library,,,,kirjastot,done,2026-02-20,,,',
    );
    expect(await messages(site.root)).toEqual([
      'data/actions.csv:5:12 (row 3, column L, A-2026-002)  completed is empty, but status is done.\n' +
        '    expected: the date the action was completed\n' +
        '    fix: write the date the action was completed, e.g. 3.1.2026, or change the status; a done action needs a completed date, progress 100 or empty, and, if it has rows in data/action-updates.csv, a last row there with status done and the completed date',
    ]);
  });

  it('reports an unknown meeting in actions.csv', async () => {
    const site = smallSite().replace(
      'data/actions.csv',
      ',own,2026-03-nuorisovaltuusto,',
      ',own,2026-04-nuorisovaltuusto,',
    );
    expect(await messages(site.root)).toEqual([
      'data/actions.csv:2:16 (row 2, column P, A-2026-001)  meeting "2026-04-nuorisovaltuusto" is not a meeting that exists.\n' +
        '    expected: a meeting: 2026-03-nuorisovaltuusto — Nuorisovaltuusto 12.3.2026, 2026-12-nuorisovaltuusto — Nuorisovaltuusto 10.12.2026\n' +
        '    fix: did you mean 2026-03-nuorisovaltuusto — Nuorisovaltuusto 12.3.2026? Write 2026-03-nuorisovaltuusto',
    ]);
  });

  it('tells a meeting written by its name and month, not its id, which id to write (not to add a file of that name)', async () => {
    const site = smallSite().replace(
      'data/actions.csv',
      ',own,2026-03-nuorisovaltuusto,',
      ',own,nuorisovaltuusto toukokuu,',
    );
    const finnish = await loadProject(site.root, ENV);
    expect(finnish.problems.map(formatIn('fi'))).toEqual([
      'data/actions.csv:2:16 (rivi 2, sarake P, A-2026-001)  meeting "nuorisovaltuusto toukokuu" ei ole minkään kokouksen tunnus.\n' +
        '    kelpaa: kokous: 2026-03-nuorisovaltuusto — Nuorisovaltuusto 12.3.2026, 2026-12-nuorisovaltuusto — Nuorisovaltuusto 10.12.2026\n' +
        '    korjaus: kokouksen tunnus on sen tiedoston nimi kansiossa content/meetings/fi/ ilman .mdx-päätettä: kirjoita se, esim. 2026-03-nuorisovaltuusto',
    ]);
  });

  it('says a repeated header row once: its "theme" is not called an unknown theme', async () => {
    const site = smallSite().replace(
      'data/feedback/palaute-2026.csv',
      'P-2,2026-02-14',
      'id,date,theme,channel,type,service,count,text,publish\nP-2,2026-02-14',
    );
    expect(await messages(site.root)).toEqual([
      'data/feedback/palaute-2026.csv:3:1 (row 3, column A)  the row repeats the header: two exports were probably pasted one after the other.\n' +
        '    expected: the header on the first line of the file only\n' +
        '    fix: delete row 3, and check that the file does not hold the same rows twice',
    ]);
  });

  it('reports an unknown survey in actions.csv, recognising the survey by its title', async () => {
    const site = smallSite().replace('data/actions.csv', ',,,,,,,kirjastokysely\n', ',,,,,,,kirjastokysly\n');
    expect(await messages(site.root)).toEqual([
      'data/actions.csv:2:23 (row 2, column W, A-2026-001)  survey "kirjastokysly" is not a survey that exists.\n' +
        '    expected: a survey: kirjastokysely — Kirjastokysely\n' +
        '    fix: did you mean kirjastokysely — Kirjastokysely? Write kirjastokysely',
    ]);
    const finnish = await loadProject(site.root, ENV);
    expect(finnish.problems.map(formatIn('fi'))).toEqual([
      'data/actions.csv:2:23 (rivi 2, sarake W, A-2026-001)  survey "kirjastokysly" ei ole minkään kyselyn tunnus.\n' +
        '    kelpaa: kysely: kirjastokysely — Kirjastokysely\n' +
        '    korjaus: tarkoititko kirjastokysely — Kirjastokysely? Kirjoita kirjastokysely',
    ]);
  });

  it('does not call a meeting with a mistake of its own "a meeting that does not exist"', async () => {
    const site = smallSite().replace(
      'content/meetings/fi/2026-03-nuorisovaltuusto.mdx',
      'date: 12.3.2026',
      'date: 31.2.2026',
    );
    expect(await messages(site.root)).toEqual([
      'content/meetings/fi/2026-03-nuorisovaltuusto.mdx:3:1  date "31.2.2026" is not a date that exists (month 2 of 2026 has 28 days).\n' +
        '    expected: a real calendar date\n' +
        '    fix: check the day and the month',
    ]);
  });

  it('reports an unknown body in a meeting at its frontmatter key', async () => {
    const site = smallSite().replace(
      'content/meetings/fi/2026-12-nuorisovaltuusto.mdx',
      'body: nuorisovaltuusto',
      'body: nuorisoneuvosto',
    );
    expect(await messages(site.root)).toEqual([
      'content/meetings/fi/2026-12-nuorisovaltuusto.mdx:2:1  body "nuorisoneuvosto" is not a body that exists.\n' +
        '    expected: a body: nuorisovaltuusto — Nuorisovaltuusto\n' +
        '    fix: correct the body, or add content/bodies/fi/nuorisoneuvosto.mdx',
    ]);
  });

  it('reports an unknown action in a vote', async () => {
    const site = smallSite().replace(
      'content/votes/fi/teemapaiva-2026.mdx',
      'action: A-2026-002',
      'action: A-2026-022',
    );
    expect(await messages(site.root)).toEqual([
      'content/votes/fi/teemapaiva-2026.mdx:7:1  action "A-2026-022" is not an action that exists.\n' +
        '    expected: an action (there are 4 actions); the nearest: A-2026-002, A-2026-001, A-2025-003\n' +
        '    fix: did you mean A-2026-002? Write A-2026-002',
    ]);
  });

  it('reports an electorate smaller than the votes cast at the electorate key: a turnout over 100 % is impossible', async () => {
    const site = smallSite().replace('content/votes/fi/teemapaiva-2026.mdx', 'electorate: 400', 'electorate: 200');
    expect(await messages(site.root)).toEqual([
      'content/votes/fi/teemapaiva-2026.mdx:6:1  electorate "200" is fewer than the 246 votes in data/votes/teemapaiva-2026.csv: the turnout would be over 100 %.\n' +
        '    expected: at least 246: everyone who could vote, including those who did not\n' +
        '    fix: correct electorate, or the votes in data/votes/teemapaiva-2026.csv',
    ]);
  });

  it('warns about votes counted for a vote that has not opened yet, at the first option with votes', async () => {
    const site = smallSite().replace(
      'content/votes/fi/teemapaiva-2026.mdx',
      'opens: 1.2.2026\ncloses: 15.2.2026',
      'opens: 1.12.2026\ncloses: 15.12.2026',
    );
    expect(await messages(site.root)).toEqual([
      'data/votes/teemapaiva-2026.csv:2:4 (row 2, column D)  warning: votes "120" are given for a vote that opens on 1.12.2026, after this build\'s date 23.11.2026: results published before voting started.\n' +
        '    expected: votes 0 for every option until voting has started\n' +
        '    fix: set the votes to 0 until the vote has been held, or correct opens in content/votes/fi/teemapaiva-2026.mdx',
    ]);
  });

  it('accepts an upcoming vote whose options have no votes yet', async () => {
    const site = smallSite()
      .replace(
        'content/votes/fi/teemapaiva-2026.mdx',
        'opens: 1.2.2026\ncloses: 15.2.2026',
        'opens: 1.12.2026\ncloses: 15.12.2026',
      )
      .write(
        'data/votes/teemapaiva-2026.csv',
        'option_fi,option_sv,option_en,votes\nPelipäivä,Speldag,Games day,0\nSarjakuvapäivä,Seriedag,Comics day,0\n',
      );
    expect(await messages(site.root)).toEqual([]);
  });

  it('reports an unknown survey question, naming the survey file that defines the questions', async () => {
    const site = smallSite().replace('data/surveys/kirjastokysely.csv', '2025-11-30,kokoelmat', '2025-11-30,kokoelma');
    expect(await messages(site.root)).toEqual([
      'data/surveys/kirjastokysely.csv:5:2 (row 5, column B)  question "kokoelma" is not a question of the survey in content/surveys/fi/kirjastokysely.mdx.\n' +
        '    expected: a question id from the questions in content/surveys/fi/kirjastokysely.mdx: aukiolo, kokoelmat\n' +
        '    fix: did you mean "kokoelmat"?',
    ]);
  });

  it('reports a survey without a results file', async () => {
    const site = smallSite().remove('data/surveys/kirjastokysely.csv');
    expect(await messages(site.root)).toEqual([
      'content/surveys/fi/kirjastokysely.mdx  the survey "kirjastokysely" has no results file.\n' +
        '    expected: data/surveys/kirjastokysely.csv\n' +
        '    fix: add data/surveys/kirjastokysely.csv with columns round, question, n1…n5',
    ]);
  });

  it('reports results without a survey, and does not suggest renaming onto a survey that has results', async () => {
    const site = smallSite().write(
      'data/surveys/kirjastokysely-2027.csv',
      'round,question,n1,n2,n3,n4,n5\n2027-01-31,aukiolo,1,2,3,4,5\n',
    );
    expect(await messages(site.root)).toEqual([
      'data/surveys/kirjastokysely-2027.csv  these results belong to no survey: there is no content/surveys/fi/kirjastokysely-2027.mdx.\n' +
        '    expected: a survey page named like the CSV file\n' +
        '    fix: add content/surveys/fi/kirjastokysely-2027.mdx, or rename the CSV to match an existing survey',
    ]);
  });

  it('reports a misspelt results file from both ends, suggesting the right name', async () => {
    const site = smallSite();
    site
      .write('data/surveys/kirjastokysly.csv', readFileSync(path.join(site.root, 'data/surveys/kirjastokysely.csv')))
      .remove('data/surveys/kirjastokysely.csv');
    expect(await messages(site.root)).toEqual([
      'content/surveys/fi/kirjastokysely.mdx  the survey "kirjastokysely" has no results file.\n' +
        '    expected: data/surveys/kirjastokysely.csv\n' +
        '    fix: add data/surveys/kirjastokysely.csv with columns round, question, n1…n5',
      'data/surveys/kirjastokysly.csv  these results belong to no survey: there is no content/surveys/fi/kirjastokysly.mdx.\n' +
        '    expected: a survey page named like the CSV file\n' +
        '    fix: did you mean kirjastokysely? Rename the file to data/surveys/kirjastokysely.csv',
    ]);
  });
});

describe('files that cannot be read as CSV', () => {
  it('reports an unclosed quote at the line and cell where the quote opens', async () => {
    const site = smallSite().replace(FEEDBACK, ',Uudet penkit', ',"Uudet penkit');
    expect(await messages(site.root)).toEqual([
      'data/feedback/palaute-2026.csv:4:8 (row 4, column H)  the quote " before "Uudet penkit ovat hyvät!,yes" is never closed, so the rest of the file reads as one cell.\n' +
        '    expected: every cell that starts with " to end with "\n' +
        '    fix: add the missing " at the end of the cell, or remove the opening "',
    ]);
  });

  it('counts quoted newlines above an unclosed quote when giving its line', async () => {
    const site = smallSite().write(
      FEEDBACK,
      feedbackFile(
        'P-1,3.1.2026,kirjastot,web,idea,,,"Kaksi\nriviä",yes',
        'P-2,4.1.2026,kirjastot,web,idea,,,"Auki jää',
        'P-3,5.1.2026,kirjastot,web,idea,,,,',
      ),
    );
    expect((await messages(site.root))[0]).toMatch(
      /^data\/feedback\/palaute-2026\.csv:4:8 \(row 3, column H\) {2}the quote " before "Auki jää" is never closed/,
    );
  });

  it('reports text after a closing quote instead of silently running the cell into the next rows', async () => {
    const site = smallSite().replace(
      FEEDBACK,
      ',Uudet penkit ovat hyvät!,yes',
      ',"Uudet penkit ovat hyvät!" Soittakaa 040 123 4567,yes',
    );
    expect(await messages(site.root)).toEqual([
      'data/feedback/palaute-2026.csv:4:8 (row 4, column H)  the cell "Uudet penkit ovat hyvät!" goes on after its closing quote: "Soittakaa 040 123 4567".\n' +
        '    expected: a quoted cell to end at its closing quote, followed by a comma or the end of the line\n' +
        '    fix: move the text inside the quotes; a quote inside the text is written as two quotes ""',
    ]);
  });

  it('reports a file with another separator (|) as one single column', async () => {
    const site = smallSite().write(FEEDBACK, 'id|date|theme|channel|type\nP-1|3.1.2026|kirjastot|web|idea\n');
    expect(await messages(site.root)).toEqual([
      'data/feedback/palaute-2026.csv:1:1 (row 1, column A)  the header "id|date|theme|channel|type" reads as one single column: kuultu could not find a ; or , separator in it.\n' +
        '    expected: columns separated by ; (Finnish Excel) or , (CSV UTF-8)\n' +
        '    fix: check the header line, and save the file again in Excel: File > Save As > CSV UTF-8 (Comma delimited)',
    ]);
  });

  it('reports a byte that is neither UTF-8 nor Windows-1252 (0x81), at its line', async () => {
    const bytes = Buffer.concat([
      Buffer.from('id;date;theme;channel;type\nP-1;3.1.2026;kirjastot;web;idea\nP-2;3.1.2026;kirjastot;web;idea '),
      Buffer.from([0x81]),
      Buffer.from('\n'),
    ]);
    const site = smallSite().write(FEEDBACK, bytes);
    expect(await messages(site.root)).toEqual([
      'data/feedback/palaute-2026.csv:3  byte 0x81 is not text in UTF-8 or Windows-1252: the file is not a CSV text file, or it is damaged.\n' +
        '    expected: a CSV file in UTF-8 or Windows-1252\n' +
        '    fix: save the file again in Excel: File > Save As > CSV UTF-8 (Comma delimited)',
    ]);
  });

  it('reports a file saved as UTF-16 ("Unicode text")', async () => {
    const site = smallSite().write(
      FEEDBACK,
      Buffer.concat([
        Buffer.from([0xff, 0xfe]),
        Buffer.from(`${HEADER}\nP-1,3.1.2026,kirjastot,web,idea,,,,\n`, 'utf16le'),
      ]),
    );
    expect(await messages(site.root)).toEqual([
      'data/feedback/palaute-2026.csv:1  the file is saved as UTF-16 ("Unicode text"), which kuultu does not read.\n' +
        '    expected: a CSV file in UTF-8 or Windows-1252\n' +
        '    fix: save the file again in Excel: File > Save As > CSV UTF-8 (Comma delimited)',
    ]);
  });

  it('reports a folder named actions.csv as a folder, without also doubting every action update', async () => {
    const site = smallSite().remove('data/actions.csv');
    mkdirSync(path.join(site.root, 'data/actions.csv'));
    expect(await messages(site.root)).toEqual([
      'data/actions.csv  this is a folder, not a file, so kuultu cannot read it.\n' +
        '    expected: a file with this name, not a folder\n' +
        '    fix: move the files inside it to where they belong, then delete or rename the folder',
    ]);
  });
});

describe('personal data in published feedback (PRODUCT.md §6)', () => {
  const kinds = [
    {
      kind: 'an e-mail address',
      text: 'Vastatkaa osoitteeseen matti.meikalainen@example.fi',
      found: 'matti.meikalainen@example.fi',
    },
    { kind: 'a phone number', text: 'Soittakaa 040 123 4567', found: '040 123 4567' },
    { kind: 'a Finnish personal identity code', text: 'Hetuni on 131052-308T', found: '131052-308T' },
    {
      kind: 'an IBAN bank account number',
      text: 'Palauttakaa maksu tilille FI21 1234 5600 0007 85',
      found: 'FI21 1234 5600 0007 85',
    },
  ];

  it.each(kinds)('reports $kind in a text with publish yes', async ({ kind, text, found }) => {
    const site = smallSite().replace(FEEDBACK, 'Sunnuntaiaukiolo olisi hieno.', text);
    expect(await messages(site.root)).toEqual([
      `data/feedback/palaute-2026.csv:2:8 (row 2, column H, P-1)  text contains ${kind} ("${found}"), and publish is yes.\n` +
        '    expected: no e-mail addresses, phone numbers, personal identity codes or bank account numbers in published text\n' +
        '    fix: remove it from the text, or set publish to no',
    ]);
  });

  it.each(kinds)('accepts $kind in a text with publish no or empty', async ({ text }) => {
    const site = smallSite().write(
      FEEDBACK,
      feedbackFile(
        `P-1,3.1.2026,kirjastot,web,idea,,,${text},no`,
        `P-2,3.1.2026,kirjastot,web,idea,,,${text},`,
        `P-3,3.1.2026,kirjastot,web,idea,,,${text},ei`,
      ),
    );
    expect(await messages(site.root)).toEqual([]);
  });
});

describe('files in the wrong place in data/', () => {
  it('says where a feedback file and an Excel sheet belong', async () => {
    const site = smallSite()
      .write('data/feedback.csv', feedbackFile('P-9,3.1.2026,kirjastot,web,idea,,,,'))
      .write('data/palaute.xlsx', 'PK\u0003\u0004');
    const expected =
      '    expected: data/feedback/<export>.csv, data/actions.csv, data/action-updates.csv, data/surveys/<survey id>.csv, data/votes/<vote id>.csv\n';
    expect(await messages(site.root)).toEqual([
      `data/feedback.csv  this file is in a place kuultu does not read, so it would not be published.\n${expected}    fix: move it to data/feedback/feedback.csv`,
      'data/palaute.xlsx  this file is in a place kuultu does not read, so it would not be published.\n' +
        expected +
        '    fix: save the sheet as CSV (in Excel: File > Save As > CSV UTF-8 (Comma delimited)) and commit the .csv file',
    ]);
  });
});

describe('one run reports everything', () => {
  it('reports every problem of several broken files at once, sorted by file and then line', async () => {
    const site = smallSite()
      .replace(FEEDBACK, 'P-4,2025-11-20,', 'P-4,31.11.2025,')
      .replace(FEEDBACK, 'P-1,2026-01-03,kirjastot,web,', 'P-1,2026-01-03,kirjastot,verkko,')
      .replace(FEEDBACK, 'P-3,2025-07-01,puistot,', 'P-3,2025-07-01,puisto,')
      .replace(
        'data/actions.csv',
        'A-2025-003,Uudet penkit Keskuspuistoon,,New benches in the Central Park,,,,puistot,done',
        'A-2025-003,Uudet penkit Keskuspuistoon,,New benches in the Central Park,,,,puistot,valmis',
      )
      .replace('content/votes/fi/teemapaiva-2026.mdx', 'body: nuorisovaltuusto', 'body: nuva')
      .write('data/palaute.xlsx', 'PK')
      .write('data/feedback/vanha.csv', 'id|date\n');
    const result = await loadProject(site.root, ENV);
    const sorted = sortProblems(result.problems);
    expect(result.project).toBeUndefined();
    expect(sorted.map((p) => `${location(p)} ${p.code}`)).toEqual([
      'content/votes/fi/teemapaiva-2026.mdx:3:1 ref.body',
      'data/actions.csv:6:9 enum',
      'data/feedback/palaute-2026.csv:2:4 enum',
      'data/feedback/palaute-2026.csv:4:3 ref.theme',
      'data/feedback/palaute-2026.csv:5:2 date.impossible',
      'data/feedback/vanha.csv:1:1 csv.one-column',
      'data/palaute.xlsx file.wrong-place',
    ]);
    expect(sorted.map(formatIn('en'))[1]).toBe(
      'data/actions.csv:6:9 (row 4, column I, A-2025-003)  status "valmis" is not a status.\n    expected: planned, in-progress, done, declined\n    fix: write "done" (valmis = done); a done action needs a completed date, progress 100 or empty, and, if it has rows in data/action-updates.csv, a last row there with status done and the completed date',
    );
  });
});

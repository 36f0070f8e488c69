/**
 * Links an author writes, read as a Finnish author reads the messages: Markdown links and
 * addresses without https:// in CSV text (published as plain text), and links from MDX to the
 * site's own pages, which must lead to a page or file the build publishes — also on a site
 * served under a sub-path, where links are still written from the site's root.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { linksInPlainText } from '../../src/core/plain-links.ts';
import { formatIn, sortProblems } from '../../src/core/problem.ts';
import type { Lang } from '../../src/core/lang.ts';
import { withSiteChecks } from '../../src/site/own-links.ts';
import { loadProject } from '../../src/validate/load-project.ts';
import { runValidation } from '../../src/validate/run.ts';
import { replaceIn, SOURCE_DATE_EPOCH, siteCopies } from '../support/site-copies.ts';

const ENV = { SOURCE_DATE_EPOCH };
const PAGE = 'content/pages/fi/tietoa.mdx';
const site = siteCopies('links');

async function messages(root: string, lang: Lang = 'fi'): Promise<string[]> {
  return sortProblems(withSiteChecks(await loadProject(root, ENV)).problems).map(formatIn(lang));
}

describe('links in CSV text', () => {
  it('finds Markdown links and addresses that start with www., with the address written in full', () => {
    expect(
      linksInPlainText('Täytä [lomakkeella](www.kuusijarvi.example/lomake) tai katso www.kuusijarvi.example.'),
    ).toEqual([
      {
        kind: 'markdown',
        written: '[lomakkeella](www.kuusijarvi.example/lomake)',
        rewrite: 'lomakkeella https://www.kuusijarvi.example/lomake',
      },
      { kind: 'www', written: 'www.kuusijarvi.example', rewrite: 'https://www.kuusijarvi.example' },
    ]);
    expect(linksInPlainText('[liite](liite.pdf)')).toEqual([{ kind: 'markdown', written: '[liite](liite.pdf)' }]);
    expect(linksInPlainText('Katso https://www.kuusijarvi.example/lomake tai kirjoita info@www.example.')).toEqual([]);
  });

  it('reports a Markdown link in an action description, with the plain text to write, in every language', async () => {
    const root = site();
    replaceIn(
      root,
      'data/actions.csv',
      'Kokeilu kestää kevään.',
      'Kokeilu kestää kevään. Kerro [lomakkeella](www.pikkula.example/lomake).',
    );
    const [fi] = await messages(root);
    expect(fi).toBe(
      'data/actions.csv:2:5 (rivi 2, sarake E, A-2026-001)  description_fi "[lomakkeella](www.pikkula.example/lomake)" on Markdown-linkki, mutta CSV-tiedoston tekstit julkaistaan sellaisinaan: sivulla näkyisivät hakasulkeet eikä linkkiä syntyisi.\n' +
        '    kelpaa: tavallista tekstiä, jossa verkko-osoite on kirjoitettu kokonaan, alkaen https://\n' +
        '    korjaus: kirjoita lomakkeella https://www.pikkula.example/lomake',
    );
    const [sv] = await messages(root, 'sv');
    expect(sv).toContain('är en Markdown-länk, men texter i en CSV-fil publiceras som de är');
    expect(sv).toContain('åtgärd: skriv lomakkeella https://www.pikkula.example/lomake');
    const [en] = await messages(root, 'en');
    expect(en).toContain('is a Markdown link, but the texts of a CSV file are published as they are');
  });

  it('reports an address without https:// in what residents said and in a timeline note', async () => {
    const root = site();
    replaceIn(
      root,
      'data/actions.csv',
      'Nuoret toivoivat pelipäivää kirjastoon.',
      'Nuoret toivoivat pelipäivää (ks. www.pikkula.example/pelit).',
    );
    replaceIn(
      root,
      'data/action-updates.csv',
      'Päätettiin nuorisovaltuuston kokouksessa.',
      'Päätettiin: [pöytäkirja](/liite.pdf)',
    );
    expect(await messages(root)).toEqual([
      'data/action-updates.csv:2:5 (rivi 2, sarake E, A-2026-001)  note_fi "[pöytäkirja](/liite.pdf)" on Markdown-linkki, mutta CSV-tiedoston tekstit julkaistaan sellaisinaan: sivulla näkyisivät hakasulkeet eikä linkkiä syntyisi.\n' +
        '    kelpaa: tavallista tekstiä, jossa verkko-osoite on kirjoitettu kokonaan, alkaen https://\n' +
        '    korjaus: kirjoita linkin teksti ja sen perään koko osoite (https://…); linkin sivuston omalle sivulle voi kirjoittaa MDX-sivulle',
      'data/actions.csv:5:20 (rivi 3, sarake T, A-2026-002)  said_fi "www.pikkula.example/pelit" on verkko-osoite, josta puuttuu alku https://.\n' +
        '    kelpaa: tavallista tekstiä, jossa verkko-osoite on kirjoitettu kokonaan, alkaen https://\n' +
        '    korjaus: kirjoita https://www.pikkula.example/pelit',
    ]);
    expect((await messages(root, 'sv'))[1]).toContain('är en webbadress som saknar https:// i början.');
    expect((await messages(root, 'en'))[1]).toContain('fix: write https://www.pikkula.example/pelit');
  });

  it("leaves residents' own feedback text as they wrote it", async () => {
    const root = site();
    replaceIn(
      root,
      'data/feedback/palaute-2026.csv',
      'Sunnuntaiaukiolo olisi hieno.',
      'Katso [tämä](www.esimerkki.example).',
    );
    expect(await messages(root)).toEqual([]);
  });
});

describe("links from MDX to the site's own pages", () => {
  it('accepts a link to a page, a list, a feed and a file in public/ that exist', async () => {
    const root = site();
    mkdirSync(path.join(root, 'public'), { recursive: true });
    writeFileSync(path.join(root, 'public/liite.pdf'), '%PDF-1.4\n');
    replaceIn(
      root,
      PAGE,
      'Kerromme täällä',
      '[Kirjastot](/fi/themes/kirjastot/), [toimenpiteet](/fi/actions/status/done/#lista), [syöte](/fi/actions.xml), [liite](/liite.pdf), [haku](/sv/search/?q=bussi), [ilman kauttaviivaa](/fi/themes/puistot). Kerromme täällä',
    );
    expect(await messages(root)).toEqual([]);
  });

  it('reports a link to a page that does not exist, with the nearest pages and the one meant, in every language', async () => {
    const root = site();
    replaceIn(root, PAGE, 'Kerromme täällä', 'Katso [kirjastot](/fi/themes/kirjastoo/). Kerromme täällä');
    const [fi] = await messages(root);
    expect(fi).toMatch(
      /^content\/pages\/fi\/tietoa\.mdx:5:7 {2}linkki "\/fi\/themes\/kirjastoo\/" johtaa sivuston sivulle, jota ei ole\.\n {4}kelpaa: sivuston olemassa oleva sivu tai public\/-kansion tiedosto \(osoitteita on \d+\); lähimmät: \/fi\/themes\/kirjastot\/, /,
    );
    expect(fi).toContain('korjaus: tarkoititko /fi/themes/kirjastot/? Kirjoita (/fi/themes/kirjastot/)');
    expect((await messages(root, 'sv'))[0]).toContain('leder till en sida på webbplatsen som inte finns');
    expect((await messages(root, 'en'))[0]).toContain('the nearest: /fi/themes/kirjastot/');
  });

  it('on a site under a sub-path, accepts links from the root and tells an author who wrote the folder to leave it out', async () => {
    const root = site();
    replaceIn(
      root,
      'content/site.yaml',
      'url: https://kuulee.pikkula.example',
      'url: https://pikkula.github.io/kuulee/',
    );
    replaceIn(root, PAGE, 'Kerromme täällä', '[Kirjastot](/fi/themes/kirjastot/). Kerromme täällä');
    expect(await messages(root)).toEqual([]);
    replaceIn(root, PAGE, '(/fi/themes/kirjastot/)', '(/kuulee/fi/themes/kirjastot/)');
    const [fi] = await messages(root);
    expect(fi).toContain('linkki "/kuulee/fi/themes/kirjastot/" johtaa sivuston sivulle, jota ei ole.');
    expect(fi).toContain(
      'korjaus: kirjoita linkki sivuston juuresta ilman kansiota /kuulee/: (/fi/themes/kirjastot/); kansio lisätään, kun sivusto rakennetaan',
    );
  });

  it('is checked by npm run validate, which fails and names the file and line', async () => {
    const root = site();
    replaceIn(root, PAGE, 'Kerromme täällä', 'Katso [kirjastot](/fi/themes/kirjastoo/). Kerromme täällä');
    // What scripts/validate.ts runs, in this process (test/validate/cli.test.ts runs the script itself).
    let stdout = '';
    const outcome = await runValidation(
      ['--root', root, '--lang', 'en'],
      (text) => (stdout += `${text}\n`),
      { ...process.env, ...ENV, GITHUB_ACTIONS: '' },
      withSiteChecks,
    );
    expect(outcome.ok).toBe(false);
    expect(stdout).toContain(
      'content/pages/fi/tietoa.mdx:5:7  link "/fi/themes/kirjastoo/" leads to a page of this site that does not exist.',
    );
    expect(stdout).toContain('fix: did you mean /fi/themes/kirjastot/? Write (/fi/themes/kirjastot/)');
  });
});

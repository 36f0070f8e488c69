/**
 * The check of MDX links to the site's own pages runs in the same round as every other check:
 * an author who has a CSV mistake and a broken link sees both at once, not the link only after
 * fixing the CSV. A link to a page that is only missing because of another error (its theme's
 * file or its action's row has a mistake) is not reported as a second, misleading problem.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIn, sortProblems } from '../../src/core/problem.ts';
import { withSiteChecks } from '../../src/site/own-links.ts';
import { loadProject } from '../../src/validate/load-project.ts';
import { replaceIn, SOURCE_DATE_EPOCH, siteCopies } from '../support/site-copies.ts';

const site = siteCopies('own-links');
const ENV = { SOURCE_DATE_EPOCH };
const PAGE = 'content/pages/fi/tietoa.mdx';

/** `text` written into the fixture's free page, before the sentence it already has. */
function onPage(root: string, text: string): void {
  replaceIn(root, PAGE, 'Kerromme täällä', `${text} Kerromme täällä`);
}

async function messages(root: string): Promise<string[]> {
  return sortProblems(withSiteChecks(await loadProject(root, ENV)).problems)
    .filter((p) => p.severity === 'error')
    .map(formatIn('fi'));
}

describe('own links in the same round as the other problems', () => {
  it('reports a broken link together with a mistake in a CSV file', async () => {
    const root = site();
    onPage(root, 'Katso [kirjastot](/fi/themes/kirjastoo/).');
    replaceIn(root, 'data/feedback/palaute-2026.csv', 'P-1,2026-01-03,', 'P-1,2026-13-03,');
    const found = await messages(root);
    expect(found.some((m) => m.startsWith('data/feedback/palaute-2026.csv:2'))).toBe(true);
    expect(found).toContainEqual(
      expect.stringContaining(
        'content/pages/fi/tietoa.mdx:5:7  linkki "/fi/themes/kirjastoo/" johtaa sivuston sivulle',
      ),
    );
    expect(found.find((m) => m.includes('kirjastoo'))).toContain('korjaus: tarkoititko /fi/themes/kirjastot/?');
  });

  it("does not call a link broken when its page is missing only because of the page's own mistake", async () => {
    const root = site();
    onPage(
      root,
      '[Kirjastot](/fi/themes/kirjastot/), [syöte](/fi/themes/kirjastot.xml), [juliste](/fi/posters/kirjastot/2026-q1/), [toimenpide](/fi/actions/A-2026-001/), [puuttuva](/fi/themes/puistoo/).',
    );
    // The theme's file and the action's row each get an error of their own.
    replaceIn(root, 'content/themes/fi/kirjastot.mdx', 'title: Kirjastot\n', '');
    replaceIn(root, 'data/actions.csv', 'A-2026-001,Kirjasto auki sunnuntaisin', 'A-2026-001,');
    const found = await messages(root);
    expect(found.some((m) => m.startsWith('content/themes/fi/kirjastot.mdx'))).toBe(true);
    expect(found.some((m) => m.startsWith('data/actions.csv:2'))).toBe(true);
    const links = found.filter((m) => m.includes('johtaa sivuston sivulle'));
    expect(links).toEqual([expect.stringContaining('linkki "/fi/themes/puistoo/"')]);
  });

  it('says nothing of links when site.yaml cannot be read (the languages and address are unknown)', async () => {
    const root = site();
    onPage(root, 'Katso [kirjastot](/fi/themes/kirjastoo/).');
    replaceIn(root, 'content/site.yaml', 'url: https://kuulee.pikkula.example', 'url: ei-osoite');
    const found = await messages(root);
    expect(found.some((m) => m.startsWith('content/site.yaml'))).toBe(true);
    expect(found.filter((m) => m.includes('johtaa sivuston sivulle'))).toEqual([]);
  });
});

describe('own links written another way', () => {
  it('accepts a link to a poster, and offers the nearest poster for a quarter that has none', async () => {
    const root = site();
    onPage(root, '[a](/fi/posters/kirjastot/2026-q1/), [b](/fi/posters/kirjastot/2026-q7/).');
    const found = await messages(root);
    expect(found).toEqual([expect.stringContaining('linkki "/fi/posters/kirjastot/2026-q7/" johtaa sivuston sivulle')]);
    expect(found[0]).toContain('korjaus: tarkoititko /fi/posters/kirjastot/2026-q1/?');
  });

  it('accepts a file of public/ linked with its name percent-encoded, as the address bar shows it', async () => {
    const root = site();
    mkdirSync(path.join(root, 'public'), { recursive: true });
    writeFileSync(path.join(root, 'public/liite 2.pdf'), '%PDF-1.4\n');
    writeFileSync(path.join(root, 'public/pöytäkirja.pdf'), '%PDF-1.4\n');
    onPage(root, '[a](/liite%202.pdf), [b](/p%C3%B6yt%C3%A4kirja.pdf), [c](/pöytäkirja.pdf).');
    expect(await messages(root)).toEqual([]);
  });

  it("checks a whole address on the site's own host like a link from the root", async () => {
    const root = site();
    onPage(
      root,
      '[a](https://kuulee.pikkula.example/fi/themes/kirjastot/), [b](https://kuulee.pikkula.example/fi/themes/kirjastoo/), [c](https://www.example.org/fi/themes/kirjastoo/).',
    );
    const found = await messages(root);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(
      'linkki "https://kuulee.pikkula.example/fi/themes/kirjastoo/" johtaa sivuston sivulle, jota ei ole.',
    );
    expect(found[0]).toContain('korjaus: tarkoititko /fi/themes/kirjastot/?');
  });

  it('reports a link to the preview on your own computer, with the part to write', async () => {
    const root = site();
    onPage(root, '[a](http://localhost:4321/fi/themes/kirjastot/#toimet).');
    expect(await messages(root)).toEqual([
      'content/pages/fi/tietoa.mdx:5:1  linkki "http://localhost:4321/fi/themes/kirjastot/#toimet" johtaa esikatseluun omalla koneellasi, ei julkaistulle sivustolle.\n' +
        '    kelpaa: linkki sivuston juuresta, esim. (/fi/themes/kirjastot/)\n' +
        '    korjaus: kirjoita osoitteesta vain sen loppu kauttaviivasta alkaen: (/fi/themes/kirjastot/#toimet)',
    ]);
  });
});

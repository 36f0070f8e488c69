/**
 * `accessibility` in content/site.yaml (issue 10 point 11): issues may name the WCAG 2.1 criteria
 * they fail, and the supervisory authority is Traficom unless the site names another. Each bad
 * value has its message, in the author's words, at its line.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatIn } from '../../src/core/problem.ts';
import { phoneHref, webAddressText } from '../../src/core/safe-links.ts';
import { sortCriteria, WCAG_21_CRITERIA, wcagCriterionName } from '../../src/core/wcag.ts';
import { TRAFICOM } from '../../src/schemas/site.ts';
import { readSite } from '../../src/validate/content.ts';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

function siteWith(accessibility: string[]): string {
  const root = mkdtempSync(path.join(tmpdir(), 'kuultu-a11y-'));
  roots.push(root);
  mkdirSync(path.join(root, 'content'));
  const lines = [
    'name: Kuusijärvi kuulee',
    'organisation: Kuusijärven kaupunki',
    'url: https://kuulee.kuusijarvi.example',
    'languages: [fi, sv]',
    'contact: palaute@kuusijarvi.example',
    'feedbackUrl: https://kuusijarvi.example/palaute',
    'accessibility:',
    '  status: partial',
    '  assessed: 2026-09-01',
    ...accessibility.map((l) => `  ${l}`),
    '',
  ];
  writeFileSync(path.join(root, 'content/site.yaml'), lines.join('\n'));
  return root;
}

describe('issues and their WCAG criteria', () => {
  it('reads one criterion or a list under an issue written per language, in WCAG order', () => {
    const { site, problems } = readSite(
      siteWith([
        'issues:',
        '    - fi: Skannatut PDF-liitteet.',
        '      sv: Skannade PDF-bilagor.',
        '      wcag: [1.4.10, 1.1.1, 1.1.1]',
        '    - fi: Videoista puuttuu tekstitys.',
        '      wcag: 1.2.2',
        '    - Vanhat pöytäkirjat puuttuvat.',
      ]),
    );
    expect(problems).toEqual([]);
    expect(site?.accessibility.issues).toEqual([
      { text: { fi: 'Skannatut PDF-liitteet.', sv: 'Skannade PDF-bilagor.' }, wcag: ['1.1.1', '1.4.10'] },
      { text: { fi: 'Videoista puuttuu tekstitys.' }, wcag: ['1.2.2'] },
      { text: { fi: 'Vanhat pöytäkirjat puuttuvat.' }, wcag: [] },
    ]);
  });

  it('refuses a number that is no WCAG 2.1 A or AA criterion, saying where to look, in Finnish', () => {
    const { problems } = readSite(
      siteWith(['issues:', '    - fi: Kontrasti on heikko.', '      wcag: [1.4.3, 1.4.6, 1.4]']),
    );
    expect(problems.map(formatIn('fi'))).toEqual([
      'content/site.yaml:12:23  accessibility.issues kohta 1.wcag kohta 2 "1.4.6" ei ole WCAG 2.1:n A- tai AA-tason onnistumiskriteerin numero.\n    kelpaa: kriteerin numero, esim. 1.4.3, tai luettelo [1.1.1, 1.3.1]\n    korjaus: tarkista numero WCAG 2.1 -ohjeistosta (https://www.w3.org/Translations/WCAG21-fi/) ja kirjoita se kolmella numerolla, esim. 1.4.3',
      'content/site.yaml:12:30  accessibility.issues kohta 1.wcag kohta 3 "1.4" ei ole WCAG 2.1:n A- tai AA-tason onnistumiskriteerin numero.\n    kelpaa: kriteerin numero, esim. 1.4.3, tai luettelo [1.1.1, 1.3.1]\n    korjaus: tarkista numero WCAG 2.1 -ohjeistosta (https://www.w3.org/Translations/WCAG21-fi/) ja kirjoita se kolmella numerolla, esim. 1.4.3',
    ]);
  });

  it('names a criterion as W3C and its authorised translations do, and orders 1.4.10 after 1.4.5', () => {
    expect(wcagCriterionName('1.4.3')).toEqual({ text: '1.4.3 Contrast (Minimum)', lang: 'en' });
    expect(wcagCriterionName('1.4.3', 'fi')).toEqual({ text: '1.4.3 Kontrasti (minimi)', lang: 'fi' });
    expect(wcagCriterionName('1.4.3', 'sv')).toEqual({ text: '1.4.3 Kontrast (minimum)', lang: 'sv' });
    // WCAG 2.1's additions have no authorised Swedish name: the English one, said to be English.
    expect(wcagCriterionName('1.4.10', 'sv')).toEqual({ text: '1.4.10 Reflow', lang: 'en' });
    expect(wcagCriterionName('1.4.10', 'fi')).toEqual({ text: '1.4.10 Responsiivisuus', lang: 'fi' });
    for (const names of Object.values(WCAG_21_CRITERIA)) expect(names.fi.length).toBeGreaterThan(0);
    expect(sortCriteria(['2.4.7', '1.4.10', '1.4.5'])).toEqual(['1.4.5', '1.4.10', '2.4.7']);
  });
});

describe('the supervisory authority', () => {
  it('is Traficom when site.yaml names none', () => {
    const { site, problems } = readSite(siteWith([]));
    expect(problems).toEqual([]);
    expect(site?.accessibility.authority).toEqual(TRAFICOM);
    expect(site?.accessibility.authority.name.fi).toBe('Liikenne- ja viestintävirasto Traficom');
  });

  it('is the one site.yaml names, its name in every site language', () => {
    const { site, problems } = readSite(
      siteWith([
        'authority:',
        '    name: { fi: Ahvenanmaan maakuntahallitus, sv: Ålands landskapsregering }',
        '    web: https://www.regeringen.ax',
        '    phone: +358 18 25000',
      ]),
    );
    expect(problems).toEqual([]);
    expect(site?.accessibility.authority).toEqual({
      name: { fi: 'Ahvenanmaan maakuntahallitus', sv: 'Ålands landskapsregering' },
      unit: undefined,
      web: 'https://www.regeringen.ax',
      phone: '+358 18 25000',
    });
  });

  it('needs a name and a way to reach it', () => {
    const { problems } = readSite(siteWith(['authority:', '    name: Valvoja']));
    expect(problems.map(formatIn('en'))).toEqual([
      'content/site.yaml:10:3  accessibility.authority does not say how to reach the authority.\n    expected: at least one of web:, email: or phone:\n    fix: add under authority e.g. web: https://… or email: …',
    ]);
    const noName = readSite(siteWith(['authority:', '    email: valvonta@example.fi'])).problems.map(formatIn('en'));
    expect(noName).toEqual([
      'content/site.yaml:10:3  the required key "name" is missing under accessibility.authority.\n' +
        "    expected: name: text, or text per language (The authority's name, one text or one per language (fi, sv, en).)\n" +
        '    fix: add a line "name: …" indented under accessibility.authority:',
    ]);
  });

  it('writes its phone as a tel: link and its address as people type it', () => {
    expect(phoneHref('029 534 5000')).toBe('tel:+358295345000');
    expect(phoneHref('+358 18 25000')).toBe('tel:+3581825000');
    expect(phoneHref('00358 9 123')).toBe('tel:+3589123');
    expect(webAddressText('https://www.saavutettavuusvaatimukset.fi/')).toBe('www.saavutettavuusvaatimukset.fi');
  });
});

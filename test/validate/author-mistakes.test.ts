/**
 * Mistakes that used to slip through, or to take several rounds, read as a Finnish author reads
 * them: broken text, a theme written by its title, a date after the data's own date, a copied
 * translation, and an action marked done.
 */
import { describe, expect, it } from 'vitest';
import { formatIn, sortProblems } from '../../src/core/problem.ts';
import { loadProject } from '../../src/validate/load-project.ts';
import { replaceIn, SOURCE_DATE_EPOCH, siteCopies } from '../support/site-copies.ts';

const ENV = { SOURCE_DATE_EPOCH };
const FEEDBACK = 'data/feedback/palaute-2026.csv';
const site = siteCopies('mistakes');

async function finnish(root: string): Promise<string[]> {
  return sortProblems((await loadProject(root, ENV)).problems).map(formatIn('fi'));
}

describe('mistakes an author makes, in Finnish', () => {
  it('reports text damaged by a wrong save at its cell, with how to save again', async () => {
    const root = site();
    replaceIn(root, FEEDBACK, 'Sunnuntaiaukiolo olisi hieno.', 'SunnuntaiaukiolÃ¶ olisi hieno.');
    expect(await finnish(root)).toEqual([
      'data/feedback/palaute-2026.csv:2:8 (rivi 2, sarake H, P-1)  text "SunnuntaiaukiolÃ¶ olisi hieno." sisältää merkit "Ã¶", jotka olivat alun perin "ö": tiedosto on vaurioitunut, kun se on tallennettu väärällä merkistöllä.\n' +
        '    kelpaa: teksti, jossa ä, ö, å ja € ovat ennallaan\n' +
        '    korjaus: avaa alkuperäinen tiedosto (esim. palautejärjestelmän vienti) ja tallenna tiedosto Excelissä uudelleen: Tiedosto > Tallenna nimellä > CSV UTF-8 (luetteloerotin); korjaa merkit käsin vain, jos alkuperäistä ei ole',
    ]);
  });

  it('reports the replacement character � too', async () => {
    const root = site();
    replaceIn(root, FEEDBACK, 'Sunnuntaiaukiolo olisi hieno.', 'Sunnuntaiaukiolo olisi hyv\uFFFD.');
    const [message] = await finnish(root);
    expect(message).toContain('(rivi 2, sarake H, P-1)  text "Sunnuntaiaukiolo olisi hyv�." sisältää merkin �');
  });

  it('recognises a theme written by its title, and the spelling it suggests passes', async () => {
    const root = site();
    replaceIn(root, FEEDBACK, 'P-1,2026-01-03,kirjastot,', 'P-1,2026-01-03,Puistot ja leikkipaikat,');
    const [message] = await finnish(root);
    expect(message).toContain('theme "Puistot ja leikkipaikat" ei ole minkään teeman tunnus.');
    expect(message).toContain('korjaus: tarkoititko puistot — Puistot ja leikkipaikat? Kirjoita puistot');
    replaceIn(root, FEEDBACK, 'Puistot ja leikkipaikat,', 'puistot,');
    expect(await finnish(root)).toEqual([]);
  });

  it('reports a misspelt reference in a row that has a mistake of its own in the same round', async () => {
    const root = site();
    replaceIn(root, FEEDBACK, 'P-1,2026-01-03,kirjastot,', 'P-1,2026-13-03,kirjasto,');
    replaceIn(root, 'data/actions.csv', 'kirjastot,in-progress,', 'kirjasto,valmis,');
    const messages = await finnish(root);
    expect(messages.map((m) => m.split('\n')[0])).toEqual([
      // "valmis" is read as done for the timeline check, so its conflict is told in this round too.
      expect.stringMatching(/^data\/action-updates\.csv:3:3 .* tila on done \(rivi 2\)\.$/),
      'data/actions.csv:2:8 (rivi 2, sarake H, A-2026-001)  themes "kirjasto" ei ole minkään teeman tunnus.',
      expect.stringMatching(/^data\/actions\.csv:2:9 \(rivi 2, sarake I, A-2026-001\) {2}status "valmis"/),
      expect.stringMatching(/^data\/feedback\/palaute-2026\.csv:2:2 \(rivi 2, sarake B, P-1\) {2}date "2026-13-03"/),
      'data/feedback/palaute-2026.csv:2:3 (rivi 2, sarake C, P-1)  theme "kirjasto" ei ole minkään teeman tunnus.',
    ]);
    expect(messages[1]).toContain('korjaus: tarkoititko kirjastot — Kirjastot? Kirjoita kirjastot');
  });

  it('warns that a published quote in Swedish has no language, so a screen reader would read it as Finnish', async () => {
    const root = site();
    replaceIn(
      root,
      FEEDBACK,
      'Sunnuntaiaukiolo olisi hieno.',
      'Det vore bra om biblioteket var öppet på söndagar och att man kan låna böcker.',
    );
    expect(await finnish(root)).toEqual([
      'data/feedback/palaute-2026.csv:2:8 (rivi 2, sarake H, P-1)  varoitus: text näyttää olevan ruotsia ("det", "bra", "om"), mutta lang on tyhjä (= fi): ruudunlukija lukisi sen suomeksi.\n' +
        '    kelpaa: sarakkeessa lang kieli, jolla asukas kirjoitti: fi, sv tai en\n' +
        '    korjaus: lisää tiedostoon sarake lang (suomeksi Kieli) ja kirjoita tälle riville sv, jos teksti on ruotsia; muille riveille se voi jäädä tyhjäksi',
    ]);
    // With the column, and fi written in it: the fix is that cell's.
    replaceIn(root, FEEDBACK, 'text,publish', 'text,Kieli,publish');
    replaceIn(root, FEEDBACK, 'låna böcker.,yes', 'låna böcker.,fi,yes');
    replaceIn(root, FEEDBACK, '4567.,no', '4567.,,no');
    replaceIn(root, FEEDBACK, 'hyvät!,yes', 'hyvät!,,yes');
    replaceIn(root, FEEDBACK, '2,,\n', '2,,,\n');
    const [withColumn] = await finnish(root);
    expect(withColumn).toContain('text näyttää olevan ruotsia ("det", "bra", "om"), mutta lang on fi: ruudunlukija');
    expect(withColumn).toContain('korjaus: kirjoita tämän rivin lang-sarakkeeseen sv, jos teksti on ruotsia');
    replaceIn(root, FEEDBACK, 'låna böcker.,fi,yes', 'låna böcker.,sv,yes');
    expect(await finnish(root)).toEqual([]);
    // Not published: nothing is read aloud, nothing to warn about.
    replaceIn(root, FEEDBACK, 'låna böcker.,sv,yes', 'låna böcker.,fi,no');
    expect(await finnish(root)).toEqual([]);
  });

  it('warns about feedback dated after the date of the data', async () => {
    const root = site();
    replaceIn(root, FEEDBACK, 'P-1,2026-01-03,', 'P-1,2027-01-03,');
    const [message] = await finnish(root);
    expect(message).toMatch(
      /^data\/feedback\/palaute-2026\.csv:2:2 \(rivi 2, sarake B, P-1\) {2}varoitus: date "3\.1\.2027" on tilannepäivän \d+\.\d+\.2026 jälkeen: palaute näkyisi sivustolla jo tapahtuneena\./,
    );
  });

  it('stays quiet about a translation that copies a key with the same value, and quotes both when they differ', async () => {
    const root = site();
    replaceIn(root, 'content/themes/sv/kirjastot.mdx', 'title: Bibliotek\n', 'title: Bibliotek\norder: 1\n');
    expect(await finnish(root)).toEqual([]);
    replaceIn(root, 'content/themes/sv/kirjastot.mdx', 'order: 1\n', 'order: 2\n');
    const [message] = await finnish(root);
    expect(message).toContain(
      'varoitus: order "2" poikkeaa kielen fi tiedoston arvosta "1": kuultu käyttää kielen fi arvoa, joten tämä jätetään huomiotta.',
    );
  });

  it('says everything marking an action done needs in the first round, its timeline included', async () => {
    const root = site();
    replaceIn(root, 'data/actions.csv', ',in-progress,', ',done,');
    const messages = await finnish(root);
    expect(messages.join('\n')).toContain('completed on tyhjä, vaikka tila on done.');
    expect(messages.join('\n')).toContain('valmis toimenpide tarvitsee valmistumispäivän (completed)');
    expect(messages.some((m) => m.startsWith('data/action-updates.csv:3:3 (rivi 3, sarake C, A-2026-001)'))).toBe(true);
    expect(messages.join('\n')).toContain('lisää tämän alle rivi, jossa action on A-2026-001, status done');
  });
});

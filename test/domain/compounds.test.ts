import { stemmer as finnish } from '@orama/stemmers/finnish';
import { stemmer as swedish } from '@orama/stemmers/swedish';
import { describe, expect, it } from 'vitest';
import { baseWordsOf, compoundBases } from '../../src/domain/compounds.ts';

const fiThemes = baseWordsOf(
  ['Kirjastot', 'Kadut ja pyörätiet', 'Ikääntyneiden palvelut', 'Puistot ja leikkipaikat'],
  finnish,
);
const svThemes = baseWordsOf(['Bibliotek', 'Gator och cykelvägar', 'Parker och lekplatser'], swedish);

describe('the base words of theme titles', () => {
  it('are each title word with its Snowball stem, short words and repeats left out', () => {
    expect(baseWordsOf(['Kirjastot', 'Kirjasto ja kulttuuri'], finnish)).toEqual([
      { word: 'kirjastot', stem: 'kirjasto' },
      { word: 'kulttuuri', stem: 'kulttuur' },
    ]);
    // "ja", "och" and the stem "gat" of "gator" are too short to find inside other words.
    expect(fiThemes.map((b) => b.word)).not.toContain('ja');
    expect(svThemes.map((b) => b.word)).toEqual(['bibliotek', 'cykelvägar', 'parker', 'lekplatser']);
  });
});

describe('compound words in a page’s text', () => {
  it('finds the library inside Finnish compounds, whatever their case ending', () => {
    expect(compoundBases('Hiljainen lukusali ja etätyöpisteet pääkirjastoon', fiThemes)).toEqual(['kirjastot']);
    expect(compoundBases('Omatoimikirjasto Rantakylään', fiThemes)).toEqual(['kirjastot']);
    expect(compoundBases('Omatoimiaukiolo Harjun lähikirjastoon', fiThemes)).toEqual(['kirjastot']);
  });

  it('finds the library inside Swedish compounds with their definite endings', () => {
    expect(compoundBases('Söndagsöppet i huvudbiblioteket', svThemes)).toEqual(['bibliotek']);
    expect(compoundBases('Meröppet i närbiblioteket i Harju', svThemes)).toEqual(['bibliotek']);
    expect(compoundBases('Skatepark vid Harjuparken', svThemes)).toEqual(['parker']);
  });

  it('leaves out a base word at the start of a word, which the search finds already', () => {
    expect(compoundBases('Kirjastoauto Kuusken uusi pysäkki; kirjastot ja kirjastoon', fiThemes)).toEqual([]);
    expect(compoundBases('Ny hållplats för biblioteksbussen', svThemes)).toEqual([]);
  });

  it('lists every base word a text holds once, sorted', () => {
    expect(compoundBases('Kirjastopalvelut ja kotihoidon palvelut; pääkirjasto, Pääkirjastossa', fiThemes)).toEqual([
      'kirjastot',
      'palvelut',
    ]);
  });

  it('finds nothing in a text without the words, or with no vocabulary', () => {
    expect(compoundBases('Uimahalli auki arkiaamuisin', fiThemes)).toEqual([]);
    expect(compoundBases('pääkirjastoon', [])).toEqual([]);
    expect(compoundBases('', fiThemes)).toEqual([]);
  });
});

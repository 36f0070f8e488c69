import { describe, expect, it } from 'vitest';
import { oneLine, paragraphsOf, wrapWords } from '../../src/domain/text.ts';

describe('paragraphsOf', () => {
  it('splits a description on blank lines', () => {
    expect(paragraphsOf('Oppilaat toivoivat kasvisruokaa.\n\nTammikuusta alkaen se on tarjolla.')).toEqual([
      'Oppilaat toivoivat kasvisruokaa.',
      'Tammikuusta alkaen se on tarjolla.',
    ]);
  });

  it('treats Excel line endings and blank lines holding spaces as paragraph breaks', () => {
    expect(paragraphsOf('Yksi.\r\n \r\nKaksi.\r\n\r\n\r\nKolme.')).toEqual(['Yksi.', 'Kaksi.', 'Kolme.']);
  });

  it('keeps a single line break inside its paragraph', () => {
    expect(paragraphsOf('Rivi yksi\nrivi kaksi')).toEqual(['Rivi yksi\nrivi kaksi']);
  });

  it('gives no paragraphs for a missing or empty cell', () => {
    expect(paragraphsOf(undefined)).toEqual([]);
    expect(paragraphsOf('  \n\n ')).toEqual([]);
  });
});

describe('wrapWords', () => {
  it('keeps a short label on one line', () => {
    expect(wrapWords('Kouluruoka', 16)).toEqual(['Kouluruoka']);
  });

  it('folds a long label at spaces, each line within the limit', () => {
    expect(wrapWords('Katujen kunnossapito ja lumityöt', 16)).toEqual(['Katujen', 'kunnossapito ja', 'lumityöt']);
  });

  it('gives a word longer than the limit a line of its own instead of cutting it', () => {
    expect(wrapWords('Ympäristöterveydenhuolto ja muu', 10)).toEqual(['Ympäristöterveydenhuolto', 'ja muu']);
  });
});

describe('oneLine', () => {
  it('keeps a short first paragraph whole, on one line', () => {
    expect(oneLine('Kasvisruokaa\ntarjotaan.\n\nToinen kappale.')).toBe('Kasvisruokaa tarjotaan.');
  });

  it('cuts a long paragraph at the last sentence that fits', () => {
    expect(oneLine('Ensimmäinen lause on tässä. Toinen lause on paljon pidempi kuin mahtuu.', 40)).toBe(
      'Ensimmäinen lause on tässä.',
    );
  });

  it('cuts a long sentence at a space and marks the cut', () => {
    expect(oneLine('Yksi pitkä lause, joka jatkuu ja jatkuu ilman loppua', 20)).toBe('Yksi pitkä lause…');
  });
});

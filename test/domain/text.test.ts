import { describe, expect, it } from 'vitest';
import { paragraphsOf } from '../../src/domain/text.ts';

describe('paragraphsOf', () => {
  it('splits a description on blank lines', () => {
    expect(paragraphsOf('Oppilaat toivoivat kasvisruokaa.\n\nTammikuusta alkaen se on tarjolla.')).toEqual(['Oppilaat toivoivat kasvisruokaa.', 'Tammikuusta alkaen se on tarjolla.']);
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

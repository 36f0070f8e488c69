/**
 * The guess behind the warning for a published quote whose language the row does not give
 * (src/validate/text-language.ts): it must catch a Swedish or English sentence marked as Finnish,
 * and stay quiet about Finnish, however many words Finnish shares with Swedish or English.
 */
import { describe, expect, it } from 'vitest';
import { otherLanguage } from '../../src/validate/text-language.ts';

describe('the language a text seems to be in', () => {
  it('finds a Swedish sentence left as Finnish, naming the words it went by', () => {
    expect(
      otherLanguage('Det vore bra om biblioteket var öppet på söndagar, och att man kan låna böcker.', 'fi'),
    ).toEqual({ lang: 'sv', words: ['det', 'bra', 'om'] });
  });

  it('finds an English sentence left as Finnish or as Swedish', () => {
    const text = 'The swing in the playground is broken and it is not safe for children.';
    expect(otherLanguage(text, 'fi')?.lang).toBe('en');
    expect(otherLanguage(text, 'sv')?.lang).toBe('en');
  });

  it('says nothing of a text in the language the row gives', () => {
    expect(otherLanguage('Det vore bra om biblioteket var öppet på söndagar.', 'sv')).toBeUndefined();
    expect(otherLanguage('The swing in the playground is broken and it is not safe.', 'en')).toBeUndefined();
  });

  it('says nothing of Finnish with words Swedish or English also have, or a Swedish name in it', () => {
    for (const text of [
      'En ymmärrä, miksi kirjasto on kiinni sunnuntaina. En tiedä, mihin muualle menisin.',
      'Se on hyvä, mutta bussi 12 on liian usein myöhässä.',
      'Svenska klubben och Folkhälsan järjestävät illan kirjastossa, ja se oli hieno.',
      'OK',
      '',
    ])
      expect(otherLanguage(text, 'fi'), text).toBeUndefined();
  });
});

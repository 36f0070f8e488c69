import { describe, expect, it } from 'vitest';
import { listParts, numberInCase } from '../../src/domain/wording.ts';

describe('numberInCase', () => {
  it('writes "3,1:stä 3,6:een" as a Finnish reader says the numbers', () => {
    expect(numberInCase('3,1', 'fi', 'elative')).toBe('3,1:stä');
    expect(numberInCase('3,6', 'fi', 'illative')).toBe('3,6:een');
  });

  it('follows the last digit read aloud, including a zero after the comma', () => {
    const elative = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'].map((d) =>
      numberInCase(`3,${d}`, 'fi', 'elative'),
    );
    expect(elative).toEqual([
      '3,0:sta',
      '3,1:stä',
      '3,2:sta',
      '3,3:sta',
      '3,4:stä',
      '3,5:stä',
      '3,6:sta',
      '3,7:stä',
      '3,8:sta',
      '3,9:stä',
    ]);
    const illative = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'].map((d) =>
      numberInCase(`4,${d}`, 'fi', 'illative'),
    );
    expect(illative).toEqual([
      '4,0:aan',
      '4,1:een',
      '4,2:een',
      '4,3:een',
      '4,4:ään',
      '4,5:een',
      '4,6:een',
      '4,7:ään',
      '4,8:aan',
      '4,9:ään',
    ]);
  });

  it('reads round whole numbers by their unit word (kymmenen, sata, tuhat)', () => {
    expect(numberInCase('10', 'fi', 'elative')).toBe('10:stä');
    expect(numberInCase('100', 'fi', 'illative')).toBe('100:aan');
    expect(numberInCase('1\u00a0000', 'fi', 'illative')).toBe('1\u00a0000:een');
    expect(numberInCase('412', 'fi', 'elative')).toBe('412:sta');
  });

  it('leaves Swedish and English numbers as they are', () => {
    expect(numberInCase('3,1', 'sv', 'elative')).toBe('3,1');
    expect(numberInCase('3.6', 'en', 'illative')).toBe('3.6');
  });
});

describe('listParts', () => {
  const render = (items: string[], lang: 'fi' | 'sv' | 'en') =>
    listParts(items.length, lang)
      .map((p) => (p.kind === 'item' ? items[p.index] : p.text))
      .join('');

  it("joins items with the language's own conjunction", () => {
    expect(render(['Pizza', 'Tortillat'], 'fi')).toBe('Pizza ja Tortillat');
    expect(render(['A', 'B', 'C'], 'sv')).toBe('A, B och C');
    expect(render(['A', 'B', 'C'], 'en')).toBe('A, B and C');
  });

  it('gives one item alone, keeping its index', () => {
    expect(listParts(1, 'fi')).toEqual([{ kind: 'item', index: 0 }]);
  });
});

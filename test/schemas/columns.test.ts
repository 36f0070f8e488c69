import { describe, expect, it } from 'vitest';
import { allAliases, headerIn } from '../../src/schemas/columns.ts';
import { DATA_FILES } from '../../src/schemas/kinds.ts';

describe('header names by language', () => {
  it('reads a CSV with every Finnish and Swedish name, Finnish first', () => {
    const headers = { fi: { päivä: 'date', tila: 'status' }, sv: { datum: 'date', tila: 'status' } };
    expect(Object.entries(allAliases(headers))).toEqual([
      ['päivä', 'date'],
      ['tila', 'status'],
      ['datum', 'date'],
    ]);
  });

  it('refuses a name that would mean one column in Finnish and another in Swedish', () => {
    expect(() => allAliases({ fi: { tema: 'theme' }, sv: { tema: 'themes' } })).toThrow(
      'the header "tema" means theme in Finnish and themes in Swedish',
    );
  });

  it("heads a template's column with its language's first name, else the column's own", () => {
    const headers = { fi: { pvm: 'date', päivä: 'date' }, sv: { datum: 'date' } };
    expect(['fi', 'sv', 'en'].map((lang) => headerIn('date', headers, lang as 'fi'))).toEqual(['pvm', 'datum', 'date']);
    expect(headerIn('id', headers, 'sv')).toBe('id');
  });

  it('every data set has one meaning for each name (so no file reads differently by the order of its tables)', () => {
    for (const spec of Object.values(DATA_FILES)) expect(() => allAliases(spec.headers)).not.toThrow();
  });
});

import { describe, expect, it } from 'vitest';
import {
  EMPTY_QUERY,
  filtersOf,
  isEmptyQuery,
  queryString,
  readQuery,
  resultLine,
  sameQuery,
} from '../../src/site/search-query.ts';

describe('a search in the address', () => {
  it('reads the words and filters the form sends, trimmed, and ignores other parameters', () => {
    expect(readQuery(new URLSearchParams('?q=+kirjasto+&type=action&status=Tehty&utm_source=x'))).toEqual({
      q: 'kirjasto',
      type: 'action',
      status: 'Tehty',
    });
    expect(readQuery(new URLSearchParams(''))).toEqual(EMPTY_QUERY);
  });

  it('writes only the fields in use, in the form’s order, so the same search has one address', () => {
    expect(queryString({ q: 'pääkirjasto', type: '', status: 'Ei toteuteta' })).toBe(
      '?q=p%C3%A4%C3%A4kirjasto&status=Ei+toteuteta',
    );
    expect(queryString({ q: '', type: 'meeting', status: '' })).toBe('?type=meeting');
    expect(queryString(EMPTY_QUERY)).toBe('');
  });

  it('reads back what it writes', () => {
    const query = { q: 'lumi & jää', type: 'theme', status: '' };
    expect(readQuery(new URLSearchParams(queryString(query)))).toEqual(query);
    expect(sameQuery(readQuery(new URLSearchParams(queryString(query))), query)).toBe(true);
    expect(sameQuery(query, { ...query, type: '' })).toBe(false);
  });

  it('is empty only with no words and no filter', () => {
    expect(isEmptyQuery(EMPTY_QUERY)).toBe(true);
    expect(isEmptyQuery({ ...EMPTY_QUERY, status: 'Tehty' })).toBe(false);
  });

  it('turns the type and status into Pagefind filters', () => {
    expect(filtersOf({ q: 'x', type: 'action', status: 'Tehty' })).toEqual({ kind: 'action', status: 'Tehty' });
    expect(filtersOf({ q: 'x', type: '', status: '' })).toEqual({});
  });
});

describe('the line under a result', () => {
  it('says what the page is and where it stands', () => {
    expect(resultLine({ title: 'Omatoimikirjasto', type: 'Toimenpide', status: 'Tehty' })).toBe('Toimenpide · Tehty');
    expect(resultLine({ type: 'Kokous', status: 'Peruttu' })).toBe('Kokous · Peruttu');
    expect(resultLine({ type: 'Teema', themes: 'Kirjastot' })).toBe('Teema');
    expect(resultLine({ title: 'Teemat' })).toBe('');
  });
});

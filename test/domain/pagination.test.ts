import { describe, expect, it } from 'vitest';
import { paginate, paginationNav, type PageLink } from '../../src/domain/pagination.ts';

/** `1 … 4 [5] 6 … 10` for a compact expectation. */
function render(links: PageLink[]): string {
  return links.map((l) => (l.kind === 'gap' ? '…' : l.current ? `[${l.number}]` : String(l.number))).join(' ');
}

describe('paginate', () => {
  const items = Array.from({ length: 7 }, (_, i) => `a${i + 1}`);

  it('cuts a list into pages of the given size, the last one shorter, with every item exactly once', () => {
    const pages = paginate(items, 3);
    expect(pages.map((p) => p.items)).toEqual([['a1', 'a2', 'a3'], ['a4', 'a5', 'a6'], ['a7']]);
    expect(pages.flatMap((p) => p.items)).toEqual(items);
    expect(pages.map((p) => p.number)).toEqual([1, 2, 3]);
  });

  it('says which positions of the whole list each page holds', () => {
    expect(paginate(items, 3).map((p) => [p.from, p.to])).toEqual([
      [1, 3],
      [4, 6],
      [7, 7],
    ]);
  });

  it('gives an exact multiple no empty trailing page', () => {
    expect(paginate(items.slice(0, 6), 3)).toHaveLength(2);
  });

  it('keeps the first page of an empty list, so the list has an address that says "none"', () => {
    expect(paginate([], 50)).toEqual([{ number: 1, items: [], from: 0, to: 0 }]);
  });

  it('refuses a page size that is not a whole number ≥ 1', () => {
    expect(() => paginate(items, 0)).toThrow(/perPage/);
    expect(() => paginate(items, 2.5)).toThrow(/perPage/);
  });
});

describe('paginationNav', () => {
  it('shows every page of a short list, with no previous on the first and no next on the last', () => {
    expect(render(paginationNav(1, 3).links)).toBe('[1] 2 3');
    expect(paginationNav(1, 3)).toMatchObject({ next: 2 });
    expect(paginationNav(1, 3).previous).toBeUndefined();
    expect(paginationNav(3, 3)).toMatchObject({ previous: 2 });
    expect(paginationNav(3, 3).next).toBeUndefined();
  });

  it('has neither previous nor next for a single page', () => {
    expect(paginationNav(1, 1)).toEqual({ links: [{ kind: 'page', number: 1, current: true }] });
  });

  it('keeps the first, the last, the current page and its neighbours, with gaps between', () => {
    expect(render(paginationNav(14, 28).links)).toBe('1 … 13 [14] 15 … 28');
    expect(render(paginationNav(1, 28).links)).toBe('[1] 2 … 28');
    expect(render(paginationNav(28, 28).links)).toBe('1 … 27 [28]');
  });

  it('shows a lone skipped page instead of a gap standing for it', () => {
    expect(render(paginationNav(4, 10).links)).toBe('1 2 3 [4] 5 … 10');
    expect(render(paginationNav(7, 10).links)).toBe('1 … 6 [7] 8 9 10');
    expect(render(paginationNav(5, 10).links)).toBe('1 … 4 [5] 6 … 10');
  });

  it('widens the window around the current page when asked', () => {
    expect(render(paginationNav(10, 20, 2).links)).toBe('1 … 8 9 [10] 11 12 … 20');
    expect(render(paginationNav(5, 20, 2).links)).toBe('1 2 3 4 [5] 6 7 … 20');
  });

  it('marks exactly one page current', () => {
    for (let current = 1; current <= 12; current++) {
      const links = paginationNav(current, 12).links.filter((l) => l.kind === 'page' && l.current);
      expect(links).toEqual([{ kind: 'page', number: current, current: true }]);
    }
  });

  it('refuses a current page outside the list', () => {
    expect(() => paginationNav(0, 3)).toThrow(/current/);
    expect(() => paginationNav(4, 3)).toThrow(/current/);
    expect(() => paginationNav(1, 0)).toThrow(/count/);
  });
});

/**
 * Long lists split into numbered pages, and the page links a pagination nav shows. Page 1 is
 * the list's own address; the nav shows the first and last page, the current one and its
 * neighbours, and a gap for the rest, so it stays one line on a phone at any list length.
 */

export interface ListPage<T> {
  /** 1-based. */
  number: number;
  items: T[];
  /** 1-based position in the whole list of the first and last item on this page (0 and 0 when the list is empty). */
  from: number;
  to: number;
}

/** The list cut into pages of `perPage`, in order; an empty list still has its (empty) first page. */
export function paginate<T>(items: readonly T[], perPage: number): ListPage<T>[] {
  if (!Number.isInteger(perPage) || perPage < 1) throw new Error(`perPage must be a whole number ≥ 1, not ${perPage}`);
  const count = Math.max(1, Math.ceil(items.length / perPage));
  return Array.from({ length: count }, (_, i) => {
    const slice = items.slice(i * perPage, (i + 1) * perPage);
    return {
      number: i + 1,
      items: slice,
      from: slice.length > 0 ? i * perPage + 1 : 0,
      to: i * perPage + slice.length,
    };
  });
}

export type PageLink = { kind: 'page'; number: number; current: boolean } | { kind: 'gap' };

export interface PaginationNav {
  previous?: number;
  next?: number;
  links: PageLink[];
}

/**
 * What the nav of page `current` of `count` shows: previous and next (absent at the ends), and
 * page 1, the last page, and the pages within `around` of the current one, with a gap where
 * pages are skipped. A gap never stands for a single page: that page is shown instead.
 */
export function paginationNav(current: number, count: number, around = 1): PaginationNav {
  if (!Number.isInteger(count) || count < 1) throw new Error(`count must be a whole number ≥ 1, not ${count}`);
  if (!Number.isInteger(current) || current < 1 || current > count)
    throw new Error(`current must be a page from 1 to ${count}, not ${current}`);
  const shown: number[] = [];
  for (let n = 1; n <= count; n++) {
    const nearCurrent = Math.abs(n - current) <= around;
    const bridgesOneGap = (n === 2 && current - around === 3) || (n === count - 1 && current + around === count - 2);
    if (n === 1 || n === count || nearCurrent || bridgesOneGap) shown.push(n);
  }
  const links: PageLink[] = [];
  shown.forEach((n, i) => {
    if (i > 0 && n - shown[i - 1]! > 1) links.push({ kind: 'gap' });
    links.push({ kind: 'page', number: n, current: n === current });
  });
  const nav: PaginationNav = { links };
  if (current > 1) nav.previous = current - 1;
  if (current < count) nav.next = current + 1;
  return nav;
}

/**
 * A search as the address carries it: `/fi/search/?q=kirjasto&type=action&status=Tehty`. The
 * search page's form is a plain GET form with these field names, so an address made by the form,
 * by the script or by hand is the same search; the script reads it on load and on "back".
 */

export interface SearchQuery {
  /** The words searched for, trimmed ('' when none). */
  q: string;
  /** A Pagefind `kind` (src/site/kinds.ts) or '' for every kind. */
  type: string;
  /** An action status as the action pages name it in the page's language, or ''. */
  status: string;
}

export const EMPTY_QUERY: SearchQuery = { q: '', type: '', status: '' };

/** The search an address asks for. Values the page does not offer are the form's to ignore. */
export function readQuery(params: URLSearchParams): SearchQuery {
  const value = (name: string) => (params.get(name) ?? '').trim();
  return { q: value('q'), type: value('type'), status: value('status') };
}

/** The address's query string for a search: `?q=…&type=…`, empty fields left out, '' for none. */
export function queryString(query: SearchQuery): string {
  const params = new URLSearchParams();
  for (const name of ['q', 'type', 'status'] as const) if (query[name]) params.set(name, query[name]);
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** True when there is nothing to search for: no words and no filter. */
export function isEmptyQuery(query: SearchQuery): boolean {
  return !query.q && !query.type && !query.status;
}

export function sameQuery(a: SearchQuery, b: SearchQuery): boolean {
  return a.q === b.q && a.type === b.type && a.status === b.status;
}

/** The Pagefind filters of a search. */
export function filtersOf(query: SearchQuery): Record<string, string> {
  return {
    ...(query.type ? { kind: query.type } : {}),
    ...(query.status ? { status: query.status } : {}),
  };
}

/**
 * The line under a result's title: what the page is and, for an action or a meeting, where it
 * stands — "Toimenpide · Tehty", "Kokous · Peruttu", "Teema". The Layout writes both as
 * Pagefind metadata in the page's language.
 */
export function resultLine(meta: Readonly<Record<string, string | undefined>>): string {
  return [meta.type, meta.status].filter((part): part is string => Boolean(part)).join(' · ');
}

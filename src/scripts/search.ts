/**
 * The search page's script: runs the search the address asks for (`?q=…&type=…&status=…`, the
 * form's own GET fields) over Pagefind's index of the page's language and lists the results 20
 * at a time. Typing updates the address in place; submitting or changing a filter adds a history
 * entry, so a search can be linked, reloaded and left with "back" like any page.
 */
import {
  EMPTY_QUERY,
  filtersOf,
  isEmptyQuery,
  queryString,
  readQuery,
  resultLine,
  type SearchQuery,
  sameQuery,
} from '../site/search-query.ts';
import type { SearchStrings } from '../site/views/search-page.ts';

interface Result {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface Hit {
  data(): Promise<Result>;
}
interface Pagefind {
  options(o: { baseUrl: string; ranking?: { metaWeights?: Record<string, number> } }): Promise<void>;
  search(q: string | null, o: { filters: Record<string, string> }): Promise<{ results: Hit[] } | null>;
}
/** The page's sentences, as the search page's view writes them into `data-strings`. */
type Strings = SearchStrings;

/** Results shown at first and added by each "show more". */
const PAGE = 20;
/**
 * Ranking of metadata matches (Pagefind's default gives the title 5). A theme's name on its
 * theme and action pages ranks them above meetings that only mention the word; the compound
 * base words (build/search-terms.ts) count as much as body text; what a page is and its status
 * are shown on the result and do not rank it.
 */
const META_WEIGHTS = { title: 5, themes: 6, terms: 1, type: 0, status: 0 };

const form = document.getElementById('search-form') as HTMLFormElement;
const input = form.elements.namedItem('q') as HTMLInputElement;
const type = form.elements.namedItem('type') as HTMLSelectElement;
const status = form.elements.namedItem('status') as HTMLSelectElement;
const statusText = document.getElementById('search-status-text')!;
const list = document.getElementById('search-results') as HTMLOListElement;
const section = document.getElementById('search-results-section')!;
const more = document.getElementById('search-more') as HTMLButtonElement;
const strings = JSON.parse(form.dataset.strings ?? '{}') as Strings;
const lang = document.documentElement.lang;
const plural = new Intl.PluralRules(lang);
const numbers = new Intl.NumberFormat(lang);

let pagefind: Promise<Pagefind> | undefined;
/** The search whose results are listed, and all its hits. */
let shown: { query: SearchQuery; hits: Hit[] } = { query: EMPTY_QUERY, hits: [] };
let latest = 0;

form.hidden = false;
document.getElementById('search-nojs')!.hidden = true;

function load(): Promise<Pagefind> {
  // Pagefind's files exist only after the build has indexed the site, so they are loaded at run
  // time, from the base src/site/paths.ts puts on every address (`/` or `/repo/`); Pagefind
  // prefixes its result URLs with baseUrl, since it indexed the pages from the site's root.
  // The base is written out at each use, not kept in a variable, so that the bundle carries the
  // whole address as one string (the sub-path test follows it to the file).
  pagefind ??= import(
    /* @vite-ignore */ `${typeof __KUULTU_BASE__ === 'string' ? __KUULTU_BASE__ : '/'}pagefind/pagefind.js`
  ).then(async (pf: Pagefind) => {
    await pf.options({
      baseUrl: typeof __KUULTU_BASE__ === 'string' ? __KUULTU_BASE__ : '/',
      ranking: { metaWeights: META_WEIGHTS },
    });
    return pf;
  });
  return pagefind;
}

function formQuery(): SearchQuery {
  return { q: input.value.trim(), type: type.value, status: status.value };
}

function fillForm(query: SearchQuery): void {
  input.value = query.q;
  // A value the page does not offer (an old or mistyped link) falls back to "all".
  type.value = query.type;
  if (type.value !== query.type) type.value = '';
  status.value = query.status;
  if (status.value !== query.status) status.value = '';
}

/** Pagefind's excerpt is HTML with <mark>: keep only its text and the marks. */
function excerptNodes(html: string): Node[] {
  const template = document.createElement('template');
  template.innerHTML = html;
  return [...template.content.childNodes].map((node) => {
    if (node.nodeName !== 'MARK') return document.createTextNode(node.textContent ?? '');
    const mark = document.createElement('mark');
    mark.textContent = node.textContent;
    return mark;
  });
}

function resultItem(r: Result): HTMLLIElement {
  const li = document.createElement('li');
  const heading = document.createElement('h3');
  const a = document.createElement('a');
  a.href = r.url;
  a.textContent = r.meta.title ?? r.url;
  heading.append(a);
  li.append(heading);
  const line = resultLine(r.meta);
  if (line) {
    const p = document.createElement('p');
    p.className = 'search-result__kind';
    p.textContent = line;
    li.append(p);
  }
  const excerpt = document.createElement('p');
  excerpt.append(...excerptNodes(r.excerpt));
  li.append(excerpt);
  return li;
}

/**
 * The sentence with its {names} filled in. A function replacer, not a string one: the words a
 * resident typed go in as they are, `$&` or `$'` included (a replacement string would expand them).
 */
function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

function announce(): void {
  const { query, hits } = shown;
  const n = hits.length;
  if (n === 0) {
    statusText.textContent = fill(strings.none, { query: query.q });
    return;
  }
  const one = plural.select(n) === 'one';
  const template = query.q === '' ? (one ? strings.countOne : strings.countOther) : one ? strings.one : strings.other;
  const count = fill(template, { n: numbers.format(n), query: query.q });
  const listed = list.children.length;
  statusText.textContent =
    listed < n ? `${count} ${fill(strings.shown, { shown: numbers.format(listed), n: numbers.format(n) })}` : count;
}

/** Lists the next PAGE results of the shown search; true when it was still the latest. */
async function listMore(ticket: number): Promise<boolean> {
  const from = list.children.length;
  const results = await Promise.all(shown.hits.slice(from, from + PAGE).map((h) => h.data()));
  if (ticket !== latest) return false;
  list.append(...results.map(resultItem));
  more.hidden = list.children.length >= shown.hits.length;
  announce();
  return true;
}

async function run(query: SearchQuery): Promise<void> {
  const ticket = ++latest;
  if (isEmptyQuery(query)) {
    shown = { query, hits: [] };
    list.replaceChildren();
    section.hidden = true;
    more.hidden = true;
    statusText.textContent = '';
    return;
  }
  try {
    const pf = await load();
    const search = await pf.search(query.q === '' ? null : query.q, { filters: filtersOf(query) });
    if (ticket !== latest || !search) return;
    shown = { query, hits: search.results };
    list.replaceChildren();
    section.hidden = search.results.length === 0;
    await listMore(ticket);
  } catch {
    if (ticket === latest) statusText.textContent = strings.unavailable;
  }
}

/** True while the address's entry is one being typed (its later keystrokes replace it). */
let typing = false;

/**
 * The form's search, run and written into the address. A submitted search or a changed filter
 * (`commit`) gets its own history entry; keystrokes update one entry in place, so "back" steps
 * through searches, not letters. An empty search page is replaced, never kept behind a search.
 */
function searchFromForm(commit: boolean): void {
  const query = formQuery();
  const current = readQuery(new URLSearchParams(location.search));
  if (!sameQuery(query, current)) {
    const url = location.pathname + queryString(query);
    if (!isEmptyQuery(current) && (commit || !typing)) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  }
  typing = !commit;
  if (commit || !sameQuery(query, shown.query)) void run(query);
}

let timer: ReturnType<typeof setTimeout> | undefined;
input.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(() => searchFromForm(false), 250);
});
type.addEventListener('change', () => searchFromForm(true));
status.addEventListener('change', () => searchFromForm(true));
form.addEventListener('submit', (event) => {
  event.preventDefault();
  clearTimeout(timer);
  searchFromForm(true);
});
more.addEventListener('click', async () => {
  const first = list.children.length;
  if (await listMore(latest)) list.children[first]?.querySelector('a')?.focus();
});
window.addEventListener('popstate', () => {
  typing = false;
  const query = readQuery(new URLSearchParams(location.search));
  fillForm(query);
  void run(query);
});

const initial = readQuery(new URLSearchParams(location.search));
fillForm(initial);
if (!isEmptyQuery(initial)) void run(initial);

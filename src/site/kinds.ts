/**
 * The site's side of the registry of kinds (src/schemas/kinds.ts): for every kind of content,
 * and for the actions of data/actions.csv, its pages in the sitemap, its entry in the main
 * menu and how search files its pages. `satisfies Record<SectionName, Section>` makes a kind
 * without its section a type error; the sitemap, the menu and the search filter are derived
 * from here, in this order, so none of them can leave a kind out silently.
 */
import { STATUS_ORDER } from '../domain/actions.ts';
import type { UiKey } from '../i18n/index.ts';
import type { ContentKind } from '../schemas/kinds.ts';
import type { Project } from '../schemas/project.ts';
import { paths, type Route } from './paths.ts';

export type SectionName = ContentKind | 'actions';
/** What the sections' pages are listed from: every kind's entries and the actions. */
export type SectionSource = Pick<Project, SectionName>;

export interface Section {
  /** Every page of the section for the sitemap, each as a function of language, its index first. */
  routes: (project: SectionSource) => Route[];
  /** The main menu's link to the section's index, or undefined if the menu leaves it out. */
  nav: { href: Route; label: UiKey } | undefined;
  /**
   * Pagefind files the section's pages under `kind` (the Layout's `searchKind`); `filter` is
   * the label under which the search page offers that kind as a filter, if it does; `type` names
   * one page of the kind on its search result ("Toimenpide · Tehty").
   */
  search: { kind: string; filter: UiKey | undefined; type: UiKey };
}

export const SECTIONS = {
  themes: {
    routes: (p) => [paths.themes, ...p.themes.map((e) => (l: Lang) => paths.theme(l, e.slug))],
    nav: { href: paths.themes, label: 'common.themes' },
    search: { kind: 'theme', filter: 'search.kind.theme', type: 'search.type.theme' },
  },
  actions: {
    routes: (p) => [
      paths.actions,
      ...STATUS_ORDER.map((s) => (l: Lang) => paths.actionsByStatus(l, s)),
      ...p.actions.map((a) => (l: Lang) => paths.action(l, a.id)),
    ],
    nav: { href: paths.actions, label: 'common.actions' },
    search: { kind: 'action', filter: 'search.kind.action', type: 'search.type.action' },
  },
  bodies: {
    routes: (p) => [paths.bodies, ...p.bodies.map((e) => (l: Lang) => paths.body(l, e.slug))],
    nav: { href: paths.bodies, label: 'common.bodies' },
    search: { kind: 'body', filter: undefined, type: 'search.type.body' },
  },
  meetings: {
    routes: (p) => [paths.meetings, ...p.meetings.map((e) => (l: Lang) => paths.meeting(l, e.slug))],
    nav: { href: paths.meetings, label: 'common.meetings' },
    search: { kind: 'meeting', filter: 'search.kind.meeting', type: 'search.type.meeting' },
  },
  surveys: {
    routes: (p) => [paths.surveys, ...p.surveys.map((e) => (l: Lang) => paths.survey(l, e.slug))],
    nav: { href: paths.surveys, label: 'common.surveys' },
    search: { kind: 'survey', filter: 'search.kind.survey', type: 'search.type.survey' },
  },
  votes: {
    routes: (p) => [paths.votes, ...p.votes.map((e) => (l: Lang) => paths.vote(l, e.slug))],
    nav: { href: paths.votes, label: 'common.votes' },
    search: { kind: 'vote', filter: 'search.kind.vote', type: 'search.type.vote' },
  },
  pages: {
    // Free pages have no index: the site links them where they belong (footer, texts).
    routes: (p) => p.pages.map((e) => (l: Lang) => paths.page(l, e.slug)),
    nav: undefined,
    search: { kind: 'page', filter: undefined, type: 'search.type.page' },
  },
} as const satisfies Record<SectionName, Section>;

type Lang = Parameters<Route>[0];

/** What Pagefind files a page under: one per section. */
export type SearchKind = (typeof SECTIONS)[SectionName]['search']['kind'];

/** The sections in the registry's order. */
export const SECTION_NAMES = Object.keys(SECTIONS) as SectionName[];

/** The main menu's section links, in order (the search link follows them). */
export function navSections(): { href: Route; label: UiKey }[] {
  return SECTION_NAMES.flatMap((name) => {
    const nav: Section['nav'] = SECTIONS[name].nav;
    return nav ? [nav] : [];
  });
}

/** The name of one page of a search kind, shown on its search results. */
export function searchTypeOf(kind: SearchKind): UiKey {
  const section = SECTION_NAMES.map((name): Section => SECTIONS[name]).find((s) => s.search.kind === kind);
  return section!.search.type;
}

/** The kinds the search page offers as a filter, in order, with their labels. */
export function searchFilters(): { kind: string; label: UiKey }[] {
  return SECTION_NAMES.flatMap((name) => {
    const { kind, filter }: Section['search'] = SECTIONS[name].search;
    return filter ? [{ kind, label: filter }] : [];
  });
}

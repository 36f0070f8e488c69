/**
 * How the actions lists are cut so their pages stay small at city scale (thousands of actions):
 * the overview previews each status, and every status has its own list, page by page.
 */
import { groupActionsByStatus, type ActionStatus } from '../domain/actions.ts';
import { paginate, type ListPage } from '../domain/pagination.ts';
import type { Action } from '../schemas/action.ts';
import type { Lang } from '../schemas/fields.ts';
import type { Project } from '../schemas/project.ts';

/**
 * How many of each status the overview shows. What is under way and coming gets more room:
 * that is what residents look for; done and declined show their newest and link to the rest.
 */
export const ACTIONS_INDEX_PREVIEW: Readonly<Record<ActionStatus, number>> = {
  'in-progress': 24,
  planned: 24,
  done: 12,
  declined: 12,
};

/** Cards per page of a status list: a page a phone can load and scroll (about 50 kB of HTML). */
export const ACTIONS_PER_PAGE = 50;

export interface StatusListPageProps {
  lang: Lang;
  status: ActionStatus;
  page: ListPage<Action>;
  pageCount: number;
  total: number;
  /** Every status with its total, for the links between the lists. */
  totals: { status: ActionStatus; total: number }[];
}

/** getStaticPaths of the status lists: every language × status × page; page 1 has no number in its address. */
export function statusListPaths(
  project: Pick<Project, 'languages' | 'actions'>,
): { params: { lang: Lang; status: ActionStatus; page: string | undefined }; props: StatusListPageProps }[] {
  const groups = groupActionsByStatus(project.actions);
  const totals = groups.map((g) => ({ status: g.status, total: g.actions.length }));
  return project.languages.flatMap((lang) =>
    groups.flatMap((group) => {
      const pages = paginate(group.actions, ACTIONS_PER_PAGE);
      return pages.map((page) => ({
        params: { lang, status: group.status, page: page.number === 1 ? undefined : String(page.number) },
        props: { lang, status: group.status, page, pageCount: pages.length, total: group.actions.length, totals },
      }));
    }),
  );
}

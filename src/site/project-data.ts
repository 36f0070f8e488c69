/**
 * The validated project, loaded once per build. `npm run build` validates first and hands the
 * result over here, so pages never parse the data a second time; a bare `astro build` (or a
 * test rendering a page) loads it through the same validation.
 */
import { loadProject, type Project } from '../validate/load-project.ts';
import { contentRoot } from './content-root.ts';

const KEY = Symbol.for('kuultu.project');
type Holder = { [KEY]?: Project };

export function provideProject(project: Project): void {
  (globalThis as Holder)[KEY] = project;
}

export async function getProject(): Promise<Project> {
  const holder = globalThis as Holder;
  if (holder[KEY]) return holder[KEY];
  const { project, problems } = await loadProject(contentRoot());
  if (!project) {
    const errors = problems.filter((p) => p.severity === 'error').length;
    throw new Error(`the content has ${errors} errors: run npm run validate to see them`);
  }
  holder[KEY] = project;
  return project;
}

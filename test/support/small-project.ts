/**
 * The small fixture site, validated as of 23.11.2026 (SOURCE_DATE_EPOCH): what the view tests
 * assemble their pages from. Fails loudly if the fixture itself stops validating.
 */
import type { Project } from '../../src/schemas/project.ts';
import { loadProject } from '../../src/validate/load-project.ts';
import { SMALL_SITE, SOURCE_DATE_EPOCH } from './site-copies.ts';

export async function smallProject(): Promise<Project> {
  const { project } = await loadProject(SMALL_SITE, { SOURCE_DATE_EPOCH });
  if (!project) throw new Error('the small fixture site does not validate');
  return project;
}

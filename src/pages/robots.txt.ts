import type { APIRoute } from 'astro';
import { getProject } from '../site/project-data.ts';
import { robotsTxt } from '../site/sitemap.ts';

export const GET: APIRoute = async () => {
  const project = await getProject();
  return new Response(robotsTxt(project.site.url), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};

import type { APIRoute } from 'astro';
import { getProject } from '../site/project-data.ts';
import { sitemapRoutes, sitemapXml } from '../site/sitemap.ts';

export const GET: APIRoute = async () => {
  const project = await getProject();
  return new Response(sitemapXml(project.site.url, project.languages, sitemapRoutes(project)), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
};

/** `/open-data/catalog.ttl`: the DCAT-AP catalogue a harvester such as avoindata.fi's ckanext-dcat reads. */
import type { APIRoute } from 'astro';
import { catalogueTurtle } from '../../site/open-data-catalogue.ts';
import { getProject } from '../../site/project-data.ts';

export const GET: APIRoute = async () =>
  new Response(catalogueTurtle(await getProject()), { headers: { 'Content-Type': 'text/turtle; charset=utf-8' } });

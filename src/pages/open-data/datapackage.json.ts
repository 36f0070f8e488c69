/** `/open-data/datapackage.json`: the Frictionless Data Package of the CSV files, Table Schemas included. */
import type { APIRoute } from 'astro';
import { dataPackageJson } from '../../site/open-data-catalogue.ts';
import { getProject } from '../../site/project-data.ts';

export const GET: APIRoute = async () =>
  new Response(dataPackageJson(await getProject()), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });

/**
 * The open-data endpoints' shared body: each `src/pages/open-data/<name>.<csv|json>.ts` builds
 * only its own data set from the validated project.
 */
import { buildDataSet, dataSetCsv, dataSetJson, type DataSetName } from './open-data.ts';
import { getProject } from './project-data.ts';

const CONTENT_TYPES = { csv: 'text/csv; charset=utf-8', json: 'application/json; charset=utf-8' } as const;

export async function openDataResponse(name: DataSetName, format: 'csv' | 'json'): Promise<Response> {
  const project = await getProject();
  const set = buildDataSet(name, project);
  const body = format === 'csv' ? dataSetCsv(set) : dataSetJson(set, project.asOf);
  return new Response(body, { headers: { 'Content-Type': CONTENT_TYPES[format] } });
}

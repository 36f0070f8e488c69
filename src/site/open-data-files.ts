/**
 * The open-data files' body: `src/pages/open-data/[file].ts` serves every data set in each
 * format, and each file builds only its own data set from the validated project.
 */
import { buildDataSet, dataSetCsv, dataSetJson, type DataSetName } from './open-data.ts';
import { getProject } from './project-data.ts';

const CONTENT_TYPES = { csv: 'text/csv; charset=utf-8', json: 'application/json; charset=utf-8' } as const;

export type OpenDataFormat = keyof typeof CONTENT_TYPES;
/** Every data set is published in each of these. */
export const OPEN_DATA_FORMATS: readonly OpenDataFormat[] = ['csv', 'json'];

export async function openDataResponse(name: DataSetName, format: OpenDataFormat): Promise<Response> {
  const project = await getProject();
  const set = buildDataSet(name, project);
  const body = format === 'csv' ? dataSetCsv(set) : dataSetJson(set, project.asOf);
  return new Response(body, { headers: { 'Content-Type': CONTENT_TYPES[format] } });
}

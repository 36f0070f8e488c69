/**
 * The open-data files' body: `src/pages/open-data/[file].ts` serves every data set in each
 * format, and each file builds only its own data set from the validated project.
 *
 * The body is a stream of the file's pieces, made as they are read: a million feedback rows are
 * a 200 MB JSON file, which as one string (or two, while it is encoded) would be the largest thing
 * in the build's memory.
 */
import { buildDataSet, dataSetCsvChunks, dataSetJsonChunks, type DataSetName } from './open-data.ts';
import { getProject } from './project-data.ts';

const CONTENT_TYPES = { csv: 'text/csv; charset=utf-8', json: 'application/json; charset=utf-8' } as const;

export type OpenDataFormat = keyof typeof CONTENT_TYPES;
/** Every data set is published in each of these. */
export const OPEN_DATA_FORMATS: readonly OpenDataFormat[] = ['csv', 'json'];

/** A byte stream that makes each piece only when the reader asks for the next. */
export function streamOf(chunks: Iterator<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
  });
}

export async function openDataResponse(name: DataSetName, format: OpenDataFormat): Promise<Response> {
  const project = await getProject();
  const set = buildDataSet(name, project);
  const chunks = format === 'csv' ? dataSetCsvChunks(set) : dataSetJsonChunks(set, project.asOf);
  return new Response(streamOf(chunks), { headers: { 'Content-Type': CONTENT_TYPES[format] } });
}

/**
 * The open-data files' bytes: `src/pages/open-data/[file].ts` serves every data set in each
 * format, and each file builds only its own data set from the validated project; the catalogue,
 * the Data Package and the open-data page state each file's size (`openDataFileSize`).
 *
 * The body is a stream of the file's pieces, made as they are read: a million feedback rows are
 * a 200 MB JSON file, which as one string (or two, while it is encoded) would be the largest thing
 * in the build's memory.
 */
import { memo } from '../core/collections.ts';
import type { Project } from '../schemas/project.ts';
import { buildDataSet, dataSetCsvChunks, dataSetJsonChunks, type DataSet, type DataSetName } from './open-data.ts';
import { getProject } from './project-data.ts';

const CONTENT_TYPES = { csv: 'text/csv; charset=utf-8', json: 'application/json; charset=utf-8' } as const;

export type OpenDataFormat = keyof typeof CONTENT_TYPES;
/** Every data set is published in each of these. */
export const OPEN_DATA_FORMATS: readonly OpenDataFormat[] = ['csv', 'json'];

function chunksOf(set: DataSet, format: OpenDataFormat, asOf: string): Generator<string> {
  return format === 'csv' ? dataSetCsvChunks(set) : dataSetJsonChunks(set, asOf);
}

/**
 * Files serialised to be counted, by project. Counting a file means serialising it, and then its
 * route would serialise it again (0.4 s of a city of 100,000 rows, in every build): so the bytes
 * counted are kept until the file's route writes them, up to KEPT_BYTES in all. A larger file
 * (a million rows make 300 MB of files) is counted without being kept and serialised again.
 * Whichever comes first, the count or the route, records the size for the other.
 */
interface Serialised {
  size: number;
  pieces?: Uint8Array[];
}
interface Files {
  byName: Map<string, Serialised>;
  keptBytes: number;
}
const KEPT_BYTES = 64 * 1024 * 1024;
const serialised = memo<Project, Files>();

function filesOf(project: Project): Files {
  return serialised(project, 'files', () => ({ byName: new Map(), keptBytes: 0 }));
}

/**
 * The file's size in bytes, as its route writes it (UTF-8, BOM included). `set` is the project's
 * own data set of that name (`buildDataSet(set.name, project)`); `keep` the bytes that may be
 * kept for the routes in all.
 */
export function openDataFileSize(
  project: Project,
  set: DataSet,
  format: OpenDataFormat,
  keep: number = KEPT_BYTES,
): number {
  const files = filesOf(project);
  const name = `${set.name}.${format}`;
  const known = files.byName.get(name);
  if (known) return known.size;
  const encoder = new TextEncoder();
  let pieces: Uint8Array[] | undefined = [];
  let size = 0;
  for (const chunk of chunksOf(set, format, project.asOf)) {
    // A UTF-8 character is at most three bytes per UTF-16 unit: the piece is encoded only if it may be kept.
    if (pieces && files.keptBytes + size + chunk.length * 3 <= keep) {
      const bytes = encoder.encode(chunk);
      pieces.push(bytes);
      size += bytes.length;
    } else {
      // Over the budget: the pieces kept so far are let go, and the rest only counted.
      pieces = undefined;
      size += Buffer.byteLength(chunk, 'utf8');
    }
  }
  if (pieces) files.keptBytes += size;
  files.byName.set(name, { size, pieces });
  return size;
}

/**
 * A byte stream that makes each piece only when the reader asks for the next (text is encoded as
 * UTF-8), and says at its end how many bytes it made.
 */
export function streamOf(
  chunks: Iterator<string | Uint8Array>,
  done?: (size: number) => void,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let size = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = chunks.next();
      if (next.done) {
        controller.close();
        done?.(size);
        return;
      }
      const bytes = typeof next.value === 'string' ? encoder.encode(next.value) : next.value;
      size += bytes.length;
      controller.enqueue(bytes);
    },
  });
}

/** The file's route: its bytes kept when it was counted, or serialised now (and its size recorded). */
export function openDataBody(project: Project, name: DataSetName, format: OpenDataFormat): ReadableStream<Uint8Array> {
  const files = filesOf(project);
  const file = `${name}.${format}`;
  const counted = files.byName.get(file);
  const pieces = counted?.pieces;
  if (counted && pieces) {
    // Handed over once: the route is rendered once per build, and the memory is let go with it.
    counted.pieces = undefined;
    files.keptBytes -= counted.size;
    return streamOf(pieces.values());
  }
  const chunks = chunksOf(buildDataSet(name, project), format, project.asOf);
  return streamOf(chunks, (size) => {
    if (!files.byName.has(file)) files.byName.set(file, { size });
  });
}

export async function openDataResponse(name: DataSetName, format: OpenDataFormat): Promise<Response> {
  const body = openDataBody(await getProject(), name, format);
  return new Response(body, { headers: { 'Content-Type': CONTENT_TYPES[format] } });
}

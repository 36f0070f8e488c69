/**
 * The open-data files are counted (for the catalogue, the Data Package and the open-data page)
 * and written (by their route) from one serialisation when the bytes fit the budget kept for
 * them: whichever comes first, the file a resident downloads is the file whose size was stated.
 */
import { describe, expect, it } from 'vitest';
import type { Project } from '../../src/schemas/project.ts';
import { OPEN_DATA_FORMATS, openDataBody, openDataFileSize } from '../../src/site/open-data-files.ts';
import { buildDataSet, DATA_SET_NAMES, dataSetCsv, dataSetJson } from '../../src/site/open-data.ts';
import { smallProject } from '../support/small-project.ts';

const bytesOf = async (stream: ReadableStream<Uint8Array>) => new Uint8Array(await new Response(stream).arrayBuffer());

function expected(project: Project, name: (typeof DATA_SET_NAMES)[number], format: string): Uint8Array {
  const set = buildDataSet(name, project);
  return new TextEncoder().encode(format === 'csv' ? dataSetCsv(set) : dataSetJson(set, project.asOf));
}

// Each test takes a project of its own: what was serialised is remembered per project.
const fresh = async (): Promise<Project> => ({ ...(await smallProject()) });

describe('an open-data file counted and then written', () => {
  it('is written with the bytes it was counted by, and the same bytes when its route is asked again', async () => {
    const project = await fresh();
    for (const name of DATA_SET_NAMES)
      for (const format of OPEN_DATA_FORMATS) {
        const file = `${name}.${format}`;
        const size = openDataFileSize(project, buildDataSet(name, project), format);
        const first = await bytesOf(openDataBody(project, name, format));
        expect(first, file).toEqual(expected(project, name, format));
        expect(size, file).toBe(first.length);
        expect(await bytesOf(openDataBody(project, name, format)), file).toEqual(first);
      }
  });

  it('is counted as its route wrote it when the route came first', async () => {
    const project = await fresh();
    const written = await bytesOf(openDataBody(project, 'feedback', 'json'));
    expect(openDataFileSize(project, buildDataSet('feedback', project), 'json')).toBe(written.length);
  });

  it('is serialised again for its route when keeping its bytes would pass the budget', async () => {
    const project = await fresh();
    const size = openDataFileSize(project, buildDataSet('feedback', project), 'csv', 10);
    const written = await bytesOf(openDataBody(project, 'feedback', 'csv'));
    expect(written).toEqual(expected(project, 'feedback', 'csv'));
    expect(size).toBe(written.length);
    expect(size).toBeGreaterThan(10);
  });
});

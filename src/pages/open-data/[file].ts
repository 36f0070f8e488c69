/** `/open-data/<data set>.<csv|json>`: every data set in both formats, one route for all twelve files. */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { OPEN_DATA_FORMATS, openDataResponse } from '../../site/open-data-files.ts';
import { DATA_SET_NAMES } from '../../site/open-data.ts';

export const getStaticPaths = (() =>
  DATA_SET_NAMES.flatMap((name) =>
    OPEN_DATA_FORMATS.map((format) => ({ params: { file: `${name}.${format}` }, props: { name, format } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props }) => {
  const { name, format } = props;
  return openDataResponse(name, format);
};

import type { APIRoute } from 'astro';
import { openDataResponse } from '../../site/open-data-files.ts';

export const GET: APIRoute = () => openDataResponse('action-updates', 'json');

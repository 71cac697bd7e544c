import type { APIRoute } from 'astro';
import { liveDataResponse } from '../../../components/reference/live-data.ts';
import { buildsOpenData } from '../../../lib/exchange/open-data.ts';

export const prerender = false;

export const GET: APIRoute = () =>
  liveDataResponse('builds.json', 'application/json', () => JSON.stringify(buildsOpenData()));

import type { APIRoute } from 'astro';
import { liveDataResponse } from '../../../components/reference/live-data.ts';
import { cvesOpenData } from '../../../lib/exchange/open-data.ts';

export const prerender = false;

export const GET: APIRoute = () =>
  liveDataResponse('cves.json', 'application/json', () => JSON.stringify(cvesOpenData()));

import type { APIRoute } from 'astro';
import { liveDataResponse } from '../../../components/reference/live-data.ts';
import { buildsCsv } from '../../../lib/exchange/open-data.ts';

export const prerender = false;

export const GET: APIRoute = () => liveDataResponse('builds.csv', 'text/csv; charset=utf-8', () => buildsCsv());

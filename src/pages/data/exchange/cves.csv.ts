import type { APIRoute } from 'astro';
import { liveDataResponse } from '../../../components/reference/live-data.ts';
import { cvesCsv } from '../../../lib/exchange/open-data.ts';

export const prerender = false;

export const GET: APIRoute = () => liveDataResponse('cves.csv', 'text/csv; charset=utf-8', () => cvesCsv());

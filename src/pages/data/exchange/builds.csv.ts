import type { APIRoute } from 'astro';
import { buildsCsv } from '../../../lib/exchange/open-data.ts';

export const GET: APIRoute = () =>
  new Response(buildsCsv(), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });

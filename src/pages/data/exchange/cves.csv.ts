import type { APIRoute } from 'astro';
import { cvesCsv } from '../../../lib/exchange/open-data.ts';

export const GET: APIRoute = () => new Response(cvesCsv(), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });

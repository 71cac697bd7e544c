import type { APIRoute } from 'astro';
import { cvesOpenData } from '../../../lib/exchange/open-data.ts';

export const GET: APIRoute = () => Response.json(cvesOpenData());

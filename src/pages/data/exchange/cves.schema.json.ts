import type { APIRoute } from 'astro';
import { cvesJsonSchema } from '../../../lib/exchange/open-data.ts';

export const GET: APIRoute = () => Response.json(cvesJsonSchema());

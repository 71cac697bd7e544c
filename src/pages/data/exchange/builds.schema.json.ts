import type { APIRoute } from 'astro';
import { buildsJsonSchema } from '../../../lib/exchange/open-data.ts';

export const GET: APIRoute = () => Response.json(buildsJsonSchema());

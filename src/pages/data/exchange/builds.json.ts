import type { APIRoute } from 'astro';
import { buildsOpenData } from '../../../lib/exchange/open-data.ts';

export const GET: APIRoute = () => Response.json(buildsOpenData());

/**
 * The Worker entry: the Worker of ./worker.ts with every request that is not the API handed to
 * Astro (static assets first, then on-demand pages).
 */
import { cf } from '@astrojs/cloudflare/hono';
import { astro } from 'astro/hono';
import { createWorker } from './worker.ts';

export default createWorker([cf(), astro()]);

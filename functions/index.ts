/**
 * The Worker entry: the Worker of ./worker.ts with every request that is not the API handed to
 * Astro (static assets first, then on-demand pages).
 */
import { cf } from '@astrojs/cloudflare/hono';
import { astro } from 'astro/hono';
import type { MiddlewareHandler } from 'hono';
import { createWorker } from './worker.ts';

/**
 * `astro dev` renders every page on request, the prerendered ones included, and only the adapter's
 * own handler matches those; the build serves them as static files (cf(), then astro()).
 */
const devPages: MiddlewareHandler = async (c) => {
  const { handle } = await import('@astrojs/cloudflare/handler');
  // Hono types the context with its own, smaller interface; the runtime passes the Workers one.
  return handle(c.req.raw, c.env, c.executionCtx as ExecutionContext);
};

export default createWorker(import.meta.env.DEV ? [devPages] : [cf(), astro()]);

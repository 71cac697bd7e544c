import { Hono } from 'hono';

/** The API as a Hono app of its own, so that worker tests can call it without Astro. */
export function createApi() {
  const api = new Hono<{ Bindings: Env }>();
  api.get('/api/health', (c) => c.json({ status: 'ok', dataVersion: '2026-10-02' }));
  return api;
}

export default createApi();

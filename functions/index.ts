import { cf } from '@astrojs/cloudflare/hono';
import { astro } from 'astro/hono';
import { Hono } from 'hono';

const app = new Hono<{ Bindings: Env }>();
app.get('/api/health', (c) => c.json({ status: 'ok', dataVersion: '2026-10-02' }));
app.use('*', cf());
app.use('*', astro());
export default app;

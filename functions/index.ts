/**
 * The Worker entry: the API (Hono), the language redirect for `/`, and every other request handed
 * to Astro (static assets first, then on-demand pages). Security headers on everything.
 */
import { cf } from '@astrojs/cloudflare/hono';
import { astro } from 'astro/hono';
import { Hono } from 'hono';
import { pickLanguage } from '../src/i18n/languages.ts';
import { createApi } from './app.ts';
import { securityHeaders } from './security.ts';
import { purgeExpiredResults } from './store/results.ts';

const app = new Hono<{ Bindings: Env }>();
app.route('/', createApi());
app.use('*', securityHeaders);
app.get('/', (c) => {
  const res = c.redirect(`/${pickLanguage(c.req.header('Accept-Language'))}/`, 302);
  res.headers.set('Vary', 'Accept-Language');
  return res;
});
app.use('*', cf());
app.use('*', astro());

export default {
  fetch: app.fetch,
  async scheduled(_controller, env, ctx) {
    ctx.waitUntil(purgeExpiredResults(env.DB, Date.now()));
  },
} satisfies ExportedHandler<Env>;

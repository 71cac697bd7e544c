/**
 * The Worker entry: the API (Hono), the language redirect for `/`, and every other request handed
 * to Astro (static assets first, then on-demand pages). Security headers on everything.
 */
import { cf } from '@astrojs/cloudflare/hono';
import { astro } from 'astro/hono';
import { Hono } from 'hono';
import { DEFAULT_LANG, isLang, pickLanguage } from '../src/i18n/languages.ts';
import { createApi } from './app.ts';
import { background } from './background.ts';
import { securityHeaders } from './security.ts';

const app = new Hono<{ Bindings: Env }>();
// The letters of a campaign are a page of the site (the same step rendering as the result page),
// served under the API's path too; the page itself takes the Bearer token.
app.get('/api/v1/campaigns/:id/letters', securityHeaders, cf(), astro());
app.route('/', createApi());
app.use('*', securityHeaders);
app.get('/', (c) => {
  const res = c.redirect(`/${pickLanguage(c.req.header('Accept-Language'))}/`, 302);
  res.headers.set('Vary', 'Accept-Language');
  return res;
});
if (import.meta.env.DEV) {
  // `astro dev` renders every page on request, the prerendered ones included, and only the
  // adapter's own handler matches those; the build serves them as static files (below).
  app.all('*', async (c) => {
    const { handle } = await import('@astrojs/cloudflare/handler');
    // Hono types the context with its own, smaller interface; the runtime passes the Workers one.
    return handle(c.req.raw, c.env, c.executionCtx as ExecutionContext);
  });
} else {
  app.use('*', cf());
  app.use('*', astro());
}

// An unexpected failure of a page: the static 500 page of the page's language, no internals.
app.onError(async (error, c) => {
  console.error('unexpected error', error);
  const first = new URL(c.req.url).pathname.split('/')[1];
  const lang = isLang(first) ? first : DEFAULT_LANG;
  const page = await c.env.ASSETS.fetch(new URL(`/${lang}/500.html`, c.req.url));
  return c.html(page.ok ? await page.text() : 'Something went wrong on our side. Please try again later.', 500);
});

export default {
  fetch: app.fetch,
  ...background,
} satisfies ExportedHandler<Env>;

/**
 * The Worker as a whole, apart from Astro so that tests can run it: the API (Hono), the language
 * redirect for `/`, security headers on everything, the pages (handed in by the entry), the 500
 * page of the page's language, and the background handlers (cron triggers, campaign queue).
 */
import { Hono, type MiddlewareHandler } from 'hono';
import { DEFAULT_LANG, isLang, pickLanguage } from '../src/i18n/languages.ts';
import { createApi } from './app.ts';
import { background } from './background.ts';
import { liveKnowledge } from './data/live.ts';
import { runScheduled } from './scheduled.ts';
import { securityHeaders } from './security.ts';

export function createWorker(pages: readonly MiddlewareHandler[]) {
  const app = new Hono<{ Bindings: Env }>();
  // The letters of a campaign are a page of the site (the same step rendering as the result page);
  // the API's path is that page in the language of `?lang=` (Astro's i18n routing serves pages
  // under a language only), and the page takes the Bearer token.
  app.get('/api/v1/campaigns/:id/letters', (c) => {
    const url = new URL(c.req.url);
    const lang = url.searchParams.get('lang');
    url.pathname = `/${isLang(lang) ? lang : DEFAULT_LANG}/campaigns/${encodeURIComponent(c.req.param('id'))}/letters`;
    return app.fetch(new Request(url, c.req.raw), c.env, c.executionCtx);
  });
  app.route('/', createApi());
  app.use('*', securityHeaders);
  // What `wrangler dev --test-scheduled` offers for bundles wrangler builds itself; Astro's prebuilt
  // Worker does not get wrangler's middleware, so the local run (ENVIRONMENT "local", npm start)
  // answers /__scheduled here. Everywhere else the path does not exist.
  app.get('/__scheduled', async (c, next) => {
    if (c.env.ENVIRONMENT !== 'local') return next();
    await runScheduled(c.req.query('cron') ?? '', c.env, Date.now());
    return c.text('Ran scheduled event');
  });
  app.get('/', (c) => {
    const res = c.redirect(`/${pickLanguage(c.req.header('Accept-Language'))}/`, 302);
    res.headers.set('Vary', 'Accept-Language');
    return res;
  });
  // Pages and open data answer from the same (live) data version as the API.
  app.use('*', liveKnowledge);
  for (const handler of pages) app.use('*', handler);

  // An unexpected failure of a page: the static 500 page of the page's language, no internals.
  app.onError(async (error, c) => {
    console.error('unexpected error', error);
    const first = new URL(c.req.url).pathname.split('/')[1];
    const lang = isLang(first) ? first : DEFAULT_LANG;
    const page = await c.env.ASSETS.fetch(new URL(`/${lang}/500.html`, c.req.url));
    return c.html(page.ok ? await page.text() : 'Something went wrong on our side. Please try again later.', 500);
  });

  return { fetch: app.fetch, ...background } satisfies ExportedHandler<Env>;
}

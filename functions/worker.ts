/**
 * The Worker as a whole, apart from Astro so that tests can run it: the API (Hono), the language
 * redirect for `/`, security headers on everything, the pages (handed in by the entry), the 500
 * page of the page's language, and the background handlers (scheduled purge, campaign queue).
 */
import { Hono, type MiddlewareHandler } from 'hono';
import { DEFAULT_LANG, isLang, pickLanguage } from '../src/i18n/languages.ts';
import { createApi } from './app.ts';
import { background } from './background.ts';
import { securityHeaders } from './security.ts';

export function createWorker(pages: readonly MiddlewareHandler[]) {
  const app = new Hono<{ Bindings: Env }>();
  // The letters of a campaign are a page of the site (the same step rendering as the result page),
  // served under the API's path too; the page itself takes the Bearer token.
  app.get('/api/v1/campaigns/:id/letters', securityHeaders, ...pages);
  app.route('/', createApi());
  app.use('*', securityHeaders);
  app.get('/', (c) => {
    const res = c.redirect(`/${pickLanguage(c.req.header('Accept-Language'))}/`, 302);
    res.headers.set('Vary', 'Accept-Language');
    return res;
  });
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

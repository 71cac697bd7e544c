import { OpenAPIHono } from '@hono/zod-openapi';
import type { Hono, MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';
import { currentDataVersion } from '../src/lib/data-version.ts';
import { invalidRequest } from '../src/lib/errors.ts';
import { assessments } from './api/assessments.ts';
import { campaigns } from './api/campaigns.ts';
import { checks } from './api/checks.ts';
import { health } from './api/health.ts';
import { liveKnowledge } from './data/live.ts';
import { errorBody, handleApiError } from './errors.ts';
import { securityHeaders } from './security.ts';

/** The API as a Hono app of its own, so that worker tests can call it without Astro. */
export function createApi() {
  const api = new OpenAPIHono<{ Bindings: Env }>({
    defaultHook: (result) => {
      if (!result.success)
        throw invalidRequest('The request does not have the expected form. See /api/v1/openapi.json.');
    },
  });
  api.use('/api/*', securityHeaders);
  // The newest stored knowledge base answers (loaded once per version per isolate).
  api.use('/api/*', liveKnowledge);
  // Every API answer names the knowledge base date, the OpenAPI document and 204s included.
  api.use('/api/*', async (c, next) => {
    await next();
    c.res.headers.set('X-Data-Version', currentDataVersion());
  });
  // Check results are private to whoever holds the id: no shared cache may keep them.
  const privateAnswer: MiddlewareHandler = async (c, next) => {
    await next();
    c.res.headers.set('Cache-Control', 'private, no-store');
  };
  api.use('/api/v1/checks', privateAnswer);
  api.use('/api/v1/checks/*', privateAnswer);
  // The same for everyone: shared caches may keep a successful answer for a while.
  api.use('/api/v1/assessments', cacheFor(300));
  api.use('/api/v1/openapi.json', cacheFor(3600));
  // Liveness is worth nothing from a cache.
  api.use('/api/health', async (c, next) => {
    await next();
    c.res.headers.set('Cache-Control', 'no-store');
  });
  api.use('/api/v1/campaigns', privateAnswer);
  api.use('/api/v1/campaigns/*', privateAnswer);
  // Read-only use from other origins: GET works cross-origin, POST and DELETE do not.
  api.use('/api/*', cors({ origin: '*', allowMethods: ['GET', 'HEAD', 'OPTIONS'], maxAge: 86400 }));
  api.route('/', health);
  api.route('/', checks);
  api.route('/', assessments);
  api.route('/', campaigns);
  // The document names the origin it is served from, so that it is right on every deployment.
  api.doc31('/api/v1/openapi.json', (c) => ({
    openapi: '3.1.0',
    info: {
      title: 'Exchange Self-Check API',
      version: '1.0.0',
      description:
        'Check the build of a Microsoft Exchange server and what it needs. Every response carries the knowledge base date (dataVersion, and the X-Data-Version header).',
      license: { name: 'MIT (code); CC BY 4.0 (data compilation)', identifier: 'MIT AND CC-BY-4.0' },
    },
    servers: [{ url: new URL(c.req.url).origin, description: 'This deployment' }],
    tags: [
      { name: 'checks', description: 'Remote checks of a server by its hostname, and their stored results' },
      { name: 'assessments', description: 'Assessments of a build number entered by hand' },
      { name: 'service', description: 'The service itself' },
    ],
  }));
  answerWrongMethods(api);
  // A route, not notFound(): a sub-app's notFound is ignored once it is mounted in the Worker entry.
  api.all('/api/*', (c) =>
    c.json(errorBody('not_found', 'There is no such API endpoint. See /api/v1/openapi.json for the list.'), 404),
  );
  api.onError(handleApiError);
  return api;
}

/** Cache-Control for answers that are the same for everyone; errors stay uncached. */
function cacheFor(seconds: number): MiddlewareHandler {
  return async (c, next) => {
    await next();
    c.res.headers.set('Cache-Control', c.res.ok ? `public, max-age=${seconds}` : 'no-store');
  };
}

/**
 * 405 with Allow for a path that exists under another method. The methods come from the routes
 * registered so far, so call this after the last route and before the catch-all 404.
 */
function answerWrongMethods(api: Hono<{ Bindings: Env }>): void {
  const methods = new Map<string, Set<string>>();
  for (const route of api.routes) {
    if (route.method === 'ALL' || !route.path.startsWith('/api/')) continue;
    const set = methods.get(route.path) ?? new Set(['OPTIONS']);
    set.add(route.method);
    if (route.method === 'GET') set.add('HEAD');
    methods.set(route.path, set);
  }
  for (const [path, allowed] of methods) {
    const allow = [...allowed].sort().join(', ');
    api.all(path, (c) => {
      const res = c.json(
        errorBody('method_not_allowed', `This endpoint does not accept ${c.req.method}. Use ${allow} instead.`),
        405,
      );
      res.headers.set('Allow', allow);
      return res;
    });
  }
}

export default createApi();

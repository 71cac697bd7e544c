import { OpenAPIHono } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';
import { DATA_VERSION } from '../src/lib/data-version.ts';
import { invalidRequest } from '../src/lib/errors.ts';
import { assessments } from './api/assessments.ts';
import { campaigns } from './api/campaigns.ts';
import { checks } from './api/checks.ts';
import { health } from './api/health.ts';
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
  // Every API answer names the knowledge base date, the OpenAPI document and 204s included.
  api.use('/api/*', async (c, next) => {
    await next();
    c.res.headers.set('X-Data-Version', DATA_VERSION);
  });
  // Check results are private to whoever holds the id: no shared cache may keep them.
  const privateAnswer: MiddlewareHandler = async (c, next) => {
    await next();
    c.res.headers.set('Cache-Control', 'private, no-store');
  };
  api.use('/api/v1/checks', privateAnswer);
  api.use('/api/v1/checks/*', privateAnswer);
  api.use('/api/v1/campaigns', privateAnswer);
  api.use('/api/v1/campaigns/*', privateAnswer);
  // Read-only use from other origins: GET works cross-origin, POST and DELETE do not.
  api.use('/api/*', cors({ origin: '*', allowMethods: ['GET', 'HEAD', 'OPTIONS'], maxAge: 86400 }));
  api.route('/', health);
  api.route('/', checks);
  api.route('/', assessments);
  api.route('/', campaigns);
  api.doc31('/api/v1/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Exchange Self-Check API',
      version: '1.0.0',
      description:
        'Check the build of a Microsoft Exchange server and what it needs. Every response carries the knowledge base date (dataVersion).',
      license: { name: 'MIT (code); CC BY 4.0 (data compilation)' },
    },
  });
  // A route, not notFound(): a sub-app's notFound is ignored once it is mounted in the Worker entry.
  api.all('/api/*', (c) =>
    c.json(errorBody('not_found', 'There is no such API endpoint. See /api/v1/openapi.json for the list.'), 404),
  );
  api.onError(handleApiError);
  return api;
}

export default createApi();

import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { DATA_VERSION } from '../../src/lib/data-version.ts';
import { Health } from '../../src/lib/schemas/api.ts';
import { PUBLIC, serverErrorResponse } from './responses.ts';

export const health = new OpenAPIHono<{ Bindings: Env }>().openapi(
  createRoute({
    method: 'get',
    path: '/api/health',
    operationId: 'getHealth',
    tags: ['service'],
    security: PUBLIC,
    summary: 'Liveness and the knowledge base date',
    responses: {
      200: { description: 'The service is up', content: { 'application/json': { schema: Health } } },
      500: serverErrorResponse(),
    },
  }),
  (c) => c.json({ status: 'ok' as const, dataVersion: DATA_VERSION }, 200),
);

import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { knowledge } from '../../src/lib/exchange/knowledge.ts';
import { isDataStale } from '../../src/lib/exchange/update-tuesday.ts';
import { Health } from '../../src/lib/schemas/api.ts';
import { isoDay } from '../../src/lib/today.ts';
import { ensureLiveKnowledge } from '../data/live.ts';
import { lastRefresh } from '../store/data-versions.ts';
import { PUBLIC, serverErrorResponse } from './responses.ts';

export const health = new OpenAPIHono<{ Bindings: Env }>().openapi(
  createRoute({
    method: 'get',
    path: '/api/health',
    operationId: 'getHealth',
    tags: ['service'],
    security: PUBLIC,
    summary: 'Liveness, the knowledge base that answers, and the state of its refresh',
    responses: {
      200: { description: 'The service is up', content: { 'application/json': { schema: Health } } },
      500: serverErrorResponse(),
    },
  }),
  async (c) => {
    const live = c.env?.DB ? await ensureLiveKnowledge(c.env.DB) : { kb: knowledge(), storedAt: null };
    const meta = live.kb.files.meta;
    // Health answers even when D1 does not: the refresh state is then unknown.
    const last = c.env?.DB ? await lastRefresh(c.env.DB).catch(() => null) : null;
    return c.json(
      {
        status: 'ok' as const,
        dataVersion: meta.dataVersion,
        data: {
          version: meta.dataVersion,
          refreshedAt: live.storedAt === null ? null : new Date(live.storedAt).toISOString(),
          stale: isDataStale(meta.dataVersion, isoDay()),
          sources: Object.fromEntries(meta.sources.map((s) => [s.id, s.date])),
          lastRefresh: last ? { at: new Date(last.at).toISOString(), ok: last.ok, error: last.error } : null,
        },
      },
      200,
    );
  },
);

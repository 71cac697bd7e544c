import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { invalidRequest } from '../../src/lib/errors.ts';
import { CheckId, CheckRequest, CheckResult } from '../../src/lib/schemas/api.ts';
import { createCheck, readCheck, removeCheck } from '../check/service.ts';
import { errorResponse } from './responses.ts';

const IdParam = z.object({ id: CheckId.meta({ param: { name: 'id', in: 'path' } }) });

const create = createRoute({
  method: 'post',
  path: '/api/v1/checks',
  summary: 'Check an Exchange server by hostname',
  description:
    'Resolves the name (public addresses only), sends a few ordinary GET requests to the server, reads its build and assesses it. Every build seen carries its own verdict; the assessment is the build at greatest risk (most open known-exploited CVEs, then most confirmed open, then the more severe verdict, then the lower build). A recent check of the same host is reused (reused: true).',
  request: { body: { required: true, content: { 'application/json': { schema: CheckRequest } } } },
  responses: {
    201: {
      description: 'The check result',
      headers: z.object({ Location: z.string() }),
      content: { 'application/json': { schema: CheckResult } },
    },
    400: errorResponse('invalid_request, invalid_host, private_address or port_not_allowed'),
    403: errorResponse('opted_out: the owner of this server asked not to be checked'),
    429: errorResponse('rate_limited; see the Retry-After header'),
    503: errorResponse('dns_unavailable: the resolver itself failed'),
  },
});

const read = createRoute({
  method: 'get',
  path: '/api/v1/checks/{id}',
  summary: 'A stored check result',
  request: { params: IdParam },
  responses: {
    200: { description: 'The check result', content: { 'application/json': { schema: CheckResult } } },
    404: errorResponse('not_found: unknown, deleted or expired (30 days)'),
  },
});

const remove = createRoute({
  method: 'delete',
  path: '/api/v1/checks/{id}',
  summary: 'Delete a stored check result at once',
  request: { params: IdParam },
  responses: {
    204: { description: 'The result is gone' },
    404: errorResponse('not_found'),
  },
});

export const checks = new OpenAPIHono<{ Bindings: Env }>({
  defaultHook: (result) => {
    if (!result.success) {
      throw invalidRequest(
        'Send a JSON body like {"host": "mail.example.ch"} with the hostname of your Exchange server.',
      );
    }
  },
})
  .openapi(create, async (c) => {
    const { host } = c.req.valid('json');
    const result = await createCheck(c.env, host, { ip: c.req.header('CF-Connecting-IP') ?? null });
    c.header('Location', `/api/v1/checks/${result.id}`);
    return c.json(result, 201);
  })
  .openapi(read, async (c) => c.json(await readCheck(c.env, c.req.valid('param').id), 200))
  .openapi(remove, async (c) => {
    await removeCheck(c.env, c.req.valid('param').id);
    return c.body(null, 204);
  });

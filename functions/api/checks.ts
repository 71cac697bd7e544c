import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { invalidId, invalidRequest } from '../../src/lib/errors.ts';
import { RESULT_RETENTION_DAYS } from '../../src/lib/limits.ts';
import { CheckRequest, CheckResult } from '../../src/lib/schemas/api.ts';
import { CLIENT_POLICY, createCheck, readCheck, removeCheck, TARGET_POLICY } from '../check/service.ts';
import { errorResponse, IdParam, PUBLIC, rateLimitedResponse, serverErrorResponse } from './responses.ts';

/** Far above any host of 2000 characters in JSON; a larger body is not a check request. */
const MAX_BODY_BYTES = 16 * 1024;

const create = createRoute({
  method: 'post',
  path: '/api/v1/checks',
  operationId: 'createCheck',
  tags: ['checks'],
  security: PUBLIC,
  middleware: [
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: () => {
        throw invalidRequest('The request body is too large. Send {"host": "mail.example.ch"} and nothing more.');
      },
    }),
  ] as const,
  summary: 'Check an Exchange server by hostname',
  description:
    'Resolves the name (public addresses only), sends a few ordinary GET requests to the server, reads its build and assesses it. Every build seen carries its own verdict; the assessment is the build at greatest risk (most open known-exploited CVEs, then most confirmed open, then the more severe verdict, then the lower build). A recent check of the same host is reused (reused: true).',
  request: { body: { required: true, content: { 'application/json': { schema: CheckRequest } } } },
  responses: {
    201: {
      description: 'The check result (reused: true when a recent check of the same host was reused)',
      headers: z.object({
        Location: z.string().meta({ description: 'The result: /api/v1/checks/{id}' }),
        'RateLimit-Policy': z.string().meta({ description: 'The limits of checks (IETF draft RateLimit headers)' }),
      }),
      content: { 'application/json': { schema: CheckResult } },
    },
    400: errorResponse('invalid_request, invalid_host, private_address or port_not_allowed'),
    403: errorResponse('opted_out: the owner of this server asked not to be checked'),
    429: rateLimitedResponse(),
    500: serverErrorResponse(),
    502: errorResponse("target_dns_failed: the checked name's own DNS is broken (SERVFAIL, lame delegation)"),
    503: errorResponse('dns_unavailable: our resolver failed'),
  },
});

const read = createRoute({
  method: 'get',
  path: '/api/v1/checks/{id}',
  operationId: 'getCheck',
  tags: ['checks'],
  security: PUBLIC,
  summary: 'A stored check result',
  request: { params: IdParam },
  responses: {
    200: { description: 'The check result', content: { 'application/json': { schema: CheckResult } } },
    400: errorResponse('invalid_id: not 22 base64url characters'),
    404: errorResponse(`not_found: unknown, deleted or expired (${RESULT_RETENTION_DAYS} days)`),
    500: serverErrorResponse(),
  },
});

const remove = createRoute({
  method: 'delete',
  path: '/api/v1/checks/{id}',
  operationId: 'deleteCheck',
  tags: ['checks'],
  security: PUBLIC,
  summary: 'Delete a stored check result at once',
  request: { params: IdParam },
  responses: {
    204: { description: 'The result is gone' },
    400: errorResponse('invalid_id: not 22 base64url characters'),
    404: errorResponse('not_found'),
    500: serverErrorResponse(),
  },
});

const policyField = (p: { name: string; quota: number; windowSeconds: number }) =>
  `"${p.name}";q=${p.quota};w=${p.windowSeconds}`;

export const checks = new OpenAPIHono<{ Bindings: Env }>({
  defaultHook: (result) => {
    if (!result.success) {
      if (result.target === 'param') {
        throw invalidId(
          'This is not a result id: an id is 22 characters of A-Z, a-z, 0-9, "-" and "_". Copy it whole.',
        );
      }
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
    c.header('RateLimit-Policy', [CLIENT_POLICY, TARGET_POLICY].map(policyField).join(', '));
    return c.json(result, 201);
  })
  .openapi(read, async (c) => c.json(await readCheck(c.env, c.req.valid('param').id), 200))
  .openapi(remove, async (c) => {
    await removeCheck(c.env, c.req.valid('param').id);
    return c.body(null, 204);
  });

import { z } from '@hono/zod-openapi';
import { CheckId, ErrorBody } from '../../src/lib/schemas/api.ts';

/** OpenAPI description of an error answer; every error body has the same shape. */
export const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: ErrorBody } },
});

/** The `{id}` path parameter of a check or a campaign (both ids are 128 random bits, base64url). */
export const IdParam = z.object({ id: CheckId.meta({ param: { name: 'id', in: 'path' } }) });

/** A public operation: no credentials (an explicit empty requirement, not an omission). */
export const PUBLIC: Array<Record<string, string[]>> = [];

export const rateLimitedResponse = () => ({
  ...errorResponse('rate_limited: a limit is spent; retry after Retry-After seconds'),
  headers: z.object({
    'Retry-After': z.string().meta({ description: 'Seconds until a retry can succeed', example: '60' }),
    'RateLimit-Policy': z
      .string()
      .meta({ description: 'The limit that refused (IETF draft)', example: '"client";q=10;w=60' }),
    RateLimit: z.string().meta({ description: 'What is left of it (IETF draft)', example: '"client";r=0;t=60' }),
  }),
});

export const serverErrorResponse = () => errorResponse('internal_error: something failed on our side');

import { ErrorBody } from '../../src/lib/schemas/api.ts';

/** OpenAPI description of an error answer; every error body has the same shape. */
export const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: ErrorBody } },
});

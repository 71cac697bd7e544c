import type { Context } from 'hono';
import { AppError } from '../src/lib/errors.ts';
import type { ErrorBody } from '../src/lib/schemas/api.ts';
import { DATA_VERSION } from '../src/lib/data-version.ts';

export function errorBody(code: ErrorBody['error']['code'], message: string): ErrorBody {
  return { dataVersion: DATA_VERSION, error: { code, message } };
}

/**
 * The one error handler of the API: expected failures keep their code and message; anything else
 * is logged and answered with a generic 500 that shows no internals.
 */
export function handleApiError(error: Error, c: Context): Response {
  if (error instanceof AppError) {
    const res = c.json(errorBody(error.code, error.message), error.status);
    if (error.retryAfter !== undefined) res.headers.set('Retry-After', String(error.retryAfter));
    return res;
  }
  console.error('unexpected error', error);
  return c.json(
    errorBody('internal_error', 'Something went wrong on our side. Please try again in a few minutes.'),
    500,
  );
}

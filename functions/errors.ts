import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { currentDataVersion } from '../src/lib/data-version.ts';
import { AppError } from '../src/lib/errors.ts';
import type { ErrorBody } from '../src/lib/schemas/api.ts';

export function errorBody(code: ErrorBody['error']['code'], message: string): ErrorBody {
  return { dataVersion: currentDataVersion(), error: { code, message } };
}

/**
 * The one error handler of the API: expected failures keep their code and message; anything else
 * is logged and answered with a generic 500 that shows no internals.
 */
export function handleApiError(error: Error, c: Context): Response {
  if (error instanceof AppError) {
    const res = c.json(errorBody(error.code, error.message), error.status);
    if (error.retryAfter !== undefined) res.headers.set('Retry-After', String(error.retryAfter));
    if (error.policy !== undefined) {
      // draft-ietf-httpapi-ratelimit-headers: the limit that refused, and that none of it is left.
      const { name, quota, windowSeconds } = error.policy;
      res.headers.set('RateLimit-Policy', `"${name}";q=${quota};w=${windowSeconds}`);
      res.headers.set('RateLimit', `"${name}";r=0;t=${error.retryAfter ?? windowSeconds}`);
    }
    return res;
  }
  // Hono's own refusals of a request (malformed JSON, wrong content type) are the client's mistake.
  if (error instanceof HTTPException && error.status >= 400 && error.status < 500) {
    return c.json(
      errorBody(
        'invalid_request',
        'The request body is not valid JSON. Send {"host": "mail.example.ch"} as application/json.',
      ),
      400,
    );
  }
  console.error('unexpected error', error);
  return c.json(
    errorBody('internal_error', 'Something went wrong on our side. Please try again in a few minutes.'),
    500,
  );
}

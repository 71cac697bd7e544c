import type { MiddlewareHandler } from 'hono';
import { SECURITY_HEADERS } from '../src/lib/security-headers.ts';

/** Applies the one set of security headers to every Worker response (static files get them from _headers). */
export const securityHeaders: MiddlewareHandler = async (c, next) => {
  await next();
  // Responses from the ASSETS binding are immutable; copy before adding headers.
  const res = new Response(c.res.body, c.res);
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
    if (!res.headers.has(name)) res.headers.set(name, value);
  }
  c.res = res;
};

import type { ErrorCode } from './schemas/api.ts';

export type ErrorStatus = 400 | 401 | 403 | 404 | 405 | 429 | 502 | 503;

/** The limit that refused a request, for the RateLimit-Policy and RateLimit headers (IETF draft). */
export interface RateLimitPolicy {
  name: string;
  quota: number;
  windowSeconds: number;
}

/**
 * An expected failure with a stable code and a message that says what was wrong and what to do.
 * Pure (no Hono): the API maps it to `{ error: { code, message } }` with `status`, the site
 * translates it by `code`. Anything that is not an AppError is a bug and becomes a generic 500.
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: ErrorStatus;
  /** Seconds until a retry can succeed (rate limits). */
  readonly retryAfter: number | undefined;
  /** The limit that refused the request (rate limits). */
  readonly policy: RateLimitPolicy | undefined;

  constructor(code: ErrorCode, message: string, status: ErrorStatus, retryAfter?: number, policy?: RateLimitPolicy) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.status = status;
    this.retryAfter = retryAfter;
    this.policy = policy;
  }
}

export const invalidRequest = (message: string) => new AppError('invalid_request', message, 400);
export const invalidHost = (message: string) => new AppError('invalid_host', message, 400);
export const privateAddress = (message: string) => new AppError('private_address', message, 400);
export const portNotAllowed = (message: string) => new AppError('port_not_allowed', message, 400);
export const invalidBuild = (message: string) => new AppError('invalid_build', message, 400);
export const notFound = (message: string) => new AppError('not_found', message, 404);
export const dnsUnavailable = (message: string) => new AppError('dns_unavailable', message, 503);
/** The checked name's own DNS is broken (SERVFAIL, lame delegation): the target's fault, not ours. */
export const targetDnsFailed = (message: string) => new AppError('target_dns_failed', message, 502);
export const invalidId = (message: string) => new AppError('invalid_id', message, 400);
export const methodNotAllowed = (message: string) => new AppError('method_not_allowed', message, 405);
export const rateLimited = (message: string, retryAfter: number, policy?: RateLimitPolicy) =>
  new AppError('rate_limited', message, 429, retryAfter, policy);
export const optedOut = (message: string) => new AppError('opted_out', message, 403);
export const unauthorized = (message: string) => new AppError('unauthorized', message, 401);

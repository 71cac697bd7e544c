/**
 * Server-side glue of the on-demand result pages: the Worker's bindings, the client address for
 * the rate limit, and the small response details every result page shares.
 */
import { env as cloudflareEnv } from 'cloudflare:workers';
import { isLang, type Lang } from '../../i18n/index.ts';
import { AppError } from '../../lib/errors.ts';

/** The bindings of functions/worker-configuration.d.ts (the module's own type knows none of them). */
export const workerEnv = (): Env => cloudflareEnv as unknown as Env;

/** The client address for the rate limit only (never stored); null where the runtime has none. */
export function clientIp(astro: { clientAddress: string }): string | null {
  try {
    return astro.clientAddress || null;
  } catch {
    return null;
  }
}

/** The page language from the route, or undefined for a path that is not one of ours. */
export function pageLang(value: string | undefined): Lang | undefined {
  return isLang(value) ? value : undefined;
}

/** Private pages: not cached by shared caches, not indexed. */
export function markPrivate(headers: Headers): void {
  headers.set('Cache-Control', 'private, no-store');
  headers.set('X-Robots-Tag', 'noindex, nofollow');
}

export const isAppError = (error: unknown): error is AppError => error instanceof AppError;

/** Whole days between a check and now (0 for less than a day). */
export function ageInDays(checkedAt: string, nowMs: number): number {
  const then = Date.parse(checkedAt);
  if (Number.isNaN(then)) return 0;
  return Math.max(0, Math.floor((nowMs - then) / 86_400_000));
}

export const notALanguage = () => new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain' } });

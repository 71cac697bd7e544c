/**
 * Why a refresh changed nothing. Each failure has a stable code, names the source, and says what a
 * deployer can do; `lastRefresh.error` in /api/health is its `report`.
 */
import { z } from 'zod';

export const RefreshErrorCode = z.enum([
  /** A source URL the configuration may not use (plain HTTP or loopback in production). */
  'source_url_refused',
  /** No answer: DNS, connection, TLS or the timeout. */
  'source_unreachable',
  /** An answer other than 200. */
  'source_status',
  /** An answer above the size cap. */
  'source_too_large',
  /** An answer that is not the format the source publishes. */
  'source_malformed',
  /** An answer of the right format that holds clearly less than before (a half build table). */
  'source_incomplete',
  /** The merged result would lose a build or a CVE. */
  'would_lose_data',
  /** The merged result breaks a rule of the knowledge base. */
  'invalid_result',
]);
export type RefreshErrorCode = z.infer<typeof RefreshErrorCode>;

export const SourceName = z.enum(['msrc', 'builds', 'kev', 'cve']);
export type SourceName = z.infer<typeof SourceName>;

export class RefreshError extends Error {
  readonly code: RefreshErrorCode;
  readonly source: SourceName | null;

  constructor(code: RefreshErrorCode, source: SourceName | null, message: string) {
    super(message);
    this.name = 'RefreshError';
    this.code = code;
    this.source = source;
  }

  /** One line for the health block and the updater's output. */
  get report(): string {
    return `${this.code}${this.source ? ` (${this.source})` : ''}: ${this.message}`;
  }
}

/** Anything thrown during a refresh, as a RefreshError: a bug is reported too, without a stack. */
export function asRefreshError(error: unknown): RefreshError {
  if (error instanceof RefreshError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new RefreshError('invalid_result', null, `Unexpected failure while refreshing: ${message.slice(0, 300)}`);
}

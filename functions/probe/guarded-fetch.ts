/**
 * The only way the check reaches a checked server: plain GET, no credentials or cookies, manual
 * redirects (at most MAX_HOPS, each hop validated like user input, DNS included), https on 443
 * only, never to our own names, within the check's deadline and request budget. Only hops that
 * stay on the checked site (its registrable domain) are followed: a hop to another site would let
 * a hostile server send our GETs, of its choosing, to a third party outside that party's budgets.
 */
import { checkHostnameSyntax, classifyHostname, isOwnHostname, registrableDomain } from '../../src/lib/probe/host.ts';
import { isOptedOut } from '../../src/lib/probe/opt-out.ts';
import { isMicrosoft365Host } from '../../src/lib/probe/parsers.ts';
import { MAX_LOCATION_LENGTH, resolveRedirect } from '../../src/lib/probe/redirect.ts';
import type { UnreachableReason } from '../../src/lib/schemas/api.ts';
import { discardBody, readHeader } from './body.ts';
import { type CheckSession, SubrequestBudgetExceeded } from './session.ts';
import { TransportRefusedError } from './transport.ts';
import { validateTarget } from './validate.ts';

export const MAX_HOPS = 3;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

export type GuardedResult =
  | { kind: 'response'; response: Response }
  /** A hop to Microsoft 365 sign-in: a signal in itself, and nothing of ours to fetch there. */
  | { kind: 'microsoft365'; status: number }
  /** A hop to another site: recorded as a signal, never fetched. */
  | { kind: 'cross_site'; status: number }
  | { kind: 'failed'; reason: UnreachableReason; status: number | null };

/**
 * GETs `url` (already validated by the caller's validateTarget or validated here), following
 * redirects by hand. `onResponse` sees every answer, hops included, before its body is dropped.
 */
export async function guardedGet(
  url: URL,
  session: CheckSession,
  onResponse: (response: Response) => void,
): Promise<GuardedResult> {
  let current = url;
  const site = registrableDomain(url.hostname);
  for (let hop = 0; ; hop++) {
    if (!(await isAllowedTarget(current, session))) return { kind: 'failed', reason: 'redirect_blocked', status: null };
    let response: Response;
    try {
      session.spend();
      response = await session.transport(connectionUrl(current, session), {
        method: 'GET',
        redirect: 'manual',
        signal: session.signal,
        headers: { 'user-agent': session.config.userAgent, accept: ACCEPT },
      });
    } catch (error) {
      if (error instanceof TransportRefusedError) throw error;
      if (error instanceof SubrequestBudgetExceeded)
        return { kind: 'failed', reason: 'too_many_redirects', status: null };
      return { kind: 'failed', reason: classifyFetchError(error, session.signal), status: null };
    }
    onResponse(response);
    if (!REDIRECT_STATUSES.has(response.status)) {
      const tls = response.status === 525 || response.status === 526;
      if (tls) discardBody(response);
      return tls ? { kind: 'failed', reason: 'tls', status: response.status } : { kind: 'response', response };
    }
    discardBody(response);
    const location = readHeader(response, 'location', MAX_LOCATION_LENGTH);
    const next = location === null ? null : resolveRedirect(location, current);
    if (next === null) return { kind: 'failed', reason: 'redirect_blocked', status: response.status };
    if (isMicrosoft365Host(next.hostname)) return { kind: 'microsoft365', status: response.status };
    if (!passesHostRules(next, session)) return { kind: 'failed', reason: 'redirect_blocked', status: response.status };
    if (registrableDomain(next.hostname) !== site) return { kind: 'cross_site', status: response.status };
    if (hop + 1 > MAX_HOPS) return { kind: 'failed', reason: 'too_many_redirects', status: response.status };
    current = next;
  }
}

/** The same rules as for user input, plus: never one of our own names, never an opted-out one. */
function passesHostRules(url: URL, session: CheckSession): boolean {
  try {
    const host = classifyHostname(url.hostname);
    checkHostnameSyntax(host);
    return (
      host === url.hostname &&
      !isOwnHostname(host, session.config.siteHostnames) &&
      !isOptedOut(host, session.config.optOut)
    );
  } catch {
    return false;
  }
}

/** The host rules, then DNS: every address public. */
async function isAllowedTarget(url: URL, session: CheckSession): Promise<boolean> {
  if (!passesHostRules(url, session)) return false;
  try {
    await validateTarget(url.hostname, { config: session.config, session });
    return true;
  } catch (error) {
    if (error instanceof TransportRefusedError) throw error;
    return false;
  }
}

/**
 * Test configuration only: a validated name connects to its loopback origin; the name itself went
 * through every rule and DNS. Exact names, never addresses, so no hop can reach loopback through it.
 */
function connectionUrl(url: URL, session: CheckSession): string {
  const origin = session.config.testTargets[url.hostname];
  return origin === undefined ? url.href : `${origin}${url.pathname}${url.search}`;
}

/**
 * Runtimes say little about why a fetch failed (workerd: "internal error" for a bad certificate),
 * so only what is clear is told apart; the message is matched, never shown.
 */
function classifyFetchError(error: unknown, signal: AbortSignal): UnreachableReason {
  if (signal.aborted) return 'timeout';
  const text = describeError(error);
  if (/certificate|cert_|_cert|tls|ssl|handshake|self.signed|altname/i.test(text)) return 'tls';
  return 'connection';
}

function describeError(error: unknown, depth = 0): string {
  if (!(error instanceof Error) || depth > 3) return '';
  const code = 'code' in error && typeof error.code === 'string' ? error.code : '';
  return `${error.message} ${code} ${describeError(error.cause, depth + 1)}`.slice(0, 1000);
}

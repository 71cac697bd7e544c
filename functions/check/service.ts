/**
 * The check as a service, shared by the API (POST /api/v1/checks) and the site's form handler:
 * abuse limits, per-target cooldown, target validation, probing, assessment, storage.
 * Order matters: cheap refusals first, the DNS lookup only for a well-formed host, and probing
 * only when no recent result of the same host can be reused, the target's own budget allows it,
 * and no other check is probing the same host at this moment.
 */

import { getDomain } from 'tldts';
import { z } from 'zod';
import {
  AppError,
  invalidId,
  invalidRequest,
  notFound,
  optedOut,
  type RateLimitPolicy,
  rateLimited,
} from '../../src/lib/errors.ts';
import { judgeBuilds } from '../../src/lib/exchange/greatest-risk.ts';
import { knowledge } from '../../src/lib/exchange/knowledge.ts';
import { RULES_VERSION } from '../../src/lib/exchange/rules.ts';
import { normaliseHostInput, registrableDomain } from '../../src/lib/probe/host.ts';
import { isOptedOut } from '../../src/lib/probe/opt-out.ts';
import { CheckId, type CheckResult, resultLinks } from '../../src/lib/schemas/api.ts';
import { isoDay } from '../../src/lib/today.ts';
import { parseProbeConfig } from '../probe/config.ts';
import {
  type CheckSession,
  createSession,
  type ProbeConfig,
  probeHost,
  suggestHosts,
  TransportRefusedError,
  validateTarget,
} from '../probe/index.ts';
import { clientKey, clientNetwork, clientPrefix } from '../store/client-key.ts';
import { claimProbe, releaseProbe } from '../store/probe-locks.ts';
import {
  cooldownRemaining,
  copiesOf,
  deleteResult,
  findRecentResult,
  getResult,
  newResultId,
  saveCopy,
  saveResult,
} from '../store/results.ts';

/**
 * The secret of the client keys, set with `wrangler secret put CLIENT_KEY_SECRET` (absent locally).
 * wrangler.toml cannot name a secret, so the generated Env type does not have it: read it here.
 */
const Secrets = z.object({ CLIENT_KEY_SECRET: z.string().optional() });

/** Seconds of the Rate Limiting bindings' window (wrangler.toml `period`). */
export const RATE_WINDOW_SECONDS = 60;

/**
 * Copies of one checked result, at most: past it, a reuse answers with the newest copy's id
 * instead of writing another row (reuse is never refused, and never fills the database).
 */
export const MAX_COPIES_PER_RESULT = 20;

/**
 * When the host's own budget is spent (by checks of other names pointing at its address, say), a
 * result of the host from this long ago is answered as a reuse: a real owner can always check.
 */
export const BUDGET_FALLBACK_SECONDS = 24 * 3600;

/**
 * Waiting for another check's probe of the same host: the delays between D1 lookups. Bounded, so a
 * waiting request makes a handful of queries, not one every 250 ms (50 is the Free plan's limit).
 */
export const LOCK_POLL_DELAYS_MS: readonly number[] = [250, 500, 1000, 2000, 3000, 4000];

/** A spent limit: retry when its window has passed; the API answer names the limit (RateLimit headers). */
const limitReached = (message: string, policy: RateLimitPolicy) => rateLimited(message, RATE_WINDOW_SECONDS, policy);

function cooldownSeconds(env: Env): number {
  const value = Number(env.TARGET_COOLDOWN_S ?? 120);
  return Number.isFinite(value) && value >= 0 ? value : 120;
}

/** The limits of wrangler.toml, for the RateLimit-Policy header (the bindings cannot be asked). */
export const CLIENT_POLICY: RateLimitPolicy = { name: 'client', quota: 10, windowSeconds: RATE_WINDOW_SECONDS };
export const NETWORK_POLICY: RateLimitPolicy = { name: 'network', quota: 30, windowSeconds: RATE_WINDOW_SECONDS };
export const TARGET_POLICY: RateLimitPolicy = { name: 'target', quota: 6, windowSeconds: RATE_WINDOW_SECONDS };
export const WRITE_POLICY: RateLimitPolicy = { name: 'writes', quota: 60, windowSeconds: RATE_WINDOW_SECONDS };

/**
 * Per client: its address (an IPv6 /64) and, for IPv6, its /48 as well, since a /48 holds 65,536
 * /64s. The binding keeps its counters itself; keys are daily-rotating keyed hashes, never addresses.
 */
async function enforceClientLimit(env: Env, ip: string | null, nowMs: number): Promise<void> {
  const address = ip ?? 'unknown';
  const day = isoDay(nowMs);
  const { CLIENT_KEY_SECRET: secret } = Secrets.parse(env);
  const key = await clientKey(address, secret, day, env.ENVIRONMENT);
  if (!(await env.CHECK_LIMITER.limit({ key })).success) {
    throw limitReached(
      `Too many checks from your network in the last minute. Wait ${RATE_WINDOW_SECONDS} seconds, then try again.`,
      CLIENT_POLICY,
    );
  }
  if (clientNetwork(address) === clientPrefix(address)) return;
  const network = await clientKey(address, secret, day, env.ENVIRONMENT, clientNetwork);
  if (!(await env.NETWORK_LIMITER.limit({ key: network })).success) {
    throw limitReached(
      `Too many checks from your network (its IPv6 /48) in the last minute. Wait ${RATE_WINDOW_SECONDS} seconds, then try again.`,
      NETWORK_POLICY,
    );
  }
}

/**
 * For a bare domain (example.ch) that is no Exchange server: the usual server names below it that
 * exist in DNS. Only a hint, so a spent budget or a resolver failure means no suggestions.
 */
async function suggestionsFor(host: string, config: ProbeConfig, session: CheckSession): Promise<string[]> {
  if (getDomain(host) !== host) return [];
  try {
    return (await suggestHosts(host, { config, session })).filter((name) => name !== host).slice(0, 5);
  } catch (error) {
    if (error instanceof TransportRefusedError) throw error;
    return [];
  }
}

/**
 * A result that reuses a checked one: its own id and expiry, the same findings, stored as a small
 * row pointing at the checked one. Never refused: past the copy cap, or when the global write
 * budget is spent and a copy exists already, the newest copy's id is answered instead.
 */
async function reuse(env: Env, origin: CheckResult, nowMs: number): Promise<CheckResult> {
  const copies = await copiesOf(env.DB, origin.id);
  const mayWrite =
    copies.count === 0 ||
    (copies.count < MAX_COPIES_PER_RESULT && (await env.WRITE_LIMITER.limit({ key: 'copy' })).success);
  if (mayWrite) {
    const id = newResultId();
    if (await saveCopy(env.DB, origin.id, id, nowMs)) return { ...origin, id, reused: true, links: resultLinks(id) };
  }
  if (copies.newest !== null) return { ...origin, id: copies.newest, reused: true, links: resultLinks(copies.newest) };
  // The checked row is gone (deleted a moment ago): its findings are still the freshest there are.
  const fresh = newResultId();
  return saveFresh(env, { ...origin, id: fresh, reused: true, links: resultLinks(fresh) }, nowMs);
}

/**
 * Fresh probes per target, whatever name reached it: one budget per site (registrable domain,
 * cloud customers' zones apart) and one per resolved address (names of other domains pointing at
 * one server).
 */
async function enforceTargetLimit(limiter: RateLimit, host: string, addresses: readonly string[]): Promise<void> {
  const keys = new Set([`domain:${registrableDomain(host)}`, ...addresses.map((a) => `address:${clientPrefix(a)}`)]);
  for (const key of keys) {
    const { success } = await limiter.limit({ key });
    if (!success) {
      throw limitReached(
        `This server has been checked very often in the last minute. Wait ${RATE_WINDOW_SECONDS} seconds, then try again.`,
        TARGET_POLICY,
      );
    }
  }
}

/** While another check probes the same host: wait for its result, within our own deadline. */
async function awaitOtherProbe(env: Env, host: string, cooldown: number, untilMs: number): Promise<CheckResult> {
  for (const delay of LOCK_POLL_DELAYS_MS) {
    const left = untilMs - Date.now();
    if (left <= 0) break;
    await new Promise((resolve) => setTimeout(resolve, Math.min(delay, left)));
    const recent = await findRecentResult(env.DB, host, cooldown, Date.now());
    if (recent) return reuse(env, recent, Date.now());
  }
  throw rateLimited('A check of this server is running right now. Try again in a few seconds.', 10);
}

/** Stores a full result, within the global write budget (the database's daily quota is shared). */
async function saveFresh(env: Env, result: CheckResult, nowMs: number): Promise<CheckResult> {
  await saveResult(env.DB, result, nowMs);
  return result;
}

async function enforceWriteLimit(env: Env): Promise<void> {
  if (!(await env.WRITE_LIMITER.limit({ key: 'fresh' })).success) {
    throw limitReached(
      `The checker has stored very many results in the last minute. Wait ${RATE_WINDOW_SECONDS} seconds, then try again.`,
      WRITE_POLICY,
    );
  }
}

export async function createCheck(
  env: Env,
  input: string,
  client: { ip: string | null },
  nowMs: number = Date.now(),
): Promise<CheckResult> {
  if (typeof input !== 'string') {
    throw invalidRequest('Enter the hostname of your Exchange server, like mail.example.ch.');
  }
  await enforceClientLimit(env, client.ip, nowMs);
  return checkTarget(env, input, nowMs);
}

/**
 * Everything of a check but the per-client limit: what a campaign's queue consumer runs for each
 * target (the campaign's own pacing stands in for the client limit). Opt-out list, guard, target
 * budget, cooldown and the one-probe-per-host lock apply as they do to a public check.
 */
export async function checkTarget(env: Env, input: string, nowMs: number = Date.now()): Promise<CheckResult> {
  const { host } = normaliseHostInput(input);
  const config = parseProbeConfig(env);
  // Before any lookup, and before a reuse: the owner asked for no check at all.
  if (isOptedOut(host, config.optOut)) {
    throw optedOut('The owner of this server asked us not to check it. Enter its build number by hand instead.');
  }

  const cooldown = cooldownSeconds(env);
  const recent = await findRecentResult(env.DB, host, cooldown, nowMs);
  if (recent) return reuse(env, recent, nowMs);

  // One session: one deadline and one request budget from the DNS lookup to the last probe.
  const session = createSession({ config });
  const addresses = await validateTarget(host, { config, session });
  try {
    await enforceTargetLimit(env.TARGET_LIMITER, host, addresses);
  } catch (error) {
    const earlier = await findRecentResult(env.DB, host, BUDGET_FALLBACK_SECONDS, nowMs);
    if (earlier) return reuse(env, earlier, nowMs);
    throw error;
  }
  await enforceWriteLimit(env);

  // With a cooldown, checks of one host that arrive together share one probe.
  const locking = cooldown > 0;
  if (locking && !(await claimProbe(env.DB, host, nowMs, config.deadlineMs + 5000))) {
    return awaitOtherProbe(env, host, cooldown, Date.now() + config.deadlineMs + 2000);
  }
  try {
    return await probeAndStore(env, host, config, session, nowMs);
  } finally {
    if (locking) await releaseProbe(env.DB, host);
  }
}

async function probeAndStore(
  env: Env,
  host: string,
  config: ProbeConfig,
  session: CheckSession,
  nowMs: number,
): Promise<CheckResult> {
  const probe = await probeHost(host, { config, session, now: () => new Date(nowMs) });
  await confirmStillPublic(host, config);
  const kb = knowledge();
  // Every build seen is judged; the headline is the build at greatest risk.
  const judged = judgeBuilds(probe.builds, isoDay(nowMs), kb);
  // Only Exchange Online answered (15.20.x builds): nothing of ours to assess.
  const outcome = probe.outcome === 'assessed' && judged.assessment === null ? 'exchange_online' : probe.outcome;
  const suggestions = outcome === 'not_exchange' ? await suggestionsFor(host, config, session) : [];
  const id = newResultId();
  const result: CheckResult = {
    id,
    host: probe.host,
    checkedAt: probe.checkedAt,
    reused: false,
    outcome,
    reason: probe.reason,
    builds: judged.builds,
    evidence: probe.evidence,
    assessment: outcome === 'assessed' ? judged.assessment : null,
    ...(suggestions.length > 0 ? { suggestions } : {}),
    links: resultLinks(id),
    rulesVersion: RULES_VERSION,
    // The data it was judged with; a stored result keeps it (docs/api.md).
    dataVersion: kb.files.meta.dataVersion,
  };
  return saveFresh(env, result, nowMs);
}

/**
 * The runtime resolves the name again when it connects, and whoever runs the name's DNS decides
 * what that answer is. Asking once more after probing catches a name that has moved to a private
 * address meanwhile (its findings may come from a server inside a network): they are dropped.
 * A new session, so the answer cached at the start is not reused; two queries more.
 */
async function confirmStillPublic(host: string, config: ProbeConfig): Promise<void> {
  try {
    await validateTarget(host, { config, session: createSession({ config }) });
  } catch (error) {
    if (error instanceof AppError && error.code === 'private_address') throw error;
    if (error instanceof TransportRefusedError) throw error;
    // Any other failure of the second lookup says nothing about where the probes went.
  }
}

function checkedId(id: string): string {
  if (!CheckId.safeParse(id).success) {
    throw invalidId('This is not a result id: an id is 22 characters of A-Z, a-z, 0-9, "-" and "_". Copy it whole.');
  }
  return id;
}

export async function readCheck(env: Env, id: string, nowMs: number = Date.now()): Promise<CheckResult> {
  const result = await getResult(env.DB, checkedId(id), nowMs);
  if (!result) {
    throw notFound('There is no check result with this id. Results are deleted after 30 days, or when asked to.');
  }
  return result;
}

export async function removeCheck(env: Env, id: string): Promise<void> {
  const gone = await deleteResult(env.DB, checkedId(id));
  if (!gone) throw notFound('There is no check result with this id; it may already be deleted or expired.');
}

export function recheckAvailableIn(env: Env, host: string, nowMs: number = Date.now()): Promise<number> {
  return cooldownRemaining(env.DB, host, cooldownSeconds(env), nowMs);
}

/**
 * The check as a service, shared by the API (POST /api/v1/checks) and the site's form handler:
 * abuse limits, per-target cooldown, target validation, probing, assessment, storage.
 * Order matters: cheap refusals first, the DNS lookup only for a well-formed host, and probing
 * only when no recent result of the same host can be reused, the target's own budget allows it,
 * and no other check is probing the same host at this moment.
 */

import { getDomain } from 'tldts';
import { z } from 'zod';
import { invalidRequest, notFound, optedOut, rateLimited } from '../../src/lib/errors.ts';
import { judgeBuilds } from '../../src/lib/exchange/greatest-risk.ts';
import { knowledge } from '../../src/lib/exchange/knowledge.ts';
import { RULES_VERSION } from '../../src/lib/exchange/rules.ts';
import { normaliseHostInput } from '../../src/lib/probe/host.ts';
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
import { clientKey, clientPrefix } from '../store/client-key.ts';
import { claimProbe, releaseProbe } from '../store/probe-locks.ts';
import {
  cooldownRemaining,
  deleteResult,
  findRecentResult,
  getResult,
  newResultId,
  saveResult,
} from '../store/results.ts';

/**
 * The secret of the client keys, set with `wrangler secret put CLIENT_KEY_SECRET` (absent locally).
 * wrangler.toml cannot name a secret, so the generated Env type does not have it: read it here.
 */
const Secrets = z.object({ CLIENT_KEY_SECRET: z.string().optional() });

/** Seconds of the Rate Limiting binding's window (wrangler.toml `period`). */
const RATE_WINDOW_SECONDS = 60;

function cooldownSeconds(env: Env): number {
  const value = Number(env.TARGET_COOLDOWN_S ?? 120);
  return Number.isFinite(value) && value >= 0 ? value : 120;
}

async function enforceClientLimit(env: Env, ip: string | null, nowMs: number): Promise<void> {
  // The binding keeps its counters itself; the key is a daily-rotating keyed hash, never the address.
  const { CLIENT_KEY_SECRET: secret } = Secrets.parse(env);
  const key = await clientKey(ip ?? 'unknown', secret, isoDay(nowMs), env.ENVIRONMENT);
  const { success } = await env.CHECK_LIMITER.limit({ key });
  if (!success) {
    throw rateLimited(
      `Too many checks from your network in the last minute. Wait ${RATE_WINDOW_SECONDS} seconds, then try again.`,
      RATE_WINDOW_SECONDS,
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
 * A new result that reuses a recent check of the same host: its own id, the same findings, judged
 * as they were (the same data version and rules).
 */
async function reuse(env: Env, recent: CheckResult, nowMs: number): Promise<CheckResult> {
  const id = newResultId();
  const reused: CheckResult = { ...recent, id, reused: true, links: resultLinks(id) };
  await saveResult(env.DB, reused, nowMs);
  return reused;
}

/**
 * Fresh probes per target, whatever name reached it: one budget per registrable domain (aliases,
 * wildcard zones) and one per resolved address (names of other domains pointing at one server).
 */
async function enforceTargetLimit(limiter: RateLimit, host: string, addresses: readonly string[]): Promise<void> {
  const keys = new Set([`domain:${getDomain(host) ?? host}`, ...addresses.map((a) => `address:${clientPrefix(a)}`)]);
  for (const key of keys) {
    const { success } = await limiter.limit({ key });
    if (!success) {
      throw rateLimited(
        `This server has been checked very often in the last minute. Wait ${RATE_WINDOW_SECONDS} seconds, then try again.`,
        RATE_WINDOW_SECONDS,
      );
    }
  }
}

/** While another check probes the same host: wait for its result, within our own deadline. */
async function awaitOtherProbe(env: Env, host: string, cooldown: number, untilMs: number): Promise<CheckResult> {
  while (Date.now() < untilMs) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    const recent = await findRecentResult(env.DB, host, cooldown, Date.now());
    if (recent) return reuse(env, recent, Date.now());
  }
  throw rateLimited('A check of this server is running right now. Try again in a few seconds.', 10);
}

export async function createCheck(
  env: Env,
  input: string,
  client: { ip: string | null },
  nowMs: number = Date.now(),
): Promise<CheckResult> {
  if (typeof input !== 'string' || input.trim() === '') {
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
  if (isOptedOut(host)) {
    throw optedOut('The owner of this server asked us not to check it. Enter its build number by hand instead.');
  }

  const cooldown = cooldownSeconds(env);
  const recent = await findRecentResult(env.DB, host, cooldown, nowMs);
  if (recent) return reuse(env, recent, nowMs);

  const config = parseProbeConfig(env);
  // One session: one deadline and one request budget from the DNS lookup to the last probe.
  const session = createSession({ config });
  const addresses = await validateTarget(host, { config, session });
  await enforceTargetLimit(env.TARGET_LIMITER, host, addresses);

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
  const kb = knowledge();
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
    dataVersion: kb.files.meta.dataVersion,
  };
  await saveResult(env.DB, result, nowMs);
  return result;
}

export async function readCheck(env: Env, id: string, nowMs: number = Date.now()): Promise<CheckResult> {
  const result = CheckId.safeParse(id).success ? await getResult(env.DB, id, nowMs) : null;
  if (!result) {
    throw notFound('There is no check result with this id. Results are deleted after 30 days, or when asked to.');
  }
  return result;
}

export async function removeCheck(env: Env, id: string): Promise<void> {
  const gone = CheckId.safeParse(id).success && (await deleteResult(env.DB, id));
  if (!gone) throw notFound('There is no check result with this id; it may already be deleted or expired.');
}

export function recheckAvailableIn(env: Env, host: string, nowMs: number = Date.now()): Promise<number> {
  return cooldownRemaining(env.DB, host, cooldownSeconds(env), nowMs);
}

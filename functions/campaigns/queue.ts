/**
 * The fan-out of campaigns on a Cloudflare Queue: one message per target and wave, consumed by this
 * same Worker (functions/index.ts exports `queue`) with the same check service as a public check.
 *
 * Delivery is at least once, so the consumer is idempotent: it claims the target for its wave in
 * D1 before checking, and a redelivered message of a checked target is only acknowledged. A check
 * that fails (our resolver down, the target's DNS broken, a bug) is retried with backoff, and after
 * MAX_ATTEMPTS it ends `unreachable` with the error's code as its reason, never lost; the dead-letter
 * queue's consumer does the same for a message whose whole batch kept failing.
 *
 * Pacing: one check at a time per registrable domain (grouped within a batch, and a D1 lock across
 * consumer invocations), CAMPAIGN_CONCURRENCY checks in flight per invocation (wrangler.toml runs
 * one invocation at a time), and the public check's own per-target budget and cooldown.
 */
import { getDomain } from 'tldts';
import { z } from 'zod';
import { failedFinding, findingOf } from '../../src/lib/campaign/rows.ts';
import { AppError } from '../../src/lib/errors.ts';
import { CampaignId, type RejectionCode } from '../../src/lib/schemas/campaign.ts';
import { checkTarget } from '../check/service.ts';
import { parseProbeConfig } from '../probe/config.ts';
import { claimTarget, completeTarget, rejectTarget, releaseTarget } from '../store/campaigns.ts';
import { claimProbe, releaseProbe } from '../store/probe-locks.ts';
import { deleteResult } from '../store/results.ts';

export const CheckMessage = z.object({
  campaignId: CampaignId,
  idx: z.number().int().nonnegative(),
  wave: z.number().int().positive(),
  /** For grouping by domain only; the target row in D1 is what gets checked. */
  host: z.string().max(253),
  /** How often the target's budget made it wait (a wait is no failed attempt). */
  deferrals: z.number().int().nonnegative().default(0),
});
export type CheckMessage = z.input<typeof CheckMessage>;

export const DEFAULT_CAMPAIGN_CONCURRENCY = 20;
/** Attempts before a failing target ends `unreachable` (wrangler.toml max_retries is above this). */
export const MAX_ATTEMPTS = 4;
/** Waits for the target's budget before giving up on it (about an hour at 60 s each). */
export const MAX_DEFERRALS = 60;
/** Backoff after a failed attempt: 10 s, 20 s, 40 s, ... */
export const backoffSeconds = (attempts: number) => Math.min(600, 10 * 2 ** Math.max(0, attempts - 1));
/** A check someone else holds: look again after this long. */
const BUSY_DELAY_S = 15;

/** Codes of the guard: the target cannot be checked at all, so it joins the campaign's `rejected`. */
const REFUSALS = new Set<string>(['invalid_host', 'private_address', 'port_not_allowed', 'opted_out']);

/** sendBatch takes at most 100 messages per call. */
const SEND_CHUNK = 100;

export async function enqueueChecks(env: Env, messages: readonly CheckMessage[]): Promise<void> {
  for (let start = 0; start < messages.length; start += SEND_CHUNK) {
    await env.CAMPAIGN_QUEUE.sendBatch(messages.slice(start, start + SEND_CHUNK).map((body) => ({ body })));
  }
}

export function campaignConcurrency(env: Env): number {
  const value = Number(env.CAMPAIGN_CONCURRENCY ?? DEFAULT_CAMPAIGN_CONCURRENCY);
  return Number.isInteger(value) && value >= 1 && value <= 100 ? value : DEFAULT_CAMPAIGN_CONCURRENCY;
}

const domainOf = (host: string) => getDomain(host) ?? host;

/** Runs `work` on every group, `limit` groups at a time, the items of one group one after another. */
async function inGroups<T>(groups: readonly T[][], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    for (let group = groups[next++]; group; group = groups[next++]) {
      for (const item of group) await work(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, groups.length) }, worker));
}

function errorCode(error: unknown): string {
  return error instanceof AppError ? error.code : 'internal_error';
}

async function checkOne(env: Env, message: Message<unknown>, body: z.output<typeof CheckMessage>): Promise<void> {
  const target = { campaignId: body.campaignId, idx: body.idx, wave: body.wave };
  const config = parseProbeConfig(env);
  const nowMs = Date.now();
  const claim = await claimTarget(env.DB, body.campaignId, body.idx, body.wave, nowMs, 2 * config.deadlineMs + 30_000);
  if (claim.state !== 'claimed') {
    // done: a redelivered message of a checked target; gone: deleted, or replaced by a newer wave.
    if (claim.state === 'busy') message.retry({ delaySeconds: BUSY_DELAY_S });
    else message.ack();
    return;
  }

  const domainLock = `domain:${domainOf(claim.host)}`;
  if (!(await claimProbe(env.DB, domainLock, nowMs, config.deadlineMs * 2 + 5000))) {
    await releaseTarget(env.DB, body.campaignId, body.idx, body.wave);
    return message.retry({ delaySeconds: 5 });
  }
  try {
    const result = await checkTarget(env, claim.host, nowMs);
    if (!(await completeTarget(env.DB, target, findingOf(result), Date.now()))) {
      // The campaign was deleted (or rechecked) while this check ran: keep nothing of it.
      await deleteResult(env.DB, result.id);
    }
    return message.ack();
  } catch (error) {
    const code = errorCode(error);
    if (REFUSALS.has(code)) {
      await rejectTarget(
        env.DB,
        target,
        { line: claim.line, input: claim.host, code: code as RejectionCode },
        Date.now(),
      );
      return message.ack();
    }
    if (code === 'rate_limited' && body.deferrals < MAX_DEFERRALS) {
      // The target's budget or another check of it: wait without spending an attempt.
      await releaseTarget(env.DB, body.campaignId, body.idx, body.wave);
      const delaySeconds = error instanceof AppError && error.retryAfter ? error.retryAfter : 60;
      await env.CAMPAIGN_QUEUE.send({ ...body, deferrals: body.deferrals + 1 }, { delaySeconds });
      return message.ack();
    }
    if (code === 'rate_limited' || message.attempts >= MAX_ATTEMPTS) {
      await completeTarget(env.DB, target, failedFinding(code), Date.now());
      return message.ack();
    }
    if (code === 'internal_error') console.error('campaign check failed, will retry', error);
    await releaseTarget(env.DB, body.campaignId, body.idx, body.wave);
    return message.retry({ delaySeconds: backoffSeconds(message.attempts) });
  } finally {
    await releaseProbe(env.DB, domainLock);
  }
}

/** The queue handler of campaign checks. */
export async function consumeChecks(batch: MessageBatch<unknown>, env: Env): Promise<void> {
  const groups = new Map<string, Array<{ message: Message<unknown>; body: z.output<typeof CheckMessage> }>>();
  for (const message of batch.messages) {
    const parsed = CheckMessage.safeParse(message.body);
    if (!parsed.success) {
      console.error('campaign queue: a message of an unknown form was dropped');
      message.ack();
      continue;
    }
    const domain = domainOf(parsed.data.host);
    const group = groups.get(domain) ?? [];
    group.push({ message, body: parsed.data });
    groups.set(domain, group);
  }
  await inGroups([...groups.values()], campaignConcurrency(env), async ({ message, body }) => {
    try {
      await checkOne(env, message, body);
    } catch (error) {
      // D1 itself failed: this message only is delivered again, the others keep their answer.
      console.error('campaign queue: message failed', error);
      message.retry({ delaySeconds: backoffSeconds(message.attempts) });
    }
  });
}

/**
 * The dead-letter queue's handler: a message whose deliveries all failed. Its target ends
 * `unreachable` (internal_error) rather than staying pending for ever.
 */
export async function consumeDeadLetters(batch: MessageBatch<unknown>, env: Env): Promise<void> {
  for (const message of batch.messages) {
    const parsed = CheckMessage.safeParse(message.body);
    if (parsed.success) {
      const { campaignId, idx, wave } = parsed.data;
      const claim = await claimTarget(env.DB, campaignId, idx, wave, Date.now(), 60_000);
      if (claim.state === 'busy') {
        message.retry({ delaySeconds: BUSY_DELAY_S });
        continue;
      }
      if (claim.state === 'claimed') {
        await completeTarget(env.DB, { campaignId, idx, wave }, failedFinding('internal_error'), Date.now());
      }
    }
    message.ack();
  }
}

/** Queue names of wrangler.toml; the handler is chosen by the batch's queue. */
export const CAMPAIGN_QUEUE_NAME = 'exchange-self-check-campaigns';
export const CAMPAIGN_DLQ_NAME = 'exchange-self-check-campaigns-dlq';

export async function queueHandler(batch: MessageBatch<unknown>, env: Env): Promise<void> {
  if (batch.queue === CAMPAIGN_DLQ_NAME) return consumeDeadLetters(batch, env);
  return consumeChecks(batch, env);
}

/**
 * The limits of the check and of stored results, each defined once: the code that enforces a limit
 * imports it from here, and sentences quote it as a placeholder (FACTS), so that the words cannot
 * drift from what the code does.
 *
 * wrangler.toml sets the production values of the deadline and the cooldown (variables) and of the
 * rate limits (its [[ratelimits]] bindings, which cannot import this module);
 * tests/unit/i18n/facts.test.ts checks that it agrees with these.
 */
import { MAX_BUILD_INPUT } from './exchange/build.ts';

/** Days a stored result is kept before the daily purge deletes it. */
export const RESULT_RETENTION_DAYS = 30;
/** The whole check's deadline (CHECK_DEADLINE_MS): DNS, every probe, redirects and bodies. */
export const CHECK_DEADLINE_MS = 10_000;
/** Redirects one probe follows before it gives up with `too_many_redirects`. */
export const MAX_REDIRECTS = 3;
/** Bytes of one answer the check reads at most before it stops with `too_large`. */
export const MAX_ANSWER_BYTES = 512 * 1024;
/** Checks one client may start per minute (the CHECK_LIMITER binding). */
export const CHECK_RATE_LIMIT = 10;
/** Fresh probes per minute per target (the TARGET_LIMITER binding). */
export const TARGET_RATE_LIMIT = 6;
/** Seconds during which a new check of the same host reuses the last one (TARGET_COOLDOWN_S). */
export const TARGET_COOLDOWN_S = 120;
/** Most targets one campaign may hold (an upload with more is refused, not cut). */
export const MAX_CAMPAIGN_TARGETS = 10_000;
export { MAX_BUILD_INPUT };

/**
 * The placeholders any text of content/ may use for these limits: interface strings, messages,
 * advice, and the Markdown pages and guides (beside the site tokens of content/site.json).
 */
export const FACTS = {
  retentionDays: RESULT_RETENTION_DAYS,
  deadlineSeconds: CHECK_DEADLINE_MS / 1000,
  maxRedirects: MAX_REDIRECTS,
  maxAnswerKib: MAX_ANSWER_BYTES / 1024,
  checksPerMinute: CHECK_RATE_LIMIT,
  cooldownMinutes: TARGET_COOLDOWN_S / 60,
  maxBuildInput: MAX_BUILD_INPUT,
  maxCampaignTargets: MAX_CAMPAIGN_TARGETS,
} as const;
export type Fact = keyof typeof FACTS;
export const FACT_NAMES = Object.keys(FACTS) as Fact[];

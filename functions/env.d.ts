/** Bindings and variables of the Worker (wrangler.toml; local values come from `npm start`). */
interface Env {
  ASSETS: Fetcher;
  DB: D1Database;
  SESSION: KVNamespace;
  CHECK_LIMITER: RateLimit;
  TARGET_LIMITER: RateLimit;
  /** One message per campaign target and wave (functions/campaigns/queue.ts). */
  CAMPAIGN_QUEUE: Queue<import('./campaigns/queue.ts').CheckMessage>;
  /** Campaign checks in flight per consumer invocation (default 20). */
  CAMPAIGN_CONCURRENCY?: string;
  ENVIRONMENT: string;
  DOH_ENDPOINT: string;
  CHECK_DEADLINE_MS: string;
  TARGET_COOLDOWN_S: string;
  CHECK_MAX_SUBREQUESTS: string;
  SITE_HOSTNAMES: string;
  TEST_TARGETS?: string;
  /** Secret for the daily-rotating client key (`wrangler secret put CLIENT_KEY_SECRET`). */
  CLIENT_KEY_SECRET?: string;
}

type WorkerEnv = Env;
// `import { env } from 'cloudflare:workers'` (Astro pages, tests) is typed as the same Env.
declare namespace Cloudflare {
  interface Env extends WorkerEnv {}
}

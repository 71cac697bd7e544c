/** Bindings and variables of the Worker (wrangler.toml; local values come from `npm start`). */
interface Env {
  ASSETS: Fetcher;
  DB: D1Database;
  SESSION: KVNamespace;
  CHECK_LIMITER: RateLimit;
  TARGET_LIMITER: RateLimit;
  /** Checks per IPv6 /48 per minute (beside CHECK_LIMITER's per /64). */
  NETWORK_LIMITER: RateLimit;
  /** Result rows written per minute, keys `fresh` and `copy`: the database's write quota is shared. */
  WRITE_LIMITER: RateLimit;
  /** One message per campaign target and wave (functions/campaigns/queue.ts). */
  CAMPAIGN_QUEUE: Queue<import('./campaigns/queue.ts').CheckMessage>;
  /** Campaign checks in flight per consumer invocation (default 20). */
  CAMPAIGN_CONCURRENCY?: string;
  ENVIRONMENT: string;
  DOH_ENDPOINT: string;
  CHECK_DEADLINE_MS: string;
  TARGET_COOLDOWN_S: string;
  CHECK_MAX_SUBREQUESTS: string;
  /** Names beside content/site.json's own that the check refuses (local runs, tests). */
  SITE_HOSTNAMES?: string;
  TEST_TARGETS?: string;
  /** Test only: names added to the opt-out list (comma-separated). */
  TEST_OPT_OUT?: string;
  /** Secret for the daily-rotating client key (`wrangler secret put CLIENT_KEY_SECRET`). */
  CLIENT_KEY_SECRET?: string;
}

type WorkerEnv = Env;
// `import { env } from 'cloudflare:workers'` (Astro pages, tests) is typed as the same Env.
declare namespace Cloudflare {
  interface Env extends WorkerEnv {}
}

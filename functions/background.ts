/**
 * The Worker's handlers besides `fetch`: the daily purge (cron trigger) and the campaign queue's
 * consumer. One module, so that the Worker entry (functions/index.ts) and the API-only Worker of
 * the worker tests (functions/api-worker.ts) run the same code.
 */
import { queueHandler } from './campaigns/queue.ts';
import { purgeExpiredCampaigns } from './store/campaigns.ts';
import { purgeExpiredResults } from './store/results.ts';

export const background = {
  async scheduled(_controller, env, ctx) {
    ctx.waitUntil(Promise.all([purgeExpiredResults(env.DB, Date.now()), purgeExpiredCampaigns(env.DB, Date.now())]));
  },
  queue: (batch, env) => queueHandler(batch, env),
} satisfies ExportedHandler<Env>;

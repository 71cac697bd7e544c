/**
 * The Worker's handlers besides `fetch`: the cron triggers (data refresh, purges) and the campaign queue's
 * consumer. One module, so that the Worker entry (functions/index.ts) and the API-only Worker of
 * the worker tests (functions/api-worker.ts) run the same code.
 */
import { queueHandler } from './campaigns/queue.ts';
import { ensureLiveKnowledge } from './data/live.ts';
import { scheduled } from './scheduled.ts';

export const background = {
  scheduled,
  // Campaign checks are judged with the same (live) data version as the API's.
  queue: async (batch, env) => {
    await ensureLiveKnowledge(env.DB);
    return queueHandler(batch, env);
  },
} satisfies ExportedHandler<Env>;

/**
 * The cron triggers (wrangler.toml): the daily run refreshes the data and purges expired results
 * and campaigns;
 * the runs around Update Tuesday only refresh. `wrangler dev --test-scheduled` (`npm start`) calls
 * this through /__scheduled with no cron of ours, and then both tasks run.
 */
import { refreshKnowledge } from './data/refresh.ts';
import { purgeExpiredCampaigns } from './store/campaigns.ts';
import { purgeExpiredResults } from './store/results.ts';

/** The extra runs on the days of Update Tuesday (the 8th to the 15th): refresh only. */
export const UPDATE_TUESDAY_CRON = '41 */2 8-15 * *';

export async function runScheduled(cron: string, env: Env, nowMs: number): Promise<void> {
  const tasks: Promise<unknown>[] = [refreshKnowledge(env, nowMs)];
  if (cron !== UPDATE_TUESDAY_CRON) {
    tasks.push(purgeExpiredResults(env.DB, nowMs), purgeExpiredCampaigns(env.DB, nowMs));
  }
  const results = await Promise.allSettled(tasks);
  for (const r of results) if (r.status === 'rejected') console.error('scheduled task failed', r.reason);
}

export const scheduled: ExportedHandlerScheduledHandler<Env> = (controller, env, ctx) => {
  ctx.waitUntil(runScheduled(controller.cron, env, controller.scheduledTime));
};

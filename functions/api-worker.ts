/**
 * The Worker without the site: the API's fetch with the same scheduled and queue handlers as
 * functions/index.ts. The worker tests run it as their `main`, so that queue messages sent by the
 * API are delivered to the real consumer by miniflare's Queues.
 */
import { createApi } from './app.ts';
import { background } from './background.ts';

const api = createApi();

export default {
  fetch: (request, env, ctx) => api.fetch(request, env, ctx),
  ...background,
} satisfies ExportedHandler<Env>;

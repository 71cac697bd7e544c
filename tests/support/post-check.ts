/**
 * POST /api/v1/checks of one host through the Worker's app inside workerd, as the worker tests send
 * it. Each call comes from a client address of its own (unless one is given), so that the
 * per-client limit stays out of the way of what a test measures.
 */
import { env } from 'cloudflare:workers';
import app from '../../functions/app.ts';

/**
 * Client addresses counted up from `<network>.<firstBlock>.1`, 249 to a block. Each test file
 * counts in a range of its own: the files of a project share one workerd and its rate limits.
 */
export function clientAddresses(network: string, firstBlock = 0): () => string {
  let client = 0;
  return () => `${network}.${firstBlock + Math.floor(++client / 250)}.${client % 250}`;
}

/** A `post(host, bindings?, ip?)` that asks for a check of `host`, from `nextIp()` unless `ip` is given. */
export function checkPoster(nextIp: () => string) {
  return (host: string, bindings: Env = env, ip = nextIp()) =>
    app.request(
      '/api/v1/checks',
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'CF-Connecting-IP': ip },
        body: JSON.stringify({ host }),
      },
      bindings,
    );
}

import type { ProbeConfig } from './config.ts';

/** A destination the test transport refuses: a guard bug, surfaced instead of sent. */
export class TransportRefusedError extends Error {
  constructor(origin: string) {
    super(`test transport refused a request to ${origin}: only the DoH endpoint and TEST_TARGETS origins are allowed`);
    this.name = 'TransportRefusedError';
  }
}

export type Transport = (url: string, init: RequestInit) => Promise<Response>;

/**
 * Every outbound request of a check goes through here. In test configuration (environment
 * `test`, or any TEST_TARGETS) only the DoH endpoint's origin and the TEST_TARGETS origins can be
 * reached, so that a bug in the guard fails a test instead of sending a packet anywhere.
 */
export function createTransport(config: ProbeConfig, baseFetch: typeof fetch = fetch): Transport {
  const testTargets = Object.values(config.testTargets);
  if (config.environment !== 'test' && testTargets.length === 0) {
    return (url, init) => baseFetch(url, init);
  }
  const allowed = new Set([new URL(config.dohEndpoint).origin, ...testTargets]);
  return async (url, init) => {
    const origin = new URL(url).origin;
    if (!allowed.has(origin)) throw new TransportRefusedError(origin);
    return baseFetch(url, init);
  };
}

/**
 * The sample corpus inside workerd, where the URL parser differs from Node's (it keeps
 * `xn--a.com`, for one): every line through the guard, DNS over the loopback DoH stub.
 */
import { env } from 'cloudflare:workers';
import { describe, expect, inject, it } from 'vitest';
import { parseProbeConfig } from '../../../functions/probe/config.ts';
import { guardVerdict, parseCorpus } from '../../unit/probe/corpus.ts';

const corpus = parseCorpus(inject('hostileHostsText'));
const config = parseProbeConfig(env);

describe('hostile-hosts.txt in workerd', () => {
  it('runs in workerd, in test configuration', () => {
    expect(navigator.userAgent).toBe('Cloudflare-Workers');
    expect(config.environment).toBe('test');
    expect(corpus.length).toBeGreaterThan(100);
  });

  it.each(corpus.map((c) => [c.line, c.label, c] as const))('line %i: %s', async (_line, _label, c) => {
    const urls: string[] = [];
    const spy = ((input: RequestInfo | URL, init?: RequestInit) => {
      urls.push(String(input));
      return fetch(input, init);
    }) as typeof fetch;
    const verdict = await guardVerdict(c.input, config, spy);
    expect(verdict).toBe(c.verdict);
    for (const url of urls) expect(url.startsWith(config.dohEndpoint)).toBe(true);
  });
});

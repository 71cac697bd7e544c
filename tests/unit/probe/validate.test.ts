/**
 * DNS validation (policy step 9) over an in-process DoH stub: outcomes, failure codes, the
 * request budget, and that one check resolves a name once.
 */
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../functions/probe/session.ts';
import { validateTarget } from '../../../functions/probe/validate.ts';
import { AppError } from '../../../src/lib/errors.ts';
import { createDohFetch, type DohEntry } from '../../support/doh-stub.ts';
import { DOH, unitConfig } from './helpers.ts';

async function validate(host: string, extra: Record<string, DohEntry> = {}, overrides = {}) {
  const doh = createDohFetch(DOH, extra);
  const config = unitConfig(overrides);
  const session = createSession({ config, fetch: doh.fetch });
  try {
    await validateTarget(host, { config, session });
    return { result: 'ok', doh, session };
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return { result: `${error.code} ${error.status}`, doh, session };
  }
}

describe('validateTarget', () => {
  it.each([
    ['mail.example.com', 'ok', 'the stub default: public A and AAAA'],
    ['nxdomain.example.net', 'invalid_host 400', 'NXDOMAIN is a typo, not an unreachable server'],
    ['no-address.example.com', 'invalid_host 400', 'a name with no address at all'],
    ['mixed.example.net', 'private_address 400', 'one private address among public ones'],
    ['v6private.example.net', 'private_address 400', 'public A, private AAAA'],
    ['split-family.example.com', 'private_address 400', 'public A, loopback AAAA'],
    ['cname-internal.example.net', 'private_address 400', 'an alias to a metadata address'],
    ['servfail.example.com', 'target_dns_failed 502', "the name's own DNS is broken (SERVFAIL), not our resolver"],
    ['resolver-500.example.com', 'dns_unavailable 503', 'the resolver answered 500'],
    ['edge-2001-200.example.net', 'ok', 'public, just past 2001::/23'],
  ])('%s → %s (%s)', async (host, expected) => {
    expect((await validate(host)).result).toBe(expected);
  });

  it('asks A and AAAA once per name per check, however many probes and hops ask', async () => {
    const doh = createDohFetch(DOH);
    const config = unitConfig();
    const session = createSession({ config, fetch: doh.fetch });
    await Promise.all([1, 2, 3, 4].map(() => validateTarget('mail.example.com', { config, session })));
    await validateTarget('mail.example.com', { config, session });
    expect(doh.queries).toEqual([
      { name: 'mail.example.com', type: 'A' },
      { name: 'mail.example.com', type: 'AAAA' },
    ]);
    expect(session.used()).toBe(2);
  });

  it('a rebinding name (public with TTL 0, then loopback) is refused as soon as it is asked again', async () => {
    const doh = createDohFetch(DOH);
    const config = unitConfig();
    await validateTarget('rebind.example.com', { config, session: createSession({ config, fetch: doh.fetch }) });
    await expect(
      validateTarget('rebind.example.com', { config, session: createSession({ config, fetch: doh.fetch }) }),
    ).rejects.toMatchObject({ code: 'private_address' });
  });

  it('DoH queries count against the request budget', async () => {
    expect((await validate('mail.example.com', {}, { maxSubrequests: 1 })).result).toBe('dns_unavailable 503');
  });

  it('answers that are not DoH JSON are a resolver failure', async () => {
    for (const body of ['<html>', '{"Status":0,"Answer":[{"type":1}]}', '{"Answer":[]}', 'null']) {
      const config = unitConfig();
      const fetch = (async () => new Response(body, { status: 200 })) as typeof globalThis.fetch;
      await expect(
        validateTarget('mail.example.com', { config, session: createSession({ config, fetch }) }),
      ).rejects.toMatchObject({ code: 'dns_unavailable' });
    }
  });

  it('an unparsable address in an answer is refused, never trusted', async () => {
    expect(
      (await validate('garbage.example.com', { 'garbage.example.com': { A: ['1.1.1.1', '0x7f.1'] } })).result,
    ).toMatch(/^(private_address|dns_unavailable)/);
  });

  it('checks the name itself first: no DNS for our own names or malformed ones', async () => {
    for (const host of [
      'checker.example.org',
      'www.checker.example.org',
      'Mail.example.com',
      'mail.example.com.',
      '10.0.0.1',
    ]) {
      const { result, doh } = await validate(host);
      expect(result).toMatch(/^(invalid_host|private_address) 400$/);
      expect(doh.queries).toEqual([]);
    }
  });

  it('a slow resolver runs into the check deadline: dns_unavailable, within the deadline', async () => {
    const config = unitConfig({ deadlineMs: 200 });
    const fetch = ((_: unknown, init?: RequestInit) =>
      new Promise((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => reject(init.signal?.reason));
      })) as typeof globalThis.fetch;
    const start = performance.now();
    await expect(
      validateTarget('mail.example.com', { config, session: createSession({ config, fetch }) }),
    ).rejects.toMatchObject({ code: 'dns_unavailable' });
    expect(performance.now() - start).toBeLessThan(1000);
  });
});

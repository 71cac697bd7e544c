/** Configuration: defaults per docs/api.md, test-only values refused in production. */
import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { parseProbeConfig } from '../../../functions/probe/config.ts';
import { createTransport, TransportRefusedError } from '../../../functions/probe/transport.ts';
import { SITE_HOSTNAME } from '../../../src/lib/site/hostnames.ts';

describe('parseProbeConfig', () => {
  it('defaults', () => {
    expect(parseProbeConfig({ SITE_HOSTNAMES: 'exchange-self-check.example.org' })).toEqual({
      environment: 'production',
      dohEndpoint: 'https://cloudflare-dns.com/dns-query',
      deadlineMs: 10_000,
      testTargets: {},
      siteHostnames: ['exchange-self-check.example.org'],
      maxSubrequests: 24,
      userAgent: 'ExchangeSelfCheck/1.0 (+https://exchange-self-check.example.org/en/how-the-check-works/)',
      optOut: [],
    });
  });

  it('reads the local run variables (npm start adds 127.0.0.1 and localhost to the site names)', () => {
    const config = parseProbeConfig({
      ENVIRONMENT: 'local',
      DOH_ENDPOINT: 'http://127.0.0.1:5353/dns-query',
      CHECK_DEADLINE_MS: '2500',
      CHECK_MAX_SUBREQUESTS: 30,
      SITE_HOSTNAMES: 'Checker.Example.org, 127.0.0.1,localhost',
      TEST_TARGETS: '{"mail.example.com":"https://127.0.0.1:4443"}',
    });
    expect(config).toMatchObject({
      environment: 'local',
      dohEndpoint: 'http://127.0.0.1:5353/dns-query',
      deadlineMs: 2500,
      maxSubrequests: 30,
      // Added to content/site.json's own name, which is always refused.
      siteHostnames: ['checker.example.org', '127.0.0.1', 'localhost', SITE_HOSTNAME],
      testTargets: { 'mail.example.com': 'https://127.0.0.1:4443' },
    });
    expect(config.userAgent).toContain('https://checker.example.org/en/how-the-check-works/');
  });

  it.each([
    [{ TEST_TARGETS: '{"mail.example.com":"https://127.0.0.1:4443"}' }, 'TEST_TARGETS in production'],
    [{ TEST_TARGETS: { 'mail.example.com': 'https://127.0.0.1:4443' } }, 'TEST_TARGETS as an object in production'],
    [{ DOH_ENDPOINT: 'http://127.0.0.1:5353/dns-query' }, 'plain-http DoH in production'],
    [{ ENVIRONMENT: 'test', DOH_ENDPOINT: 'http://resolver.example.com/dns-query' }, 'plain-http DoH off loopback'],
    [{ ENVIRONMENT: 'staging' }, 'an unknown environment'],
    [{ CHECK_DEADLINE_MS: '0' }, 'no deadline'],
    [{ CHECK_DEADLINE_MS: '600000' }, 'a deadline of ten minutes'],
    [{ CHECK_MAX_SUBREQUESTS: '500' }, 'more subrequests than Workers allow'],
    [{ ENVIRONMENT: 'test', TEST_TARGETS: '{"127.0.0.1":"https://127.0.0.1:4443"}' }, 'an address as a test name'],
    [{ ENVIRONMENT: 'test', TEST_TARGETS: '{"Mail.example.com":"https://127.0.0.1:4443"}' }, 'a name not normalised'],
    [{ ENVIRONMENT: 'test', TEST_TARGETS: '{"localhost":"https://127.0.0.1:4443"}' }, 'a private name'],
    [{ ENVIRONMENT: 'test', TEST_TARGETS: '{"mail.example.com":"https://10.0.0.1:4443"}' }, 'a non-loopback origin'],
    [{ ENVIRONMENT: 'test', TEST_TARGETS: '{"mail.example.com":"http://127.0.0.1:4443"}' }, 'a plain-http origin'],
    [{ ENVIRONMENT: 'test', TEST_TARGETS: '{"mail.example.com":"https://127.0.0.1:4443/x"}' }, 'an origin with a path'],
    [{ ENVIRONMENT: 'test', TEST_TARGETS: 'not json' }, 'TEST_TARGETS that is not JSON'],
    [{ TEST_OPT_OUT: 'mail.example.com' }, 'TEST_OPT_OUT in production'],
    [{ ENVIRONMENT: 'test', TEST_OPT_OUT: 'Mail.Example.com' }, 'a test opt-out name not normalised'],
  ] as Array<[Record<string, unknown>, string]>)('refuses %j (%s)', (env) => {
    // Refused as a configuration error that names the variable, not by any exception at all
    // (a TypeError from a bug would pass a bare toThrow()).
    const variable = Object.keys(env).find((name) => name !== 'ENVIRONMENT') ?? 'ENVIRONMENT';
    let error: unknown = null;
    try {
      parseProbeConfig(env);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(TypeError);
    expect(error).not.toBeInstanceOf(SyntaxError);
    const named =
      error instanceof ZodError
        ? error.issues.map((issue) => issue.path.join('.')).join(' ')
        : (error as Error).message;
    expect(named).toContain(variable);
  });
});

describe('createTransport', () => {
  const base = parseProbeConfig({
    ENVIRONMENT: 'test',
    DOH_ENDPOINT: 'http://127.0.0.1:5353/dns-query',
    TEST_TARGETS: '{"mail.example.com":"https://127.0.0.1:4443"}',
  });
  const sent: string[] = [];
  const fake = (async (input: RequestInfo | URL) => {
    sent.push(String(input));
    return new Response('ok');
  }) as typeof fetch;

  it('passes the DoH endpoint and the TEST_TARGETS origins', async () => {
    const transport = createTransport(base, fake);
    await transport('http://127.0.0.1:5353/dns-query?name=x&type=A', {});
    await transport('https://127.0.0.1:4443/owa/auth/logon.aspx', {});
    expect(sent).toEqual([
      'http://127.0.0.1:5353/dns-query?name=x&type=A',
      'https://127.0.0.1:4443/owa/auth/logon.aspx',
    ]);
  });

  it.each([
    ['https://mail.example.com/owa/'],
    ['https://127.0.0.1/'],
    ['https://127.0.0.1:4444/'],
    ['http://127.0.0.1:4443/'],
    ['https://[::1]:4443/'],
    ['http://169.254.169.254/latest/meta-data/'],
  ])('refuses %s and sends nothing', async (url) => {
    const before = sent.length;
    await expect(createTransport(base, fake)(url, {})).rejects.toBeInstanceOf(TransportRefusedError);
    expect(sent.length).toBe(before);
  });

  it('environment test refuses everything but DoH, even without TEST_TARGETS', async () => {
    const config = parseProbeConfig({ ENVIRONMENT: 'test', DOH_ENDPOINT: 'http://127.0.0.1:5353/dns-query' });
    await expect(createTransport(config, fake)('https://mail.example.com/', {})).rejects.toBeInstanceOf(
      TransportRefusedError,
    );
  });

  it('production passes requests through unchanged (the guard is in front of it)', async () => {
    const before = sent.length;
    await createTransport(parseProbeConfig({}), fake)('https://mail.example.com/owa/', {});
    expect(sent.slice(before)).toEqual(['https://mail.example.com/owa/']);
  });
});

/**
 * Proof that refused input sends nothing: every reject line of the sample corpus goes through
 * probeInput with the real fetch behind the test transport; the recording server (which every
 * DNS-refused corpus name maps to) sees no connection, and the only requests made are DoH queries.
 * Also DNS rebinding (hostile-servers.md #23) and the transport's own refusals.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { probeInput } from '../../functions/probe/probe-host.ts';
import { createTransport, TransportRefusedError } from '../../functions/probe/transport.ts';
import { AppError } from '../../src/lib/errors.ts';
import { type FakeExchange, startFakeExchange } from '../support/fake-exchange.ts';
import { type Harness, hostileNames, RECORDED, SITE, startHarness } from '../support/harness.ts';
import { type HostileServer, startHostileServer } from '../support/hostile-server.ts';
import { trustTestCa } from '../support/tls.ts';
import { loadCorpus } from '../unit/probe/corpus.ts';

let harness: Harness;
let fake: FakeExchange;

beforeAll(async () => {
  trustTestCa();
  harness = await startHarness();
  fake = await startFakeExchange({ variant: 'full', builds: ['15.2.1748.24'] });
});

afterAll(async () => {
  await fake.close();
  await harness.close();
});

/** The real fetch, with every URL it is asked for written down. */
function spiedFetch() {
  const urls: string[] = [];
  const spy = ((input: RequestInfo | URL, init?: RequestInit) => {
    urls.push(String(input));
    return fetch(input, init);
  }) as typeof fetch;
  return { urls, fetch: spy };
}

const rejected = loadCorpus().filter((c) => c.verdict.startsWith('reject-'));

describe('refused input causes no connection', () => {
  it.each(rejected.map((c) => [c.line, c.label, c.input] as const))('line %i: %s', async (_line, _label, input) => {
    const config = harness.config({ targets: { 'mail.example.com': fake.origin } });
    const spy = spiedFetch();
    const before = { recorder: harness.recorder.connections(), fake: fake.connections() };
    await expect(probeInput(input, { config, fetch: spy.fetch })).rejects.toBeInstanceOf(AppError);
    expect(harness.recorder.connections()).toBe(before.recorder);
    expect(fake.connections()).toBe(before.fake);
    for (const url of spy.urls) expect(url.startsWith(harness.doh.endpoint)).toBe(true);
  });

  it('our own names: refused before DNS, nothing sent', async () => {
    for (const input of [SITE, `https://www.${SITE}/api/v1/checks`]) {
      const spy = spiedFetch();
      await expect(probeInput(input, { config: harness.config({}), fetch: spy.fetch })).rejects.toMatchObject({
        code: 'invalid_host',
      });
      expect(spy.urls).toEqual([]);
    }
  });
});

describe('DNS rebinding (#23)', () => {
  it('a name resolved once per check; the next check sees the loopback answer and sends nothing', async () => {
    const host = 'rebind.example.com';
    const config = harness.config({ targets: { [host]: fake.origin } });
    const queriesBefore = harness.doh.queries.length;
    const first = await probeInput(host, { config });
    expect(first.outcome).toBe('assessed');
    expect(harness.doh.queries.slice(queriesBefore)).toEqual([
      { name: host, type: 'A' },
      { name: host, type: 'AAAA' },
    ]);
    const connections = fake.connections();
    await expect(probeInput(host, { config })).rejects.toMatchObject({ code: 'private_address' });
    expect(fake.connections()).toBe(connections);
  });

  it('public A and loopback AAAA: refused, nothing sent', async () => {
    const before = harness.recorder.connections();
    await expect(probeInput('split-family.example.com', { config: harness.config({}) })).rejects.toMatchObject({
      code: 'private_address',
    });
    expect(harness.recorder.connections()).toBe(before);
  });
});

describe('the test transport', () => {
  it.each([
    ['https://127.0.0.1/'],
    ['https://127.0.0.1:1/'],
    ['https://localhost:443/'],
    ['https://[::1]/'],
    ['https://mail.example.com/'],
    ['http://169.254.169.254/latest/meta-data/'],
  ])('refuses %s without sending', async (url) => {
    const spy = spiedFetch();
    const transport = createTransport(harness.config({ targets: { [RECORDED]: harness.recorder.origin } }), spy.fetch);
    await expect(transport(url, {})).rejects.toBeInstanceOf(TransportRefusedError);
    expect(spy.urls).toEqual([]);
  });

  it('lets a TEST_TARGETS origin through by address, so only the guard stands between a hop and loopback', async () => {
    const transport = createTransport(harness.config({}));
    const port = new URL(harness.recorder.origin).port;
    const before = harness.recorder.connections();
    await expect(transport(`https://2130706433:${port}/`, {})).resolves.toBeDefined();
    // The URL parser turns 2130706433 into the recorder's origin, which the transport must allow.
    // Hence the guard maps exact names and refuses every address: hostile.test.ts
    // 'redirect-loopback-origin' sends exactly these hops and the recorder sees nothing.
    expect(harness.recorder.connections()).toBe(before + 1);
  });

  it('a hop to a valid name with no TEST_TARGETS entry fails the check loudly instead of leaving', async () => {
    let server: HostileServer | undefined;
    try {
      const names = hostileNames('unmapped');
      server = await startHostileServer('fan-out', names);
      const config = harness.config({ targets: { [names.self]: server.origin } });
      await expect(probeInput(names.self, { config })).rejects.toBeInstanceOf(TransportRefusedError);
    } finally {
      await server?.close();
    }
  });
});

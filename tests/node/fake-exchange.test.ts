/**
 * The whole check over loopback HTTPS (test CA) against the fake Exchange server, one deployment
 * per hostname (tests/support/scenarios.ts): name validated in full over the DoH stub, only the
 * connection mapped to 127.0.0.1 through TEST_TARGETS.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { probeHost, suggestHosts, validateTarget } from '../../functions/probe/index.ts';
import { probeInput } from '../../functions/probe/probe-host.ts';
import { createSession } from '../../functions/probe/session.ts';
import { judgeBuilds } from '../../src/lib/exchange/greatest-risk.ts';
import { knowledge } from '../../src/lib/exchange/knowledge.ts';
import { RULES_VERSION } from '../../src/lib/exchange/rules.ts';
import { CheckResult, resultLinks } from '../../src/lib/schemas/api.ts';
import { assessedBuild } from '../support/assessed-build.ts';
import { type FakeExchange, PATHS, startFakeExchange } from '../support/fake-exchange.ts';
import { type Harness, startHarness } from '../support/harness.ts';
import { SCENARIOS } from '../support/scenarios.ts';
import { trustTestCa } from '../support/tls.ts';

let harness: Harness;
const servers = new Map<string, FakeExchange>();

beforeAll(async () => {
  trustTestCa();
  harness = await startHarness();
  for (const scenario of SCENARIOS) servers.set(scenario.host, await startFakeExchange(scenario.server));
});

afterAll(async () => {
  await Promise.all([...servers.values()].map((s) => s.close()));
  await harness.close();
});

const targets = () => Object.fromEntries([...servers].map(([host, server]) => [host, server.origin]));
const NOW = new Date('2026-11-01T10:00:00.000Z');

describe('fake Exchange deployments', () => {
  it.each(SCENARIOS.map((s) => [s.host, s] as const))('%s', async (host, scenario) => {
    const config = harness.config({ targets: targets(), deadlineMs: 5000 });
    const result = await probeInput(`https://${host.toUpperCase()}/owa/`, { config, now: () => NOW });
    expect(result.host).toBe(host);
    expect(result.checkedAt).toBe(NOW.toISOString());
    expect(result.outcome).toBe(scenario.expected.outcome);
    expect(assessedBuild(result.builds)).toEqual(scenario.expected.chosen);
    expect(result.builds.map((b) => b.build)).toEqual(scenario.expected.builds);
    expect(result.reason).toBeNull();
    // Contract: what the lead adds makes a valid CheckResult; evidence paths are ours alone.
    const id = 'q3Vb0Zl6m2H7xPc1uW8yAA';
    const full = {
      ...result,
      ...judgeBuilds(result.builds, '2026-11-01', knowledge()),
      id,
      reused: false,
      links: resultLinks(id),
      rulesVersion: RULES_VERSION,
      dataVersion: '2026-10-02',
    };
    expect(CheckResult.safeParse(full).success).toBe(true);
    for (const e of result.evidence) expect(Object.values(PATHS)).toContain(e.path);
    for (const b of result.builds) for (const i of b.sources) expect(result.evidence[i]?.value).not.toBeNull();
  });

  it('sends each probe once, as a plain GET with only an honest User-Agent and Accept of ours', async () => {
    const host = 'ex2019.fake-exchange.example.com';
    const server = servers.get(host) as FakeExchange;
    const before = server.requests.length;
    await probeInput(host, { config: harness.config({ targets: targets() }) });
    const sent = server.requests.slice(before);
    expect(sent.map((r) => `${r.method} ${r.path}`).sort()).toEqual(
      Object.values(PATHS)
        .map((p) => `GET ${p}`)
        .sort(),
    );
    for (const request of sent) {
      expect(request.headers['user-agent']).toBe(
        'ExchangeSelfCheck/1.0 (+https://checker.example.org/en/how-the-check-works/)',
      );
      for (const name of ['cookie', 'authorization', 'x-forwarded-for', 'forwarded', 'cf-connecting-ip', 'x-real-ip']) {
        expect(request.headers[name]).toBeUndefined();
      }
    }
  });

  it('one session: validateTarget then probeHost share the deadline and ask DNS once', async () => {
    const host = 'exse.fake-exchange.example.com';
    const config = harness.config({ targets: targets() });
    const session = createSession({ config });
    const before = harness.doh.queries.length;
    await validateTarget(host, { config, session });
    const result = await probeHost(host, { config, session });
    expect(assessedBuild(result.builds)).toEqual({ build: '15.2.2562.53', precision: 'update' });
    expect(harness.doh.queries.slice(before)).toEqual([
      { name: host, type: 'A' },
      { name: host, type: 'AAAA' },
    ]);
    expect(session.used()).toBe(2 + 4);
  });

  it('probes fail one by one: the others still decide, the failures stay in the evidence', async () => {
    const server = await startFakeExchange({
      variant: 'full',
      builds: ['15.2.1748.24'],
      failures: { [PATHS.ews]: 'reset', [PATHS.autodiscover]: 'error', [PATHS.exportTool]: 'hang' },
    });
    try {
      const host = 'partial.fake-exchange.example.com';
      const config = harness.config({ targets: { [host]: server.origin }, deadlineMs: 1500 });
      const result = await probeInput(host, { config });
      expect(result.outcome).toBe('assessed');
      expect(assessedBuild(result.builds)).toEqual({ build: '15.2.1748.24', precision: 'update' });
      const byPath = Object.fromEntries(result.evidence.map((e) => [e.path, [e.status, e.error ?? null]]));
      expect(byPath[PATHS.ews]).toEqual([null, 'connection']);
      expect(byPath[PATHS.autodiscover]).toEqual([500, null]);
      expect(byPath[PATHS.exportTool]).toEqual([null, 'timeout']);
    } finally {
      await server.close();
    }
  });

  it('every probe failing: unreachable with the reason, never a finding', async () => {
    const server = await startFakeExchange({
      variant: 'full',
      builds: ['15.2.1748.24'],
      failures: Object.fromEntries(Object.values(PATHS).map((p) => [p, 'reset' as const])),
    });
    try {
      const host = 'down.fake-exchange.example.com';
      const result = await probeInput(host, { config: harness.config({ targets: { [host]: server.origin } }) });
      expect(result).toMatchObject({ outcome: 'unreachable', reason: 'connection', builds: [] });
    } finally {
      await server.close();
    }
  });

  it('suggestHosts: the usual names of a bare domain that resolve publicly, none contacted', async () => {
    harness.doh.set('owa.suggest.example.com', { nxdomain: true });
    harness.doh.set('exchange.suggest.example.com', { A: ['10.1.2.3'] });
    harness.doh.set('webmail.suggest.example.com', {});
    const config = harness.config({});
    const connectionsBefore = harness.recorder.connections();
    expect(await suggestHosts('suggest.example.com', { config })).toEqual([
      'autodiscover.suggest.example.com',
      'mail.suggest.example.com',
    ]);
    expect(harness.recorder.connections()).toBe(connectionsBefore);
  });
});

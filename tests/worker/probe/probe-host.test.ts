/**
 * The check inside workerd, with workerd's own fetch over loopback HTTPS (test CA through
 * NODE_EXTRA_CA_CERTS): the fake Exchange deployments and a few hostile servers, through the
 * test transport (TEST_TARGETS from the miniflare bindings).
 */
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { parseProbeConfig } from '../../../functions/probe/config.ts';
import { probeInput } from '../../../functions/probe/probe-host.ts';
import { TransportRefusedError } from '../../../functions/probe/transport.ts';
import type { Outcome, UnreachableReason } from '../../../src/lib/schemas/api.ts';
import { assessedBuild } from '../../support/assessed-build.ts';
import { hostileNames } from '../../support/harness.ts';
import type { HostileBehaviour } from '../../support/hostile-server.ts';
import { SCENARIOS } from '../../support/scenarios.ts';

const config = parseProbeConfig(env);
const dohOrigin = new URL(config.dohEndpoint).origin;

async function recorderConnections(): Promise<number> {
  const res = await fetch(`${dohOrigin}/__recorder`);
  return ((await res.json()) as { connections: number }).connections;
}

describe('fake Exchange deployments in workerd', () => {
  it.each(SCENARIOS.map((s) => [s.host, s] as const))('%s', async (host, scenario) => {
    const result = await probeInput(host, { config });
    expect(result.outcome).toBe(scenario.expected.outcome);
    expect(assessedBuild(result.builds)).toEqual(scenario.expected.chosen);
    expect(result.builds.map((b) => b.build)).toEqual(scenario.expected.builds);
  });
});

const HOSTILE: Array<[HostileBehaviour, Outcome, UnreachableReason | null]> = [
  ['silent', 'unreachable', 'timeout'],
  ['endless-body', 'not_exchange', null],
  ['redirect-private', 'unreachable', 'redirect_blocked'],
  ['redirect-encoded-loopback', 'unreachable', 'redirect_blocked'],
  ['redirect-loopback-origin', 'unreachable', 'redirect_blocked'],
  ['redirect-own-site', 'unreachable', 'redirect_blocked'],
  // The recorder stands for the third party: it must see nothing.
  ['redirect-cross-site', 'not_exchange', null],
  // workerd reports a bad certificate as an opaque "internal error": a connection failure.
  ['tls-self-signed', 'unreachable', 'connection'],
  ['retry-bait', 'unreachable', 'http_error'],
];

describe('hostile servers in workerd', () => {
  it.each(HOSTILE)('%s → %s %s', async (behaviour, outcome, reason) => {
    const before = await recorderConnections();
    const start = Date.now();
    const result = await probeInput(hostileNames(behaviour).self, { config });
    expect({ outcome: result.outcome, reason: result.reason }).toEqual({ outcome, reason });
    // Generous: catches a hang, not a slow CI machine.
    expect(Date.now() - start).toBeLessThan(config.deadlineMs + 3000);
    expect(await recorderConnections()).toBe(before);
  });

  it('records a redirect to another site as a signal of its own, on every probe', async () => {
    const result = await probeInput(hostileNames('redirect-cross-site').self, { config });
    expect(result.evidence.map((e) => [e.status, e.signal])).toEqual(
      Array.from({ length: 4 }, () => [302, 'cross-site-redirect']),
    );
  });
});

describe('the test transport in workerd', () => {
  it('refuses what is not the DoH stub or a TEST_TARGETS origin', async () => {
    const { createTransport } = await import('../../../functions/probe/transport.ts');
    const transport = createTransport(config);
    for (const url of ['https://127.0.0.1/', 'https://mail.example.com/', 'http://169.254.169.254/']) {
      await expect(transport(url, {})).rejects.toBeInstanceOf(TransportRefusedError);
    }
  });
});

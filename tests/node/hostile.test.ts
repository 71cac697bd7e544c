/**
 * Every behaviour of tests/fixtures/hostile-servers.md against the hostile server on
 * loopback: each check ends within its deadline (2 s here) with the outcome given, a blocked hop
 * leaves the recording server's log empty, and nothing the server sent shows up in the result
 * except builds that passed the strict format.
 */
import tls from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { probeInput } from '../../functions/probe/probe-host.ts';
import type { Outcome, UnreachableReason } from '../../src/lib/schemas/api.ts';
import { assessedBuild } from '../support/assessed-build.ts';
import { PATHS } from '../support/fake-exchange.ts';
import { type Harness, hostileNames, startHarness } from '../support/harness.ts';
import { type HostileBehaviour, type HostileServer, startHostileServer } from '../support/hostile-server.ts';
import { trustTestCa } from '../support/tls.ts';

const DEADLINE_MS = 2000;
/**
 * Time past the deadline for the last reads to unwind and the result to be built. Generous, since
 * CI runs the suites in parallel on two cores: it is there to catch a hang, not to time the check.
 */
const SLACK_MS = 3000;

interface Case {
  number: number;
  behaviour: HostileBehaviour;
  outcome: Outcome;
  reason?: UnreachableReason;
  /** Per probe path, the error the evidence must show (omitted paths: not asserted). */
  errors?: Partial<Record<keyof typeof PATHS, UnreachableReason | null>>;
  /** Requests the hostile server may see at most (no retries, no hops past the limit). */
  maxRequests?: number;
  /** Ends at the deadline rather than at once. */
  slow?: boolean;
  why: string;
}

const ALL_BLOCKED = {
  logon: 'redirect_blocked',
  ews: 'redirect_blocked',
  autodiscover: 'redirect_blocked',
  exportTool: 'redirect_blocked',
} as const;

const CASES: Case[] = [
  {
    number: 1,
    behaviour: 'endless-body',
    outcome: 'not_exchange',
    errors: { logon: 'too_large', exportTool: 'too_large' },
    why: 'bodies cut at 512 KiB; the headers-only probes saw a plain 200',
  },
  { number: 2, behaviour: 'length-short', outcome: 'not_exchange', why: 'only the declared 10 bytes are read' },
  {
    number: 2,
    behaviour: 'length-huge',
    outcome: 'unreachable',
    reason: 'too_large',
    errors: { logon: 'too_large', ews: 'too_large', autodiscover: 'too_large', exportTool: 'too_large' },
    why: 'a declared 10 GB is refused without reading',
  },
  {
    number: 2,
    behaviour: 'length-abc',
    outcome: 'unreachable',
    reason: 'connection',
    why: 'an invalid length is a broken answer',
  },
  {
    number: 2,
    behaviour: 'length-negative',
    outcome: 'unreachable',
    reason: 'connection',
    why: 'an invalid length is a broken answer',
  },
  {
    number: 2,
    behaviour: 'length-duplicate',
    outcome: 'unreachable',
    reason: 'connection',
    why: 'two lengths are a broken answer',
  },
  {
    number: 3,
    behaviour: 'slowloris',
    outcome: 'assessed',
    errors: { logon: 'timeout', exportTool: 'timeout' },
    slow: true,
    why: 'the header build is kept; the body reads end at the deadline',
  },
  {
    number: 4,
    behaviour: 'silent',
    outcome: 'unreachable',
    reason: 'timeout',
    slow: true,
    maxRequests: 4,
    why: 'no status line ever: timeout, no retry',
  },
  {
    number: 4,
    behaviour: 'stall-handshake',
    outcome: 'unreachable',
    reason: 'timeout',
    slow: true,
    why: 'TLS never completes',
  },
  {
    number: 5,
    behaviour: 'redirect-loop',
    outcome: 'unreachable',
    reason: 'too_many_redirects',
    maxRequests: 16,
    why: '3 hops per probe, then stop',
  },
  {
    number: 5,
    behaviour: 'redirect-ping-pong',
    outcome: 'unreachable',
    reason: 'too_many_redirects',
    maxRequests: 16,
    why: 'A→B→A between two names',
  },
  {
    number: 6,
    behaviour: 'redirect-private',
    outcome: 'unreachable',
    reason: 'redirect_blocked',
    errors: ALL_BLOCKED,
    maxRequests: 4,
    why: 'metadata, private, localhost, a name resolving to 10.0.0.1',
  },
  {
    number: 7,
    behaviour: 'redirect-encoded-loopback',
    outcome: 'unreachable',
    reason: 'redirect_blocked',
    errors: ALL_BLOCKED,
    maxRequests: 4,
    why: 'the URL parser normalises them to 127.0.0.1',
  },
  {
    number: 7,
    behaviour: 'redirect-loopback-origin',
    outcome: 'unreachable',
    reason: 'redirect_blocked',
    errors: ALL_BLOCKED,
    maxRequests: 4,
    why: "the recording server's own loopback origin, plainly and encoded: what an exemption by address would let through",
  },
  {
    number: 8,
    behaviour: 'redirect-scheme',
    outcome: 'unreachable',
    reason: 'redirect_blocked',
    errors: ALL_BLOCKED,
    maxRequests: 4,
    why: 'file, gopher, javascript, data',
  },
  {
    number: 8,
    behaviour: 'redirect-downgrade',
    outcome: 'unreachable',
    reason: 'redirect_blocked',
    errors: ALL_BLOCKED,
    maxRequests: 4,
    why: 'http is refused, not upgraded',
  },
  {
    number: 9,
    behaviour: 'redirect-port',
    outcome: 'unreachable',
    reason: 'redirect_blocked',
    errors: ALL_BLOCKED,
    maxRequests: 4,
    why: 'only 443',
  },
  {
    number: 10,
    behaviour: 'redirect-tricky',
    outcome: 'unreachable',
    reason: 'redirect_blocked',
    errors: ALL_BLOCKED,
    maxRequests: 4,
    why: 'protocol-relative to .example, backslash, user info, @',
  },
  {
    number: 10,
    behaviour: 'redirect-junk',
    outcome: 'unreachable',
    reason: 'redirect_blocked',
    maxRequests: 4,
    why: 'CR in Location, 8 KB Location, none at all, % in the host',
  },
  {
    number: 11,
    behaviour: 'redirect-own-site',
    outcome: 'unreachable',
    reason: 'redirect_blocked',
    errors: ALL_BLOCKED,
    maxRequests: 4,
    why: 'our own names and zone',
  },
  {
    number: 12,
    behaviour: 'huge-header',
    outcome: 'unreachable',
    reason: 'connection',
    why: "Node's HTTP client refuses 200 KB of headers",
  },
  { number: 12, behaviour: 'many-headers', outcome: 'unreachable', reason: 'connection', why: 'and 5000 headers' },
  {
    number: 12,
    behaviour: 'cookie-flood',
    outcome: 'assessed',
    why: 'only allow-listed headers are read; cookies never sent back',
  },
  {
    number: 13,
    behaviour: 'script-injection',
    outcome: 'version_hidden',
    why: 'an X-OWA-Version that is not a build: Exchange-like, nothing echoed',
  },
  {
    number: 14,
    behaviour: 'redos-bait',
    outcome: 'unreachable',
    reason: 'too_large',
    why: '1 MB declared: over the cap, never parsed',
  },
  {
    number: 14,
    behaviour: 'redos-bait-under-cap',
    outcome: 'version_hidden',
    errors: { logon: null, exportTool: null },
    why: 'parsed in linear time; a page of /owa/auth/ paths looks like OWA, but no build reads',
  },
  {
    number: 15,
    behaviour: 'gzip-bomb',
    outcome: 'assessed',
    errors: { logon: 'too_large', exportTool: 'too_large' },
    why: 'decoded bytes are counted',
  },
  { number: 16, behaviour: 'conflicting-builds', outcome: 'assessed', why: 'every build shown, the lowest assessed' },
  {
    number: 17,
    behaviour: 'tls-self-signed',
    outcome: 'unreachable',
    reason: 'tls',
    why: 'no fallback to http, no verification off',
  },
  { number: 17, behaviour: 'tls-expired', outcome: 'unreachable', reason: 'tls', why: 'expired' },
  { number: 17, behaviour: 'tls-wrong-host', outcome: 'unreachable', reason: 'tls', why: 'another name' },
  { number: 17, behaviour: 'tls-1.0', outcome: 'unreachable', reason: 'tls', why: 'TLS 1.0 only' },
  {
    number: 18,
    behaviour: 'auth-challenges',
    outcome: 'assessed',
    maxRequests: 4,
    why: '401 is a data point; no challenge answered',
  },
  {
    number: 19,
    behaviour: 'header-echo',
    outcome: 'not_exchange',
    maxRequests: 4,
    why: 'only a fixed set of headers is sent',
  },
  {
    number: 20,
    behaviour: 'retry-bait',
    outcome: 'unreachable',
    reason: 'http_error',
    maxRequests: 4,
    why: 'no retries',
  },
  {
    number: 21,
    behaviour: 'reset-mid-body',
    outcome: 'not_exchange',
    errors: { logon: 'connection', exportTool: 'connection' },
    why: 'partial bodies dropped',
  },
  {
    number: 21,
    behaviour: 'truncated-chunked',
    outcome: 'not_exchange',
    errors: { logon: 'connection', exportTool: 'connection' },
    why: 'partial bodies dropped',
  },
  {
    number: 21,
    behaviour: 'invalid-chunk-size',
    outcome: 'not_exchange',
    errors: { logon: 'connection', exportTool: 'connection' },
    why: 'the broken body is dropped; the headers-only probes saw a plain 200',
  },
  { number: 22, behaviour: 'utf16-page', outcome: 'assessed', why: 'NULs dropped after decoding; the CU reads' },
  {
    number: 22,
    behaviour: 'binary-page',
    outcome: 'version_hidden',
    why: 'binary bytes are text like any other; only an OWA marker survives',
  },
  {
    number: 11,
    behaviour: 'redirect-cross-site',
    outcome: 'not_exchange',
    maxRequests: 4,
    why: 'a hop to another site is a signal, never fetched: no relay to a third party',
  },
  {
    number: 24,
    behaviour: 'fan-out',
    outcome: 'unreachable',
    reason: 'too_many_redirects',
    why: 'hops per path and subrequests per check are capped',
  },
];

let harness: Harness;
const servers = new Map<string, HostileServer>();

beforeAll(async () => {
  trustTestCa();
  harness = await startHarness();
  for (const c of CASES) {
    servers.set(c.behaviour, await startHostileServer(c.behaviour, hostileNames(c.behaviour, harness.recorder.origin)));
  }
});

afterAll(async () => {
  await Promise.all([...servers.values()].map((s) => s.close()));
  await harness.close();
});

function configFor(behaviour: HostileBehaviour) {
  const names = hostileNames(behaviour, harness.recorder.origin);
  const origin = (servers.get(behaviour) as HostileServer).origin;
  const targets = Object.fromEntries([names.self, names.peer, ...names.fanOut].map((name) => [name, origin]));
  return { names, config: harness.config({ targets, deadlineMs: DEADLINE_MS }) };
}

describe('hostile servers', () => {
  it.each(CASES.map((c) => [c.number, c.behaviour, c] as const))('#%i %s', async (_n, behaviour, c) => {
    const { names, config } = configFor(behaviour);
    const server = servers.get(behaviour) as HostileServer;
    const recorderBefore = harness.recorder.connections();
    const dohBefore = harness.doh.queries.length;
    const start = performance.now();
    const result = await probeInput(names.self, { config });
    const elapsed = performance.now() - start;

    expect({ outcome: result.outcome, reason: result.reason }).toEqual({
      outcome: c.outcome,
      reason: c.reason ?? null,
    });
    expect(elapsed).toBeLessThan(DEADLINE_MS + SLACK_MS);
    if (!c.slow) expect(elapsed).toBeLessThan(DEADLINE_MS);
    for (const [key, error] of Object.entries(c.errors ?? {})) {
      const path = PATHS[key as keyof typeof PATHS];
      expect([path, result.evidence.find((e) => e.path === path)?.error ?? null]).toEqual([path, error]);
    }
    // A blocked hop sent nothing: the recording server saw no connection at all.
    expect(harness.recorder.connections()).toBe(recorderBefore);
    if (c.maxRequests !== undefined) expect(server.requests.length).toBeLessThanOrEqual(c.maxRequests);
    // Requests to the server and DoH queries together stay inside the per-check cap.
    expect(server.requests.length + harness.doh.queries.length - dohBefore).toBeLessThanOrEqual(config.maxSubrequests);
    server.requests.length = 0;
    // Nothing of the server's text in the result: only our paths, codes and strict builds.
    const text = JSON.stringify({ ...result, host: undefined });
    expect(text).not.toMatch(/[<>]|script|onerror|echo|cookie|filler|x-big|hop-|evil/i);
    for (const e of result.evidence) expect(Object.values(PATHS)).toContain(e.path);
  });
});

describe('details', () => {
  it('#16 conflicting builds: all shown (the logon CU 15.2.1544 confirms the EWS build), the one at greatest risk assessed', async () => {
    const { names, config } = configFor('conflicting-builds');
    const result = await probeInput(names.self, { config });
    expect(result.builds.map((b) => `${b.build}/${b.precision}`)).toEqual([
      '15.2.986/cu',
      '15.2.1544.14/update',
      '15.2.1748.24/update',
    ]);
    expect(assessedBuild(result.builds)).toEqual({ build: '15.2.986', precision: 'cu' });
  });

  it('#18 and #19: only a fixed, minimal set of request headers; no credentials, cookies or client data', async () => {
    for (const behaviour of ['auth-challenges', 'header-echo', 'cookie-flood'] as const) {
      const { names, config } = configFor(behaviour);
      const server = servers.get(behaviour) as HostileServer;
      server.requests.length = 0;
      await probeInput(names.self, { config });
      expect(server.requests).toHaveLength(4);
      for (const request of server.requests) {
        const allowed = [
          'host',
          'connection',
          'user-agent',
          'accept',
          'accept-encoding',
          'accept-language',
          'sec-fetch-mode',
        ];
        expect(Object.keys(request.headers).filter((name) => !allowed.includes(name))).toEqual([]);
        expect(request.headers['user-agent']).toMatch(/^ExchangeSelfCheck\/1\.0 \(\+https:\/\/checker\.example\.org\//);
      }
    }
  });

  it('#17 the TLS 1.0 server does handshake TLS 1.0, and only that: the check refuses the version', async () => {
    const origin = new URL((servers.get('tls-1.0') as HostileServer).origin);
    const handshake = (options: tls.ConnectionOptions) =>
      new Promise<string>((resolve) => {
        const socket = tls.connect(
          { host: origin.hostname, port: Number(origin.port), rejectUnauthorized: false, ...options },
          () => {
            resolve(socket.getProtocol() ?? 'none');
            socket.destroy();
          },
        );
        socket.on('error', () => resolve('refused'));
      });
    expect(await handshake({ minVersion: 'TLSv1', maxVersion: 'TLSv1', ciphers: 'DEFAULT@SECLEVEL=0' })).toBe('TLSv1');
    expect(await handshake({})).toBe('refused');
  });

  it('#24 fan-out: at most 3 hops per probe, and the check stops at its request cap', async () => {
    const { names, config } = configFor('fan-out');
    const server = servers.get('fan-out') as HostileServer;
    server.requests.length = 0;
    const dohBefore = harness.doh.queries.length;
    await probeInput(names.self, { config });
    const dohQueries = harness.doh.queries.length - dohBefore;
    expect(server.requests.length).toBeLessThanOrEqual(4 * 4);
    expect(server.requests.length + dohQueries).toBeLessThanOrEqual(config.maxSubrequests);
  });
});

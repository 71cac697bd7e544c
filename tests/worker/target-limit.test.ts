/**
 * Abuse limits that protect the checked servers, not us: a per-target budget (registrable domain
 * and resolved address, so aliases share it), one probe at a time per host, and per-client keys
 * that treat an IPv6 /64 as one client.
 */
import { applyD1Migrations } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { CheckResult, ErrorBody } from '../../src/lib/schemas/api.ts';
import { checkPoster, clientAddresses } from '../support/post-check.ts';
import { freshRateWindow } from '../support/rate-window.ts';
import { SCENARIOS } from '../support/scenarios.ts';

beforeAll(() => applyD1Migrations(env.DB, env.TEST_MIGRATIONS));

/** A Rate Limiting binding that allows `limit` calls per key. */
function countingLimiter(limit: number): RateLimit & { keys: Map<string, number> } {
  const keys = new Map<string, number>();
  return {
    keys,
    async limit({ key }: { key: string }) {
      const used = (keys.get(key) ?? 0) + 1;
      keys.set(key, used);
      return { success: used <= limit };
    },
  };
}

const post = checkPoster(clientAddresses('198.18'));

const scenarioHost = (prefix: string) => SCENARIOS.find((s) => s.host.startsWith(`${prefix}.`))?.host ?? prefix;

describe('per-target budget', () => {
  it('counts every name of one registrable domain and of one address against the same budget', async () => {
    const limiter = countingLimiter(2);
    const bindings = { ...env, TARGET_LIMITER: limiter };
    expect((await post(scenarioHost('ex2016'), bindings)).status).toBe(201);
    expect((await post(scenarioHost('ex2016-cu'), bindings)).status).toBe(201);
    // A third name of the same domain: refused before any probe.
    const third = await post(scenarioHost('exse-cu'), bindings);
    expect(third.status).toBe(429);
    expect(third.headers.get('Retry-After')).toMatch(/^\d+$/);
    expect(ErrorBody.parse(await third.json()).error.code).toBe('rate_limited');
    // Another domain whose name points at the same address (the DoH stub's default answer).
    const alias = await post('bare-domain-website.ch', bindings);
    expect(alias.status).toBe(429);
    expect([...limiter.keys.keys()]).toEqual(
      expect.arrayContaining(['domain:example.com', 'address:1.1.1.1', 'domain:bare-domain-website.ch']),
    );
  });
});

describe('one probe at a time per host', () => {
  it('lets checks of one host that arrive together share a single probe', async () => {
    const host = scenarioHost('ex2019-cu');
    const results = await Promise.all(
      Array.from({ length: 4 }, async () => CheckResult.parse(await (await post(host)).json())),
    );
    expect(results.filter((r) => !r.reused)).toHaveLength(1);
    expect(new Set(results.map((r) => r.checkedAt)).size).toBe(1);
    expect(new Set(results.map((r) => r.id)).size).toBe(4);
  });
});

describe('per-client limit', () => {
  it('treats the addresses of one IPv6 /64 as one client', async () => {
    await freshRateWindow(5000);
    const statuses: number[] = [];
    for (let i = 1; i <= 12; i++) {
      statuses.push((await post('mail.example.test', env, `2001:db8:1:2::${i.toString(16)}`)).status);
    }
    expect(statuses.slice(0, 10).every((s) => s === 400)).toBe(true);
    expect(statuses.slice(10)).toEqual([429, 429]);
  });
});

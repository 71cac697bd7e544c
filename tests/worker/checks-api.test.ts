/**
 * POST/GET/DELETE /api/v1/checks inside workerd: the API, the check service, D1 storage and the
 * Rate Limiting binding together, against the loopback fake Exchange servers (TEST_TARGETS).
 */
import { applyD1Migrations } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import app from '../../functions/app.ts';
import { RULES_VERSION } from '../../src/lib/exchange/rules.ts';
import { CheckResult, ErrorBody } from '../../src/lib/schemas/api.ts';
import { UNREACHABLE } from '../support/harness.ts';
import { freshRateWindow } from '../support/rate-window.ts';
import { SCENARIOS } from '../support/scenarios.ts';

beforeAll(() => applyD1Migrations(env.DB, env.TEST_MIGRATIONS));

let clientCounter = 0;
/** Each call comes from another client address, so the per-client limit is tested on its own. */
function post(body: unknown, ip = `198.51.100.${++clientCounter % 250}`, raw?: string) {
  return app.request(
    '/api/v1/checks',
    {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'CF-Connecting-IP': ip },
      body: raw ?? JSON.stringify(body),
    },
    env,
  );
}

async function expectError(res: Response, status: number, code: string) {
  expect(res.status).toBe(status);
  const body = ErrorBody.parse(await res.json());
  expect(body.error.code).toBe(code);
  expect(body.error.message.length).toBeGreaterThan(20);
  return body;
}

describe('POST /api/v1/checks against the fake Exchange deployments', () => {
  it.each(SCENARIOS.map((s) => [s.host, s] as const))('%s', async (host, scenario) => {
    const res = await post({ host: `https://${host.toUpperCase()}/owa/` });
    expect(res.status).toBe(201);
    const result = CheckResult.parse(await res.json());
    expect(res.headers.get('Location')).toBe(`/api/v1/checks/${result.id}`);
    expect(result.host).toBe(host);
    expect(result.reused).toBe(false);
    expect(result.builds.map((b) => b.build)).toEqual(scenario.expected.builds);
    if (scenario.expected.outcome === 'assessed') {
      expect(result.outcome).toBe('assessed');
      expect(result.assessment?.build).toBe(scenario.expected.chosen?.build);
      expect(result.assessment?.precision).toBe(scenario.expected.chosen?.precision);
    } else {
      expect(result.outcome).toBe(scenario.expected.outcome);
      expect(result.assessment).toBeNull();
    }
    // Evidence values are validated builds or null, never server text.
    for (const e of result.evidence) expect(e.value === null || /^\d+(\.\d+){2,3}$/.test(e.value)).toBe(true);
    expect(result.links).toEqual({
      de: `/de/check/${result.id}`,
      fr: `/fr/check/${result.id}`,
      it: `/it/check/${result.id}`,
      en: `/en/check/${result.id}`,
    });
    expect(result.rulesVersion).toBe(RULES_VERSION);
  });

  it('mixed builds: each build its own verdict, the headline the build at greatest risk', async () => {
    const res = await post({ host: 'mixed.fake-exchange.example.com' });
    const result = CheckResult.parse(await res.json());
    expect(result.builds.map((b) => [b.build, b.verdict, b.kevOpen > 0])).toEqual([
      ['15.2.1544.44', 'vulnerable', false],
      ['15.2.1748.24', 'vulnerable', true],
    ]);
    expect(result.assessment?.build).toBe('15.2.1748.24');
    expect(result.assessment?.vulnerabilities.some((v) => v.kev)).toBe(true);
  });
});

describe('a server that does not answer', () => {
  it('is unreachable with its reason, never a vulnerability', async () => {
    const res = await post({ host: UNREACHABLE });
    expect(res.status).toBe(201);
    const result = CheckResult.parse(await res.json());
    expect(result.outcome).toBe('unreachable');
    expect(result.reason).toBe('connection');
    expect(result.assessment).toBeNull();
    expect(result.evidence.every((e) => e.status === null)).toBe(true);
  });
});

describe('a bare domain without Exchange', () => {
  it('suggests the usual server names that exist in DNS, without contacting them', async () => {
    const result = CheckResult.parse(await (await post({ host: 'bare-domain-website.ch' })).json());
    expect(result.outcome).toBe('not_exchange');
    // The DoH stub answers a public address for every name it does not list.
    expect(result.suggestions).toEqual(
      ['autodiscover', 'mail', 'owa', 'exchange', 'webmail'].map((p) => `${p}.bare-domain-website.ch`),
    );
  });

  it('suggests nothing for a name that is not a bare domain', async () => {
    const website = SCENARIOS.find((s) => s.host.startsWith('website.'))?.host ?? '';
    const result = CheckResult.parse(await (await post({ host: website })).json());
    expect(result.outcome).toBe('not_exchange');
    expect(result.suggestions).toBeUndefined();
  });
});

describe('stored results', () => {
  it('reads back, deletes at once, and then answers not_found', async () => {
    const created = CheckResult.parse(await (await post({ host: SCENARIOS[0]?.host ?? '' })).json());
    const read = await app.request(`/api/v1/checks/${created.id}`, {}, env);
    expect(read.status).toBe(200);
    expect(read.headers.get('Cache-Control')).toBe('private, no-store');
    expect(CheckResult.parse(await read.json())).toEqual(created);

    const del = await app.request(`/api/v1/checks/${created.id}`, { method: 'DELETE' }, env);
    expect(del.status).toBe(204);
    await expectError(await app.request(`/api/v1/checks/${created.id}`, {}, env), 404, 'not_found');
    await expectError(await app.request(`/api/v1/checks/${created.id}`, { method: 'DELETE' }, env), 404, 'not_found');
  });

  it('reuses a recent check of the same host under a new id instead of probing again', async () => {
    const host = SCENARIOS[2]?.host ?? '';
    const first = CheckResult.parse(await (await post({ host })).json());
    const second = CheckResult.parse(await (await post({ host })).json());
    expect(second.reused).toBe(true);
    expect(second.id).not.toBe(first.id);
    expect(second.checkedAt).toBe(first.checkedAt);
    expect(second.evidence).toEqual(first.evidence);
  });

  it('gives unguessable 128-bit ids that are never the host', async () => {
    const ids = new Set<string>();
    for (let i = 0; i < 3; i++) {
      const r = CheckResult.parse(await (await post({ host: SCENARIOS[4]?.host ?? '' })).json());
      expect(r.id).toMatch(/^[A-Za-z0-9_-]{22}$/);
      ids.add(r.id);
    }
    expect(ids.size).toBe(3);
  });

  it('stores no client address', async () => {
    await post({ host: SCENARIOS[6]?.host ?? '' }, '203.0.113.77');
    const rows = await env.DB.prepare('SELECT * FROM results').all();
    expect(JSON.stringify(rows.results)).not.toContain('203.0.113.77');
  });

  it('answers unknown ids with not_found', async () => {
    await expectError(await app.request('/api/v1/checks/AAAAAAAAAAAAAAAAAAAAAA', {}, env), 404, 'not_found');
    await expectError(await app.request('/api/v1/checks/not-an-id', {}, env), 400, 'invalid_id');
  });
});

describe('bad input: a clear 400 before anything is sent', () => {
  const cases: Array<[why: string, body: unknown, status: number, code: string]> = [
    ['no host field', {}, 400, 'invalid_request'],
    ['host is not a string', { host: 42 }, 400, 'invalid_request'],
    ['empty host (the host rule: nothing left after trimming)', { host: '' }, 400, 'invalid_host'],
    ['an IP address', { host: '127.0.0.1' }, 400, 'private_address'],
    ['a public IP address', { host: '8.8.8.8' }, 400, 'invalid_host'],
    ['another port', { host: 'mail.example.com:8443' }, 400, 'port_not_allowed'],
    ['a reserved name', { host: 'mail.example.test' }, 400, 'invalid_host'],
    ['a name that does not exist', { host: 'nxdomain.example.net' }, 400, 'invalid_host'],
    ['a name that resolves to a private address', { host: '10.0.0.1.sslip.io' }, 400, 'private_address'],
    ['a scheme that is not http(s)', { host: 'file:///etc/passwd' }, 400, 'invalid_host'],
  ];
  it.each(cases)('%s', async (_why, body, status, code) => {
    await expectError(await post(body), status, code);
  });

  it('refuses a body that is not JSON', async () => {
    await expectError(await post(null, undefined, 'host=mail.example.com'), 400, 'invalid_request');
  });
});

describe('abuse limits', () => {
  it('limits checks per client with 429 rate_limited and Retry-After', async () => {
    await freshRateWindow(5000);
    const ip = '192.0.2.200';
    const statuses: number[] = [];
    let last: Response | undefined;
    for (let i = 0; i < 12; i++) {
      last = await post({ host: 'mail.example.test' }, ip);
      statuses.push(last.status);
    }
    expect(statuses.slice(0, 10).every((s) => s === 400)).toBe(true);
    expect(statuses.slice(10)).toEqual([429, 429]);
    expect(last?.headers.get('Retry-After')).toMatch(/^\d+$/);
    await expectError(last as Response, 429, 'rate_limited');
  });
});

describe('cross-origin use', () => {
  it('allows GET from other origins but not POST', async () => {
    const preflight = await app.request(
      '/api/v1/checks',
      { method: 'OPTIONS', headers: { Origin: 'https://cert.example', 'Access-Control-Request-Method': 'POST' } },
      env,
    );
    expect(preflight.headers.get('Access-Control-Allow-Methods') ?? '').not.toContain('POST');
  });
});

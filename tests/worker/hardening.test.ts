/**
 * The second round of hardening (issue 12) inside workerd, through the API with the real D1 and
 * Rate Limiting bindings: small copies for reused results, a bounded wait for another probe, the
 * global write budget, DNS asked again after probing, the target's broken DNS told apart from
 * ours, one input rule, and the API as clients expect it (405, invalid_id, RateLimit, caching).
 */
import { applyD1Migrations } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import app from '../../functions/app.ts';
import { LOCK_POLL_DELAYS_MS, MAX_COPIES_PER_RESULT } from '../../functions/check/service.ts';
import { claimProbe } from '../../functions/store/probe-locks.ts';
import { CheckResult, ErrorBody, resultLinks } from '../../src/lib/schemas/api.ts';
import { checkPoster, clientAddresses } from '../support/post-check.ts';
import { SCENARIOS } from '../support/scenarios.ts';
import { MOVING } from '../support/worker-global-setup.ts';

beforeAll(() => applyD1Migrations(env.DB, env.TEST_MIGRATIONS));

const post = checkPoster(clientAddresses('198.18', 100));

async function expectError(res: Response, status: number, code: string) {
  expect(res.status).toBe(status);
  expect(ErrorBody.parse(await res.json()).error.code).toBe(code);
}

const scenarioHost = (index: number) => (SCENARIOS[index] as { host: string }).host;

/** The database's size in bytes, as D1 reports it after a statement. */
async function databaseBytes(): Promise<number> {
  const res = await env.DB.prepare('SELECT 1').run();
  return res.meta.size_after;
}

/** env with a D1 binding that counts the statements it prepares. */
function countingDb(): { bindings: Env; statements: () => number } {
  let statements = 0;
  const db = new Proxy(env.DB, {
    get(target, property) {
      if (property === 'prepare') {
        return (query: string) => {
          statements++;
          return target.prepare(query);
        };
      }
      const value = Reflect.get(target, property);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return { bindings: { ...env, DB: db }, statements: () => statements };
}

function refusingLimiter(): RateLimit {
  return { limit: async () => ({ success: false }) };
}

describe('reused results are small rows that point at the checked one', () => {
  it(`costs well under 2 KB per reused check, and answers the newest copy past ${MAX_COPIES_PER_RESULT} copies`, async () => {
    const hosts = [0, 1, 2, 3, 4].map(scenarioHost);
    const fresh = await Promise.all(hosts.map(async (host) => CheckResult.parse(await (await post(host)).json())));
    expect(fresh.every((r) => !r.reused)).toBe(true);

    const before = await databaseBytes();
    const copies: CheckResult[] = [];
    for (const host of hosts) {
      for (let i = 0; i < MAX_COPIES_PER_RESULT; i++) {
        const res = await post(host);
        expect(res.status).toBe(201);
        copies.push(CheckResult.parse(await res.json()));
      }
    }
    const perCopy = ((await databaseBytes()) - before) / copies.length;
    console.log(`bytes written per reused check: ${perCopy.toFixed(0)} (database growth over ${copies.length})`);
    expect(perCopy).toBeLessThan(2048);
    expect(copies.every((r) => r.reused)).toBe(true);
    expect(new Set(copies.map((r) => r.id)).size).toBe(copies.length);

    // Each copy reads back with its own id and the checked result's findings.
    const copy = copies[0] as CheckResult;
    const read = CheckResult.parse(await (await app.request(`/api/v1/checks/${copy.id}`, {}, env)).json());
    expect(read).toEqual({ ...(fresh[0] as CheckResult), id: copy.id, reused: true, links: resultLinks(copy.id) });

    // Past the cap: reuse is never refused, and writes nothing more.
    const newest = copies[MAX_COPIES_PER_RESULT - 1] as CheckResult;
    const rowsBefore = await env.DB.prepare('SELECT COUNT(*) AS n FROM results').first<{ n: number }>();
    const past = await post(hosts[0] as string);
    expect(past.status).toBe(201);
    expect(CheckResult.parse(await past.json())).toMatchObject({ id: newest.id, reused: true });
    const rowsAfter = await env.DB.prepare('SELECT COUNT(*) AS n FROM results').first<{ n: number }>();
    expect(rowsAfter?.n).toBe(rowsBefore?.n);
  });

  it('keeps the copies readable when the checked result is deleted, and the deleted id gone', async () => {
    const host = scenarioHost(5);
    const origin = CheckResult.parse(await (await post(host)).json());
    const copy = CheckResult.parse(await (await post(host)).json());
    expect(copy.reused).toBe(true);
    expect((await app.request(`/api/v1/checks/${origin.id}`, { method: 'DELETE' }, env)).status).toBe(204);
    expect((await app.request(`/api/v1/checks/${origin.id}`, {}, env)).status).toBe(404);
    const kept = CheckResult.parse(await (await app.request(`/api/v1/checks/${copy.id}`, {}, env)).json());
    expect(kept).toMatchObject({ id: copy.id, reused: true, host, checkedAt: origin.checkedAt });
    const stored = await env.DB.prepare('SELECT COUNT(*) AS n FROM results WHERE id = ?1 OR body LIKE ?2')
      .bind(origin.id, `%${origin.id}%`)
      .first<{ n: number }>();
    expect(stored?.n).toBe(0);
  });
});

describe('waiting for another probe of the same host', () => {
  it(`asks D1 a bounded number of times (${LOCK_POLL_DELAYS_MS.length} polls), not every 250 ms`, async () => {
    const host = scenarioHost(6);
    // Another check holds the lock and never finishes.
    expect(await claimProbe(env.DB, host, Date.now(), 60_000)).toBe(true);
    const { bindings, statements } = countingDb();
    const res = await post(host, bindings);
    await expectError(res, 429, 'rate_limited');
    expect(statements()).toBeLessThanOrEqual(LOCK_POLL_DELAYS_MS.length + 4);
  });
});

describe('the global budget of result writes', () => {
  it('refuses a fresh check when it is spent, naming the limit in RateLimit headers', async () => {
    const res = await post(scenarioHost(7), { ...env, WRITE_LIMITER: refusingLimiter() });
    await expectError(res, 429, 'rate_limited');
    expect(res.headers.get('Retry-After')).toBe('60');
    expect(res.headers.get('RateLimit-Policy')).toBe('"writes";q=60;w=60');
    expect(res.headers.get('RateLimit')).toBe('"writes";r=0;t=60');
  });

  it('never refuses a reuse: with the budget spent, the copy that exists is answered', async () => {
    const host = scenarioHost(8);
    const origin = CheckResult.parse(await (await post(host)).json());
    const first = CheckResult.parse(await (await post(host)).json());
    const spent = { ...env, WRITE_LIMITER: refusingLimiter() };
    const res = await post(host, spent);
    expect(res.status).toBe(201);
    expect(CheckResult.parse(await res.json())).toMatchObject({ id: first.id, reused: true, host: origin.host });
  });
});

describe('DNS asked again after probing', () => {
  it('drops the findings of a name that now points to a private address', async () => {
    const res = await post(MOVING);
    await expectError(res, 400, 'private_address');
    const stored = await env.DB.prepare('SELECT COUNT(*) AS n FROM results WHERE host = ?')
      .bind(MOVING)
      .first<{ n: number }>();
    expect(stored?.n).toBe(0);
  });
});

describe("the target's own DNS apart from our resolver", () => {
  it.each([
    ['servfail.example.com', 502, 'target_dns_failed'],
    ['resolver-500.example.com', 503, 'dns_unavailable'],
  ])('%s → %i %s', async (host, status, code) => {
    await expectError(await post(host), status, code);
  });
});

describe('one input rule for the host', () => {
  it('refuses whitespace alone as invalid_host', async () => {
    await expectError(await post('   \t '), 400, 'invalid_host');
  });

  it('measures after trimming: a padded name is accepted, 2001 characters are invalid_host', async () => {
    const padded = await post(`${' '.repeat(3000)}${scenarioHost(9)}${' '.repeat(3000)}`);
    expect(padded.status).toBe(201);
    await expectError(await post(`${'a'.repeat(1997)}.com`), 400, 'invalid_host');
  });

  it('refuses a body far beyond any host as invalid_request', async () => {
    await expectError(await post('a'.repeat(100_000)), 400, 'invalid_request');
  });
});

describe('the API as clients expect it', () => {
  it.each([
    ['GET', '/api/v1/checks', 'OPTIONS, POST'],
    ['PUT', '/api/v1/checks/q3Vb0Zl6m2H7xPc1uW8yAA', 'DELETE, GET, HEAD, OPTIONS'],
    ['POST', '/api/v1/assessments', 'GET, HEAD, OPTIONS'],
    ['DELETE', '/api/health', 'GET, HEAD, OPTIONS'],
    ['POST', '/api/v1/openapi.json', 'GET, HEAD, OPTIONS'],
  ])('%s %s → 405 with Allow: %s', async (method, path, allow) => {
    const res = await app.request(path, { method }, env);
    await expectError(res, 405, 'method_not_allowed');
    expect(res.headers.get('Allow')).toBe(allow);
    expect(res.headers.get('X-Data-Version')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('answers a malformed id with 400 invalid_id and an unknown well-formed one with 404', async () => {
    for (const method of ['GET', 'DELETE']) {
      await expectError(await app.request('/api/v1/checks/not-an-id', { method }, env), 400, 'invalid_id');
      await expectError(await app.request('/api/v1/checks/AAAAAAAAAAAAAAAAAAAAAA', { method }, env), 404, 'not_found');
    }
  });

  it('says how long each answer may be cached', async () => {
    const cacheControl = async (path: string) => (await app.request(path, {}, env)).headers.get('Cache-Control');
    expect(await cacheControl('/api/v1/assessments?build=15.2.1748.24')).toBe('public, max-age=300');
    expect(await cacheControl('/api/v1/assessments?build=nonsense')).toBe('no-store');
    expect(await cacheControl('/api/v1/openapi.json')).toBe('public, max-age=3600');
    expect(await cacheControl('/api/health')).toBe('no-store');
    expect(await cacheControl('/api/v1/checks/AAAAAAAAAAAAAAAAAAAAAA')).toBe('private, no-store');
  });

  it('names the limits of checks on a created check', async () => {
    const res = await post(scenarioHost(10));
    expect(res.status).toBe(201);
    expect(res.headers.get('RateLimit-Policy')).toBe('"client";q=10;w=60, "target";q=6;w=60');
  });
});

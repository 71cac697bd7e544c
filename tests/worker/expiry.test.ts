/**
 * Results live 30 days: never returned after that (expiry on read), and deleted by the daily
 * scheduled handler. Rows are written with a fixed "now" so that no test waits for time to pass.
 */
import { applyD1Migrations } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import app from '../../functions/app.ts';
import { getResult, purgeExpiredResults, saveResult } from '../../functions/store/results.ts';
import type { CheckResult } from '../../src/lib/schemas/api.ts';
import { hiddenVersionResult } from '../support/stored-result.ts';

beforeAll(() => applyD1Migrations(env.DB, env.TEST_MIGRATIONS));

const DAY_MS = 24 * 3600 * 1000;

const storedResult = () => hiddenVersionResult();

describe('result expiry', () => {
  it('returns a result of 29 days and not one of 31 days', async () => {
    const now = Date.now();
    const young = storedResult();
    const old = storedResult();
    await saveResult(env.DB, young, now - 29 * DAY_MS);
    await saveResult(env.DB, old, now - 31 * DAY_MS);
    expect(await getResult(env.DB, young.id, now)).toEqual(young);
    expect(await getResult(env.DB, old.id, now)).toBeNull();
    const res = await app.request(`/api/v1/checks/${old.id}`, {}, env);
    expect(res.status).toBe(404);
  });

  it('deletes expired rows in the scheduled purge and keeps the others', async () => {
    const now = Date.now();
    const young = storedResult();
    const old = storedResult();
    await saveResult(env.DB, young, now - 1 * DAY_MS);
    await saveResult(env.DB, old, now - 40 * DAY_MS);
    expect(await purgeExpiredResults(env.DB, now)).toBeGreaterThanOrEqual(1);
    const ids = (await env.DB.prepare('SELECT id FROM results').all<{ id: string }>()).results.map((r) => r.id);
    expect(ids).toContain(young.id);
    expect(ids).not.toContain(old.id);
  });

  it('refuses to store a result that does not fit the schema', async () => {
    const bad = { ...storedResult(), evidence: [{ path: '/', status: 200, signal: 'x-owa-version', value: '<b>' }] };
    await expect(saveResult(env.DB, bad as unknown as CheckResult, Date.now())).rejects.toThrow();
  });
});

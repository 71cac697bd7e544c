/**
 * The Worker as deployed, Astro aside (functions/worker.ts, which functions/index.ts hands Astro
 * to): the scheduled purge as the cron trigger runs it, and the 500 page of a failing page.
 */
import {
  applyD1Migrations,
  createExecutionContext,
  createScheduledController,
  waitOnExecutionContext,
} from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import type { MiddlewareHandler } from 'hono';
import { beforeAll, describe, expect, it } from 'vitest';
import { RESULT_TTL_DAYS } from '../../functions/store/results.ts';
import { createWorker } from '../../functions/worker.ts';
import { DEFAULT_LANG } from '../../src/i18n/languages.ts';

beforeAll(() => applyD1Migrations(env.DB, env.TEST_MIGRATIONS));

const failingPage: MiddlewareHandler = async () => {
  throw new Error('a page failed');
};
const worker = createWorker([failingPage]);

/** The static 500 pages, one per language, as the ASSETS binding serves them after a build. */
const assets = {
  fetch: async (input: RequestInfo | URL) => {
    const path = new URL(input instanceof Request ? input.url : String(input)).pathname;
    const lang = /^\/(de|fr|it|en)\/500\.html$/.exec(path)?.[1];
    return lang ? new Response(`<h1>500 page (${lang})</h1>`) : new Response('not found', { status: 404 });
  },
  connect: () => {
    throw new Error('no sockets');
  },
} as unknown as Fetcher;

async function insert(id: string, createdAt: number) {
  await env.DB.prepare(
    "INSERT INTO results (id, host, checked_at, created_at, reused, body) VALUES (?, 'mail.example.com', '2026-01-01T00:00:00.000Z', ?, 0, '{}')",
  )
    .bind(id, createdAt)
    .run();
}

describe('scheduled()', () => {
  it('purges results older than the retention, and only those', async () => {
    const now = Math.floor(Date.now() / 1000);
    await insert('expiredexpiredexpired0', now - RESULT_TTL_DAYS * 86400 - 60);
    await insert('keptkeptkeptkeptkept00', now - 3600);
    const ctx = createExecutionContext();
    await worker.scheduled(createScheduledController({ cron: '17 3 * * *', scheduledTime: Date.now() }), env, ctx);
    await waitOnExecutionContext(ctx);
    const { results } = await env.DB.prepare('SELECT id FROM results WHERE id IN (?, ?)')
      .bind('expiredexpiredexpired0', 'keptkeptkeptkeptkept00')
      .all<{ id: string }>();
    expect(results.map((r) => r.id)).toEqual(['keptkeptkeptkeptkept00']);
  });
});

describe('the 500 page', () => {
  it.each([
    ['/fr/guides/', 'fr'],
    ['/it/check/x', 'it'],
    ['/nowhere', DEFAULT_LANG],
  ])('%s answers 500 with the static 500 page in %s, and the security headers', async (path, lang) => {
    const ctx = createExecutionContext();
    const res = await worker.fetch(new Request(`https://checker.example.org${path}`), { ...env, ASSETS: assets }, ctx);
    expect(res.status).toBe(500);
    expect(await res.text()).toBe(`<h1>500 page (${lang})</h1>`);
    expect(res.headers.get('Content-Security-Policy')).toContain("default-src 'self'");
  });

  it('keeps the API out of it: an API failure is a JSON error', async () => {
    const ctx = createExecutionContext();
    const res = await worker.fetch(
      new Request('https://checker.example.org/api/nope'),
      { ...env, ASSETS: assets },
      ctx,
    );
    expect(res.status).toBe(404);
    expect(res.headers.get('Content-Type')).toMatch(/json/);
  });
});

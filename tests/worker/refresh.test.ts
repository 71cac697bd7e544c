/**
 * The scheduled refresh inside workerd, with the real D1 binding, against the loopback data
 * sources serving the fixtures in their real formats (tests/support/source-server.ts).
 */
import {
  applyD1Migrations,
  createExecutionContext,
  createScheduledController,
  waitOnExecutionContext,
} from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import app from '../../functions/app.ts';
import { forgetLiveKnowledge } from '../../functions/data/live.ts';
import { scheduled, UPDATE_TUESDAY_CRON } from '../../functions/scheduled.ts';
import { saveResult } from '../../functions/store/results.ts';
import { cuSupportState } from '../../src/lib/exchange/lifecycle-view.ts';
import { buildsCsv, cvesOpenData } from '../../src/lib/exchange/open-data.ts';
import { isDataStale } from '../../src/lib/exchange/update-tuesday.ts';
import { AssessmentResponse, CheckResult, Health } from '../../src/lib/schemas/api.ts';
import { isoDay } from '../../src/lib/today.ts';
import { SCENARIO_DAY, type SourceScenario, sourceVariables } from '../support/source-scenarios.ts';
import { hiddenVersionResult } from '../support/stored-result.ts';

const NOW = Date.parse(`${SCENARIO_DAY}T18:00:00Z`);
const BUNDLED = '2026-10-02';

async function refreshFrom(scenario: SourceScenario, overrides: Partial<Env> = {}, cron = UPDATE_TUESDAY_CRON) {
  const ctx = createExecutionContext();
  const controller = createScheduledController({ scheduledTime: NOW, cron });
  await scheduled(controller, { ...env, ...sourceVariables(inject('sourceOrigin'), scenario), ...overrides }, ctx);
  await waitOnExecutionContext(ctx);
}

async function health() {
  const res = await app.request('/api/health', {}, env);
  expect(res.status).toBe(200);
  return Health.parse(await res.json());
}

async function assessment(build: string) {
  const res = await app.request(`/api/v1/assessments?build=${build}`, {}, env);
  const body = AssessmentResponse.parse(await res.json());
  return { version: res.headers.get('X-Data-Version'), body };
}

const storedVersions = async () =>
  (await env.DB.prepare('SELECT COUNT(*) AS n FROM data_versions').first<{ n: number }>())?.n ?? -1;

beforeAll(() => applyD1Migrations(env.DB, env.TEST_MIGRATIONS));
beforeEach(async () => {
  await env.DB.batch([env.DB.prepare('DELETE FROM data_versions'), env.DB.prepare('DELETE FROM data_refreshes')]);
  forgetLiveKnowledge();
});
afterAll(async () => {
  await env.DB.batch([env.DB.prepare('DELETE FROM data_versions'), env.DB.prepare('DELETE FROM data_refreshes')]);
  forgetLiveKnowledge();
});

describe('scheduled refresh', () => {
  it('answers from the bundled data before any refresh', async () => {
    const h = await health();
    expect(h.data).toMatchObject({ version: BUNDLED, refreshedAt: null, lastRefresh: null });
    expect(h.data.sources['cisa-kev']).toBe('2026-08-21');
  });

  it('a new month with a new update and a new CVE: verdicts, open data and health move to it; stored results keep theirs', async () => {
    const old = hiddenVersionResult({ checkedAt: '2026-11-30T10:00:00.000Z', dataVersion: BUNDLED });
    await saveResult(env.DB, old, Date.now());
    const before = await assessment('15.2.2562.53');
    expect(before.body.assessment.verdict).toBe('up_to_date');
    expect(before.version).toBe(BUNDLED);

    await refreshFrom('november');

    const after = await assessment('15.2.2562.53');
    expect(after.version).toBe('2026-11-10');
    expect(after.body.dataVersion).toBe('2026-11-10');
    expect(after.body.assessment.verdict).toBe('vulnerable');
    expect(after.body.assessment.vulnerabilities.map((v) => [v.id, v.kev])).toContainEqual(['CVE-2026-99001', true]);
    expect((await assessment('15.2.2562.60')).body.assessment.verdict).toBe('up_to_date');

    const h = await health();
    expect(h.dataVersion).toBe('2026-11-10');
    expect(h.data).toMatchObject({ version: '2026-11-10', lastRefresh: { ok: true, error: null } });
    expect(h.data.refreshedAt).toBe(new Date(NOW).toISOString());
    expect(h.data.sources).toMatchObject({
      msrc: '2026-11-10',
      'cisa-kev': '2026-11-18',
      'ms-build-list': '2026-11-10',
    });
    expect(h.data.stale).toBe(isDataStale('2026-11-10', isoDay()));

    expect(buildsCsv()).toContain('15.2.2562.60,Exchange Server SE,SE,RTM,Nov26SU,2026-11-10');
    expect(cvesOpenData()).toMatchObject({ dataVersion: '2026-11-10' });
    expect(cvesOpenData().cves.find((c) => c.id === 'CVE-2026-99001')).toMatchObject({ kev: true, cvss: 8.8 });

    const stored = await app.request(`/api/v1/checks/${old.id}`, {}, env);
    expect(CheckResult.parse(await stored.json()).dataVersion).toBe(BUNDLED);
  });

  it('stores what the updater CLI writes from the same sources', async () => {
    await refreshFrom('november');
    const row = await env.DB.prepare('SELECT files FROM data_versions ORDER BY id DESC LIMIT 1').first<{
      files: string;
    }>();
    const stored = JSON.parse(row?.files ?? '{}');
    const cli = inject('updaterNovember');
    for (const file of ['meta', 'products', 'builds', 'cves'] as const) {
      expect(stored[file], file).toEqual(JSON.parse(cli[file] ?? 'null'));
    }
  });

  it('a month without Exchange updates confirms it: the version moves to its Update Tuesday, no build is added', async () => {
    const buildsBefore = buildsCsv().split('\r\n').length;
    await refreshFrom('quiet');
    const h = await health();
    expect(h.data.version).toBe('2026-11-10');
    expect(h.data.stale).toBe(isDataStale('2026-11-10', isoDay()));
    expect(isDataStale(BUNDLED, SCENARIO_DAY)).toBe(true);
    expect(isDataStale('2026-11-10', SCENARIO_DAY)).toBe(false);
    expect(buildsCsv().split('\r\n').length).toBe(buildsBefore);
  });

  it.each<[SourceScenario, string]>([
    ['msrc-down', 'source_status (msrc)'],
    ['malformed', 'source_malformed (kev)'],
    ['half-table', 'source_incomplete (builds)'],
  ])('%s changes nothing and says why (%s)', async (scenario, error) => {
    await refreshFrom(scenario);
    expect(await storedVersions()).toBe(0);
    const h = await health();
    expect(h.data.version).toBe(BUNDLED);
    expect(h.data.lastRefresh?.ok).toBe(false);
    expect(h.data.lastRefresh?.error).toContain(error);
    expect((await assessment('15.2.2562.53')).body.assessment.verdict).toBe('up_to_date');
  });

  it('a broken source after a good refresh keeps the good version answering', async () => {
    await refreshFrom('november');
    await refreshFrom('msrc-down');
    const h = await health();
    expect(h.data.version).toBe('2026-11-10');
    expect(h.data.lastRefresh).toMatchObject({ ok: false });
    expect(await storedVersions()).toBe(1);
  });

  it('in production a loopback source is refused before anything is fetched', async () => {
    await refreshFrom('november', { ENVIRONMENT: 'production' });
    const h = await health();
    expect(h.data.version).toBe(BUNDLED);
    expect(h.data.lastRefresh?.error).toContain('source_url_refused');
  });

  it('the daily cron refreshes and still purges expired results; the Update Tuesday runs only refresh', async () => {
    const old = hiddenVersionResult();
    await saveResult(env.DB, old, NOW - 40 * 86_400_000);
    const exists = async () =>
      (await env.DB.prepare('SELECT id FROM results WHERE id = ?').bind(old.id).first()) !== null;
    await refreshFrom('quiet');
    expect(await exists()).toBe(true);
    await refreshFrom('november', {}, '17 3 * * *');
    expect(await exists()).toBe(false);
    expect((await health()).data.version).toBe('2026-11-10');
  });

  it('a new SE CU: both CUs are serviced (N-1), each build on its newest update is up to date', async () => {
    await refreshFrom('se-cu1');
    for (const build of ['15.2.2562.60', '15.2.2650.8']) {
      const { body } = await assessment(build);
      expect(body.assessment, build).toMatchObject({ verdict: 'up_to_date', supported: true });
    }
    expect((await assessment('15.2.2650.4')).body.assessment.verdict).toBe('vulnerable');
    expect(cuSupportState('SE', 'RTM', SCENARIO_DAY)).toBe('supported');
    expect(cuSupportState('SE', 'CU1', SCENARIO_DAY)).toBe('supported');
  });
});

/**
 * The scheduled refresh in the Worker: the shared pipeline (src/lib/refresh) against the sources
 * of the configuration, then D1. A new valid version is stored and answers at once; a failed or
 * partial refresh stores nothing, and either way one report per whole refresh (`lastRefresh`).
 */
import overridesJson from '../../content/data/exchange/overrides.json' with { type: 'json' };
import { asRefreshError } from '../../src/lib/refresh/errors.ts';
import { fetchTextWith } from '../../src/lib/refresh/fetch-text.ts';
import { refresh } from '../../src/lib/refresh/refresh.ts';
import { sourceUrls } from '../../src/lib/refresh/sources.ts';
import { OverridesFile } from '../../src/lib/schemas/knowledge.ts';
import { isoDay } from '../../src/lib/today.ts';
import { type RefreshReport, recordRefresh, storeVersion } from '../store/data-versions.ts';
import { ensureLiveKnowledge } from './live.ts';

export interface RefreshSummary extends RefreshReport {
  /** Lines of the diff that was stored (empty when nothing was new or the refresh failed). */
  changes: string[];
  dataVersion: string;
}

export async function refreshKnowledge(env: Env, nowMs = Date.now()): Promise<RefreshSummary> {
  const live = await ensureLiveKnowledge(env.DB, nowMs, true);
  const current = live.kb.files;
  let outcome: Awaited<ReturnType<typeof refresh>>;
  try {
    outcome = await refresh({
      current,
      overrides: OverridesFile.parse(overridesJson),
      urls: sourceUrls(env, env.ENVIRONMENT === 'production'),
      fetchText: fetchTextWith(fetch),
      today: isoDay(nowMs),
    });
  } catch (error) {
    outcome = { ok: false, error: asRefreshError(error) };
  }
  if (!outcome.ok) {
    const report = { at: nowMs, ok: false, error: outcome.error.report };
    console.warn(`data refresh changed nothing: ${report.error}`);
    await recordRefresh(env.DB, report);
    return { ...report, changes: [], dataVersion: current.meta.dataVersion };
  }
  if (outcome.changed) {
    await storeVersion(env.DB, outcome.next, nowMs, outcome.changes.length);
    await ensureLiveKnowledge(env.DB, nowMs, true);
  } else {
    await recordRefresh(env.DB, { at: nowMs, ok: true, error: null });
  }
  return {
    at: nowMs,
    ok: true,
    error: null,
    changes: outcome.changed ? outcome.changes : [],
    dataVersion: outcome.next.meta.dataVersion,
  };
}

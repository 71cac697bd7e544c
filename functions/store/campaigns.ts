/**
 * Campaigns and their targets in D1. A target row holds its latest wave's state and findings; a
 * consumer claims it for that wave before checking, so that a redelivered message checks nothing
 * twice. Rows of a campaign are reachable only together with the id of the token that made it.
 */
import type { Finding } from '../../src/lib/campaign/rows.ts';
import type { Target } from '../../src/lib/campaign/upload.ts';
import type { Rejection } from '../../src/lib/schemas/campaign.ts';

/** Days a campaign is kept, stated on the privacy page (content/pages/{lang}/privacy.md). */
export const CAMPAIGN_TTL_DAYS = 90;
const TTL_MS = CAMPAIGN_TTL_DAYS * 24 * 3600_000;
/** Targets per INSERT: one JSON parameter each, well inside D1's statement and parameter limits. */
const INSERT_CHUNK = 500;

export interface CampaignRow {
  id: string;
  token_id: string;
  name: string;
  wave: number;
  total: number;
  rejected: string;
  created_at: number;
  finished_at: number | null;
}

export interface TargetRow {
  idx: number;
  line: number;
  host: string;
  organisation: string | null;
  language: string | null;
  reference: string | null;
  wave: number;
  state: 'pending' | 'running' | 'done';
  outcome: string | null;
  reason: string | null;
  build: string | null;
  verdict: string | null;
  supported: number | null;
  kev_open: number | null;
  confirmed_open: number | null;
  checked_at: string | null;
  result_id: string | null;
  previous_verdict: string | null;
}

export async function insertCampaign(
  db: D1Database,
  campaign: { id: string; tokenId: string; name: string; targets: readonly Target[]; rejected: readonly Rejection[] },
  nowMs: number,
): Promise<void> {
  const finished = campaign.targets.length === 0 ? nowMs : null;
  const statements = [
    db
      .prepare(
        'INSERT INTO campaigns (id, token_id, name, wave, total, rejected, created_at, finished_at) VALUES (?, ?, ?, 1, ?, ?, ?, ?)',
      )
      .bind(
        campaign.id,
        campaign.tokenId,
        campaign.name,
        campaign.targets.length,
        JSON.stringify(campaign.rejected),
        nowMs,
        finished,
      ),
  ];
  for (let start = 0; start < campaign.targets.length; start += INSERT_CHUNK) {
    const chunk = campaign.targets.slice(start, start + INSERT_CHUNK).map((t, i) => ({ ...t, idx: start + i }));
    statements.push(
      db
        .prepare(
          `INSERT INTO campaign_targets (campaign_id, idx, line, host, organisation, language, reference, wave, state)
           SELECT ?1, json_extract(value, '$.idx'), json_extract(value, '$.line'), json_extract(value, '$.host'),
                  json_extract(value, '$.organisation'), json_extract(value, '$.language'),
                  json_extract(value, '$.reference'), 1, 'pending'
           FROM json_each(?2)`,
        )
        .bind(campaign.id, JSON.stringify(chunk)),
    );
  }
  await db.batch(statements);
}

export function getCampaign(db: D1Database, id: string, tokenId: string): Promise<CampaignRow | null> {
  return db.prepare('SELECT * FROM campaigns WHERE id = ? AND token_id = ?').bind(id, tokenId).first<CampaignRow>();
}

export async function listCampaigns(db: D1Database, tokenId: string): Promise<CampaignRow[]> {
  const { results } = await db
    .prepare('SELECT * FROM campaigns WHERE token_id = ? ORDER BY created_at DESC LIMIT 200')
    .bind(tokenId)
    .all<CampaignRow>();
  return results;
}

export interface WaveProgress {
  started: number;
  checked: number;
  outcome: Record<string, number>;
  verdict: Record<string, number>;
}

export async function waveProgress(db: D1Database, id: string, wave: number): Promise<WaveProgress> {
  const [states, outcomes, verdicts] = await db.batch<{ key: string | null; n: number }>([
    db
      .prepare(
        'SELECT state AS key, COUNT(*) AS n FROM campaign_targets WHERE campaign_id = ? AND wave = ? GROUP BY state',
      )
      .bind(id, wave),
    db
      .prepare(
        "SELECT outcome AS key, COUNT(*) AS n FROM campaign_targets WHERE campaign_id = ? AND wave = ? AND state = 'done' GROUP BY outcome",
      )
      .bind(id, wave),
    db
      .prepare(
        "SELECT verdict AS key, COUNT(*) AS n FROM campaign_targets WHERE campaign_id = ? AND wave = ? AND state = 'done' AND verdict IS NOT NULL GROUP BY verdict",
      )
      .bind(id, wave),
  ]);
  const map = (rows: { key: string | null; n: number }[] | undefined) =>
    Object.fromEntries((rows ?? []).filter((r) => r.key !== null).map((r) => [r.key as string, r.n]));
  const byState = map(states?.results);
  return {
    started: (byState.running ?? 0) + (byState.done ?? 0),
    checked: byState.done ?? 0,
    outcome: map(outcomes?.results),
    verdict: map(verdicts?.results),
  };
}

/** The rows of the latest wave that are checked, in upload order. */
export async function checkedTargets(db: D1Database, id: string, wave: number): Promise<TargetRow[]> {
  const { results } = await db
    .prepare("SELECT * FROM campaign_targets WHERE campaign_id = ? AND wave = ? AND state = 'done' ORDER BY idx")
    .bind(id, wave)
    .all<TargetRow>();
  return results;
}

export async function pendingTargets(
  db: D1Database,
  id: string,
  wave: number,
): Promise<Array<Pick<TargetRow, 'idx' | 'host'>>> {
  const { results } = await db
    .prepare(
      "SELECT idx, host FROM campaign_targets WHERE campaign_id = ? AND wave = ? AND state != 'done' ORDER BY idx",
    )
    .bind(id, wave)
    .all<Pick<TargetRow, 'idx' | 'host'>>();
  return results;
}

export type Claim =
  | { state: 'claimed'; host: string; line: number }
  | { state: 'done' }
  | { state: 'busy' }
  | { state: 'gone' };

/**
 * Claims a target for one wave. `done`: already checked (a redelivered message); `busy`: another
 * consumer holds a live claim; `gone`: the campaign was deleted or a newer wave replaced this one.
 */
export async function claimTarget(
  db: D1Database,
  campaignId: string,
  idx: number,
  wave: number,
  nowMs: number,
  leaseMs: number,
): Promise<Claim> {
  const claimed = await db
    .prepare(
      `UPDATE campaign_targets SET state = 'running', lease_until = ?1
       WHERE campaign_id = ?2 AND idx = ?3 AND wave = ?4 AND (state = 'pending' OR (state = 'running' AND lease_until < ?5))
       RETURNING host, line`,
    )
    .bind(nowMs + leaseMs, campaignId, idx, wave, nowMs)
    .first<{ host: string; line: number }>();
  if (claimed) return { state: 'claimed', host: claimed.host, line: claimed.line };
  const row = await db
    .prepare('SELECT state, wave FROM campaign_targets WHERE campaign_id = ? AND idx = ?')
    .bind(campaignId, idx)
    .first<{ state: string; wave: number }>();
  if (!row || row.wave !== wave) return { state: 'gone' };
  return { state: row.state === 'done' ? 'done' : 'busy' };
}

/** Gives a claim back (the check is to be tried again later). */
export async function releaseTarget(db: D1Database, campaignId: string, idx: number, wave: number): Promise<void> {
  await db
    .prepare(
      "UPDATE campaign_targets SET state = 'pending', lease_until = NULL WHERE campaign_id = ? AND idx = ? AND wave = ? AND state = 'running'",
    )
    .bind(campaignId, idx, wave)
    .run();
}

const finishWave = (db: D1Database, campaignId: string, wave: number, nowMs: number) =>
  db
    .prepare(
      `UPDATE campaigns SET finished_at = ?1 WHERE id = ?2 AND wave = ?3 AND finished_at IS NULL
       AND NOT EXISTS (SELECT 1 FROM campaign_targets WHERE campaign_id = ?2 AND wave = ?3 AND state != 'done')`,
    )
    .bind(nowMs, campaignId, wave);

/** Stores a claimed target's findings. False when the campaign or the wave is gone meanwhile. */
export async function completeTarget(
  db: D1Database,
  target: { campaignId: string; idx: number; wave: number },
  finding: Finding,
  nowMs: number,
): Promise<boolean> {
  const { campaignId, idx, wave } = target;
  const statements = [
    db
      .prepare(
        `UPDATE campaign_targets SET state = 'done', lease_until = NULL, outcome = ?, reason = ?, build = ?, verdict = ?,
         supported = ?, kev_open = ?, confirmed_open = ?, checked_at = ?, result_id = ?
         WHERE campaign_id = ? AND idx = ? AND wave = ? AND state = 'running'`,
      )
      .bind(
        finding.outcome,
        finding.reason,
        finding.build,
        finding.verdict,
        finding.supported === null ? null : finding.supported ? 1 : 0,
        finding.kevOpen,
        finding.confirmedOpen,
        finding.checkedAt,
        finding.resultId,
        campaignId,
        idx,
        wave,
      ),
  ];
  if (finding.resultId) {
    // Only while the campaign exists, so that a deleted campaign leaves no link behind.
    statements.push(
      db
        .prepare(
          'INSERT OR IGNORE INTO campaign_results (campaign_id, result_id) SELECT ?1, ?2 WHERE EXISTS (SELECT 1 FROM campaigns WHERE id = ?1)',
        )
        .bind(campaignId, finding.resultId),
    );
  }
  statements.push(finishWave(db, campaignId, wave, nowMs));
  const [update] = await db.batch(statements);
  return (update?.meta.changes ?? 0) > 0;
}

/** A target the guard refuses when it is checked (its DNS changed): it leaves the campaign for `rejected`. */
export async function rejectTarget(
  db: D1Database,
  target: { campaignId: string; idx: number; wave: number },
  rejection: Rejection,
  nowMs: number,
): Promise<void> {
  const { campaignId, idx, wave } = target;
  const [removed] = await db.batch([
    db
      .prepare("DELETE FROM campaign_targets WHERE campaign_id = ? AND idx = ? AND wave = ? AND state = 'running'")
      .bind(campaignId, idx, wave),
  ]);
  if ((removed?.meta.changes ?? 0) === 0) return;
  await db.batch([
    db
      .prepare("UPDATE campaigns SET total = total - 1, rejected = json_insert(rejected, '$[#]', json(?)) WHERE id = ?")
      .bind(JSON.stringify(rejection), campaignId),
    finishWave(db, campaignId, wave, nowMs),
  ]);
}

/** Starts the next wave: every target pending again, its verdict kept as the previous one. */
export async function startWave(db: D1Database, campaignId: string): Promise<number | null> {
  const row = await db
    .prepare('UPDATE campaigns SET wave = wave + 1, finished_at = NULL WHERE id = ? RETURNING wave, total')
    .bind(campaignId)
    .first<{ wave: number; total: number }>();
  if (!row) return null;
  await db
    .prepare(
      `UPDATE campaign_targets SET wave = ?, state = 'pending', lease_until = NULL, previous_verdict = verdict,
       outcome = NULL, reason = NULL, build = NULL, verdict = NULL, supported = NULL, kev_open = NULL,
       confirmed_open = NULL, checked_at = NULL, result_id = NULL
       WHERE campaign_id = ?`,
    )
    .bind(row.wave, campaignId)
    .run();
  if (row.total === 0) await finishWave(db, campaignId, row.wave, Date.now()).run();
  return row.wave;
}

/** Everything of a campaign: its check results, targets and the campaign itself. */
export async function deleteCampaign(db: D1Database, id: string, tokenId: string): Promise<boolean> {
  const [, , , gone] = await db.batch([
    db
      .prepare(
        'DELETE FROM results WHERE id IN (SELECT result_id FROM campaign_results WHERE campaign_id = ?1) AND EXISTS (SELECT 1 FROM campaigns WHERE id = ?1 AND token_id = ?2)',
      )
      .bind(id, tokenId),
    db
      .prepare(
        'DELETE FROM campaign_results WHERE campaign_id = ?1 AND EXISTS (SELECT 1 FROM campaigns WHERE id = ?1 AND token_id = ?2)',
      )
      .bind(id, tokenId),
    db
      .prepare(
        'DELETE FROM campaign_targets WHERE campaign_id = ?1 AND EXISTS (SELECT 1 FROM campaigns WHERE id = ?1 AND token_id = ?2)',
      )
      .bind(id, tokenId),
    db.prepare('DELETE FROM campaigns WHERE id = ? AND token_id = ?').bind(id, tokenId),
  ]);
  return (gone?.meta.changes ?? 0) > 0;
}

/** The scheduled purge: campaigns older than the retention period, with everything of them. */
export async function purgeExpiredCampaigns(db: D1Database, nowMs: number): Promise<number> {
  const { results } = await db
    .prepare('SELECT id, token_id FROM campaigns WHERE created_at <= ?')
    .bind(nowMs - TTL_MS)
    .all<{ id: string; token_id: string }>();
  for (const row of results) await deleteCampaign(db, row.id, row.token_id);
  return results.length;
}

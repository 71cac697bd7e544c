/**
 * Check results in D1. A result is found only by its random id; nothing identifies the person who
 * ran the check (no address, no cookie). Rows older than RESULT_TTL_DAYS are gone: deleted daily by
 * the scheduled handler, and never returned on read even before that. A reused result is a copy:
 * a row of its own (its own id, its own expiry) whose `ref` points at the row holding the body.
 */
import { RESULT_RETENTION_DAYS } from '../../src/lib/limits.ts';
import { randomBase64url } from '../../src/lib/random.ts';
import { CheckResult, resultLinks } from '../../src/lib/schemas/api.ts';

export const RESULT_TTL_DAYS = RESULT_RETENTION_DAYS;
const TTL_SECONDS = RESULT_TTL_DAYS * 24 * 3600;

const nowSeconds = (nowMs: number) => Math.floor(nowMs / 1000);

/** 128 random bits, base64url without padding (22 characters). */
export const newResultId = (): string => randomBase64url(16);

export async function saveResult(db: D1Database, result: CheckResult, nowMs: number): Promise<void> {
  const valid = CheckResult.parse(result);
  // `links` follow from the id the row answers under: not stored (a kept copy gets a new id).
  const { links: _derived, ...body } = valid;
  await db
    .prepare('INSERT INTO results (id, host, checked_at, created_at, reused, body) VALUES (?, ?, ?, ?, ?, ?)')
    .bind(valid.id, valid.host, valid.checkedAt, nowSeconds(nowMs), valid.reused ? 1 : 0, JSON.stringify(body))
    .run();
}

/**
 * Saves a reused result as a pointer to the checked one (which must still exist). Returns false
 * when the checked row is gone, so that nothing is ever handed out that cannot be read.
 */
export async function saveCopy(db: D1Database, originId: string, copyId: string, nowMs: number): Promise<boolean> {
  const res = await db
    .prepare(
      "INSERT INTO results (id, host, checked_at, created_at, reused, body, ref) SELECT ?1, host, checked_at, ?2, 1, '', id FROM results WHERE id = ?3 AND ref IS NULL",
    )
    .bind(copyId, nowSeconds(nowMs), originId)
    .run();
  return (res.meta.changes ?? 0) > 0;
}

/** How many copies point at a checked result, and the newest of them. */
export async function copiesOf(db: D1Database, originId: string): Promise<{ count: number; newest: string | null }> {
  const row = await db
    .prepare(
      'SELECT COUNT(*) AS count, (SELECT id FROM results WHERE ref = ?1 ORDER BY created_at DESC, rowid DESC LIMIT 1) AS newest FROM results WHERE ref = ?1',
    )
    .bind(originId)
    .first<{ count: number; newest: string | null }>();
  return { count: row?.count ?? 0, newest: row?.newest ?? null };
}

function parseRow(row: { id: string; body: string } | null): CheckResult | null {
  if (!row || row.body === '') return null;
  const parsed = CheckResult.safeParse({ ...JSON.parse(row.body), links: resultLinks(row.id) });
  return parsed.success ? parsed.data : null;
}

export async function getResult(db: D1Database, id: string, nowMs: number): Promise<CheckResult | null> {
  const row = await db
    .prepare(
      'SELECT r.id AS id, r.reused AS reused, COALESCE(o.body, r.body) AS body FROM results r LEFT JOIN results o ON o.id = r.ref WHERE r.id = ? AND r.created_at > ?',
    )
    .bind(id, nowSeconds(nowMs) - TTL_SECONDS)
    .first<{ id: string; reused: number; body: string }>();
  const result = parseRow(row);
  return result && row ? { ...result, id: row.id, reused: row.reused === 1, links: resultLinks(row.id) } : null;
}

/**
 * The newest checked result (never a copy) for a host written within the last `withinSeconds`,
 * if any: the one to reuse within the cooldown, or when the host's budget is spent.
 */
export async function findRecentResult(
  db: D1Database,
  host: string,
  withinSeconds: number,
  nowMs: number,
): Promise<CheckResult | null> {
  if (withinSeconds <= 0) return null;
  const row = await db
    .prepare(
      'SELECT id, body FROM results WHERE host = ? AND created_at > ? AND ref IS NULL AND reused = 0 ORDER BY created_at DESC LIMIT 1',
    )
    .bind(host, nowSeconds(nowMs) - withinSeconds)
    .first<{ id: string; body: string }>();
  const result = parseRow(row);
  return result && row ? { ...result, id: row.id, links: resultLinks(row.id) } : null;
}

/** Seconds until a new check of this host may probe again (0 when it may now). */
export async function cooldownRemaining(
  db: D1Database,
  host: string,
  cooldownSeconds: number,
  nowMs: number,
): Promise<number> {
  if (cooldownSeconds <= 0) return 0;
  const row = await db
    .prepare('SELECT MAX(created_at) AS last FROM results WHERE host = ? AND reused = 0 AND ref IS NULL')
    .bind(host)
    .first<{ last: number | null }>();
  if (!row?.last) return 0;
  return Math.max(0, row.last + cooldownSeconds - nowSeconds(nowMs));
}

/**
 * Deletes one result at once: its id no longer answers. When copies point at it, the findings of
 * the host stay for their holders, under a new random id that nobody holds (and not in the body).
 */
export async function deleteResult(db: D1Database, id: string): Promise<boolean> {
  const keeper = newResultId();
  const [, renamed, deleted] = await db.batch([
    db.prepare('UPDATE results SET ref = ?2 WHERE ref = ?1').bind(id, keeper),
    db
      .prepare(
        "UPDATE results SET id = ?2, body = json_set(body, '$.id', ?2) WHERE id = ?1 AND EXISTS (SELECT 1 FROM results WHERE ref = ?2)",
      )
      .bind(id, keeper),
    db.prepare('DELETE FROM results WHERE id = ?1').bind(id),
  ]);
  return (renamed?.meta.changes ?? 0) + (deleted?.meta.changes ?? 0) > 0;
}

/** Copies are made within minutes of their checked row, so that row outlives them by minutes at most. */
export async function purgeExpiredResults(db: D1Database, nowMs: number): Promise<number> {
  const res = await db
    .prepare(
      'DELETE FROM results WHERE created_at <= ?1 AND NOT EXISTS (SELECT 1 FROM results AS c WHERE c.ref = results.id AND c.created_at > ?1)',
    )
    .bind(nowSeconds(nowMs) - TTL_SECONDS)
    .run();
  return res.meta.changes ?? 0;
}

/** Several results at once (a campaign's letters), unexpired ones only, keyed by id. */
export async function getResults(
  db: D1Database,
  ids: readonly string[],
  nowMs: number,
): Promise<Map<string, CheckResult>> {
  const found = new Map<string, CheckResult>();
  for (let start = 0; start < ids.length; start += 500) {
    const { results } = await db
      .prepare('SELECT id, body FROM results WHERE id IN (SELECT value FROM json_each(?)) AND created_at > ?')
      .bind(JSON.stringify(ids.slice(start, start + 500)), nowSeconds(nowMs) - TTL_SECONDS)
      .all<{ id: string; body: string }>();
    for (const row of results) {
      const result = parseRow(row);
      if (result) found.set(result.id, result);
    }
  }
  return found;
}

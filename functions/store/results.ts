/**
 * Check results in D1. A result is found only by its random id; nothing identifies the person who
 * ran the check (no address, no cookie). Rows older than RESULT_TTL_DAYS are gone: deleted daily by
 * the scheduled handler, and never returned on read even before that.
 */
import { randomBase64url } from '../../src/lib/random.ts';
import { CheckResult } from '../../src/lib/schemas/api.ts';

export const RESULT_TTL_DAYS = 30;
const TTL_SECONDS = RESULT_TTL_DAYS * 24 * 3600;

const nowSeconds = (nowMs: number) => Math.floor(nowMs / 1000);

/** 128 random bits, base64url without padding (22 characters). */
export const newResultId = (): string => randomBase64url(16);

export async function saveResult(db: D1Database, result: CheckResult, nowMs: number): Promise<void> {
  const valid = CheckResult.parse(result);
  await db
    .prepare('INSERT INTO results (id, host, checked_at, created_at, reused, body) VALUES (?, ?, ?, ?, ?, ?)')
    .bind(valid.id, valid.host, valid.checkedAt, nowSeconds(nowMs), valid.reused ? 1 : 0, JSON.stringify(valid))
    .run();
}

function parseRow(row: { body: string } | null): CheckResult | null {
  if (!row) return null;
  const parsed = CheckResult.safeParse(JSON.parse(row.body));
  return parsed.success ? parsed.data : null;
}

export async function getResult(db: D1Database, id: string, nowMs: number): Promise<CheckResult | null> {
  const row = await db
    .prepare('SELECT body FROM results WHERE id = ? AND created_at > ?')
    .bind(id, nowSeconds(nowMs) - TTL_SECONDS)
    .first<{ body: string }>();
  return parseRow(row);
}

/** The newest result for a host written within the cooldown, if any (never a reused copy's copy). */
export async function findRecentResult(
  db: D1Database,
  host: string,
  cooldownSeconds: number,
  nowMs: number,
): Promise<CheckResult | null> {
  if (cooldownSeconds <= 0) return null;
  const row = await db
    .prepare(
      'SELECT body FROM results WHERE host = ? AND created_at > ? AND reused = 0 ORDER BY created_at DESC LIMIT 1',
    )
    .bind(host, nowSeconds(nowMs) - cooldownSeconds)
    .first<{ body: string }>();
  return parseRow(row);
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
    .prepare('SELECT MAX(created_at) AS last FROM results WHERE host = ? AND reused = 0')
    .bind(host)
    .first<{ last: number | null }>();
  if (!row?.last) return 0;
  return Math.max(0, row.last + cooldownSeconds - nowSeconds(nowMs));
}

export async function deleteResult(db: D1Database, id: string): Promise<boolean> {
  const res = await db.prepare('DELETE FROM results WHERE id = ?').bind(id).run();
  return (res.meta.changes ?? 0) > 0;
}

export async function purgeExpiredResults(db: D1Database, nowMs: number): Promise<number> {
  const res = await db
    .prepare('DELETE FROM results WHERE created_at <= ?')
    .bind(nowSeconds(nowMs) - TTL_SECONDS)
    .run();
  return res.meta.changes ?? 0;
}

/**
 * Knowledge base versions and refresh reports in D1. A version is written only after the refresh
 * validated it; older versions are kept (a few) so that a bad deploy of the reader can fall back.
 */
import type { KnowledgeBase } from '../../src/lib/schemas/knowledge.ts';

export interface StoredVersion {
  id: number;
  storedAt: number;
  files: KnowledgeBase;
}

export interface RefreshReport {
  at: number;
  ok: boolean;
  error: string | null;
}

/** Versions kept besides the newest: enough to look back, little enough to stay small. */
const KEEP_VERSIONS = 5;

export async function newestVersionId(db: D1Database): Promise<number | null> {
  const row = await db.prepare('SELECT id FROM data_versions ORDER BY id DESC LIMIT 1').first<{ id: number }>();
  return row?.id ?? null;
}

export async function readVersion(db: D1Database, id: number): Promise<StoredVersion | null> {
  const row = await db
    .prepare('SELECT id, stored_at, files FROM data_versions WHERE id = ?')
    .bind(id)
    .first<{ id: number; stored_at: number; files: string }>();
  return row ? { id: row.id, storedAt: row.stored_at, files: JSON.parse(row.files) as KnowledgeBase } : null;
}

/** Stores a validated version and the report of its refresh in one batch (both or neither). */
export async function storeVersion(
  db: D1Database,
  files: KnowledgeBase,
  nowMs: number,
  changes: number,
): Promise<void> {
  await db.batch([
    db
      .prepare('INSERT INTO data_versions (data_version, stored_at, files) VALUES (?, ?, ?)')
      .bind(files.meta.dataVersion, nowMs, JSON.stringify(files)),
    db
      .prepare('DELETE FROM data_versions WHERE id NOT IN (SELECT id FROM data_versions ORDER BY id DESC LIMIT ?)')
      .bind(KEEP_VERSIONS + 1),
    db.prepare('INSERT INTO data_refreshes (at, ok, error, changes) VALUES (?, 1, NULL, ?)').bind(nowMs, changes),
  ]);
}

export async function recordRefresh(db: D1Database, report: RefreshReport): Promise<void> {
  await db
    .prepare('INSERT INTO data_refreshes (at, ok, error, changes) VALUES (?, ?, ?, 0)')
    .bind(report.at, report.ok ? 1 : 0, report.error)
    .run();
  await db
    .prepare('DELETE FROM data_refreshes WHERE at < ?')
    .bind(report.at - 90 * 24 * 3600 * 1000)
    .run();
}

export async function lastRefresh(db: D1Database): Promise<RefreshReport | null> {
  const row = await db
    .prepare('SELECT at, ok, error FROM data_refreshes ORDER BY id DESC LIMIT 1')
    .first<{ at: number; ok: number; error: string | null }>();
  return row ? { at: row.at, ok: row.ok === 1, error: row.error } : null;
}

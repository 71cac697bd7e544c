/**
 * A short lock per host in D1, so that checks of one host that arrive together send one probe
 * between them, not one each. A stale lock (a Worker that died mid-check) expires by itself.
 */
export async function claimProbe(db: D1Database, host: string, nowMs: number, holdMs: number): Promise<boolean> {
  const res = await db
    .prepare(
      'INSERT INTO probe_locks (host, until) VALUES (?1, ?2) ON CONFLICT (host) DO UPDATE SET until = excluded.until WHERE probe_locks.until < ?3',
    )
    .bind(host, nowMs + holdMs, nowMs)
    .run();
  return (res.meta.changes ?? 0) > 0;
}

export async function releaseProbe(db: D1Database, host: string): Promise<void> {
  await db.prepare('DELETE FROM probe_locks WHERE host = ?').bind(host).run();
}

-- One probe per host at a time: concurrent checks of the same host wait for it and reuse its result.
CREATE TABLE probe_locks (
  host TEXT PRIMARY KEY,      -- normalised hostname being probed
  until INTEGER NOT NULL      -- unix milliseconds after which the lock is stale
);

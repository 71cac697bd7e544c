-- Check results. No client address, no account: a result is found only by its random id.
CREATE TABLE results (
  id TEXT PRIMARY KEY,            -- 128 random bits, base64url
  host TEXT NOT NULL,             -- normalised hostname that was checked
  checked_at TEXT NOT NULL,       -- ISO time the server was contacted
  created_at INTEGER NOT NULL,    -- unix seconds this row was written (expiry after 30 days)
  reused INTEGER NOT NULL DEFAULT 0,
  body TEXT NOT NULL              -- the CheckResult as JSON (validated on write and on read)
);
CREATE INDEX results_host_checked ON results (host, created_at);
CREATE INDEX results_created ON results (created_at);

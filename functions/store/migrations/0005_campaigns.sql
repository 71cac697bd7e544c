-- Campaigns of CERTs: API tokens (hash only), site sessions (hash only), campaigns and their targets.
CREATE TABLE api_tokens (
  id TEXT PRIMARY KEY,            -- random, names the token in campaigns and sessions
  name TEXT NOT NULL,             -- who holds it ("CERT Example")
  token_hash TEXT NOT NULL UNIQUE,-- SHA-256 of the token, hex; the token itself is never stored
  created_at INTEGER NOT NULL,    -- unix milliseconds
  revoked_at INTEGER              -- unix milliseconds; a revoked token opens nothing
);

CREATE TABLE campaign_sessions (
  session_hash TEXT PRIMARY KEY,  -- SHA-256 of the session cookie's value, hex
  token_id TEXT NOT NULL,
  expires_at INTEGER NOT NULL     -- unix milliseconds
);
CREATE INDEX campaign_sessions_expiry ON campaign_sessions (expires_at);

CREATE TABLE campaigns (
  id TEXT PRIMARY KEY,            -- 128 random bits, base64url
  token_id TEXT NOT NULL,         -- the only token that sees it
  name TEXT NOT NULL,
  wave INTEGER NOT NULL DEFAULT 1,
  total INTEGER NOT NULL,         -- accepted targets (a target refused when checked leaves it)
  rejected TEXT NOT NULL,         -- JSON [{ line, input, code }]
  created_at INTEGER NOT NULL,    -- unix milliseconds (expiry after the retention period)
  finished_at INTEGER             -- unix milliseconds the latest wave ended, null while it runs
);
CREATE INDEX campaigns_token ON campaigns (token_id, created_at);
CREATE INDEX campaigns_created ON campaigns (created_at);

CREATE TABLE campaign_targets (
  campaign_id TEXT NOT NULL,
  idx INTEGER NOT NULL,           -- 0-based position among the accepted targets
  line INTEGER NOT NULL,          -- CSV line or JSON index of the upload
  host TEXT NOT NULL,
  organisation TEXT,
  language TEXT,
  reference TEXT,
  wave INTEGER NOT NULL,          -- the wave this row's state belongs to
  state TEXT NOT NULL,            -- 'pending' | 'running' | 'done'
  lease_until INTEGER,            -- unix milliseconds: a 'running' claim older than this is free again
  outcome TEXT,
  reason TEXT,
  build TEXT,
  verdict TEXT,
  supported INTEGER,
  kev_open INTEGER,
  confirmed_open INTEGER,
  checked_at TEXT,
  result_id TEXT,
  previous_verdict TEXT,
  PRIMARY KEY (campaign_id, idx)
);
CREATE INDEX campaign_targets_state ON campaign_targets (campaign_id, wave, state);

-- Every check result a campaign wrote (all waves), so that deleting the campaign deletes them too.
CREATE TABLE campaign_results (
  campaign_id TEXT NOT NULL,
  result_id TEXT NOT NULL,
  PRIMARY KEY (campaign_id, result_id)
);

-- Knowledge base versions written by the scheduled refresh; the newest one answers. Never updated
-- in place: a refresh adds a row, so the last good version stays until a newer valid one exists.
CREATE TABLE data_versions (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  data_version TEXT NOT NULL,     -- meta.dataVersion of the files (YYYY-MM-DD)
  stored_at INTEGER NOT NULL,     -- unix milliseconds
  files TEXT NOT NULL             -- the four files as one JSON object, validated before it is written
);
-- One row per whole refresh, written after its version was stored or refused.
CREATE TABLE data_refreshes (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  at INTEGER NOT NULL,            -- unix milliseconds
  ok INTEGER NOT NULL,            -- 1 when every source was read and the result validated
  error TEXT,                     -- why nothing was stored (code, source, message), else NULL
  changes INTEGER NOT NULL        -- number of changes stored (0 when the sources said nothing new)
);

-- Migrations renumbered after they had been applied: two files had the number 0003 (data_versions
-- and result_copies, added in that order), so result_copies became 0004 and campaigns 0005.
-- A database migrated before that lists them in d1_migrations under their old names, and
-- `wrangler d1 migrations apply` would run them again under the new ones and fail (the column and
-- the tables are there). This records them under their new names; a database migrated after the
-- renumbering, or not at all, is left as it is. The local scripts run it before every migration
-- (scripts/local.ts applyMigrations); a deployed database needs it once (README, Deploy).

-- The table as wrangler itself creates it, so that the statements below run on any database.
CREATE TABLE IF NOT EXISTS d1_migrations(
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  name TEXT UNIQUE,
  applied_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL
);
UPDATE d1_migrations SET name = '0005_campaigns.sql' WHERE name = '0004_campaigns.sql';
UPDATE d1_migrations SET name = '0004_result_copies.sql' WHERE name = '0003_result_copies.sql';

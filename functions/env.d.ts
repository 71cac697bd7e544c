interface Env {
  ASSETS: Fetcher;
  DB: D1Database;
}

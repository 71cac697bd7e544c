/**
 * What the local runs share: `npm start` and `npm run preview` (the built site in wrangler dev) and
 * `npm run dev` (astro dev with live reload). One local configuration of the Worker: the production
 * one of wrangler.toml with the environment `local`, and the limits and test variables of the
 * public contract (docs/api.md) taken from the process environment. One way to run a server on
 * 127.0.0.1 and stop it, and whatever it started, cleanly on Ctrl-C or SIGTERM.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

export const root = fileURLToPath(new URL('..', import.meta.url));

export const LocalEnv = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(8787),
  DOH_ENDPOINT: z.url().optional(),
  TEST_TARGETS: z.string().optional(),
  CHECK_RATE_LIMIT: z.coerce.number().int().min(1).optional(),
  TARGET_RATE_LIMIT: z.coerce.number().int().min(1).optional(),
  TARGET_COOLDOWN_S: z.coerce.number().int().min(0).optional(),
  CHECK_DEADLINE_MS: z.coerce.number().int().min(100).optional(),
  CHECK_MAX_SUBREQUESTS: z.coerce.number().int().min(1).optional(),
  CAMPAIGN_CONCURRENCY: z.coerce.number().int().min(1).max(100).optional(),
  SKIP_BUILD: z.enum(['0', '1']).optional(),
  // Data sources of the refresh; locally also http://127.0.0.1:PORT (the Worker checks the rule).
  SOURCE_MSRC: z.url().optional(),
  SOURCE_BUILDS: z.url().optional(),
  SOURCE_KEV: z.url().optional(),
  SOURCE_CVE: z.url().optional(),
});
export type LocalEnv = z.infer<typeof LocalEnv>;

/** The production limits live in wrangler.toml; local runs take them from the environment. */
export function localConfig(production: Record<string, unknown>, env: LocalEnv) {
  const vars: Record<string, string> = { ...(production.vars as Record<string, string>), ENVIRONMENT: 'local' };
  if (env.DOH_ENDPOINT) vars.DOH_ENDPOINT = env.DOH_ENDPOINT;
  if (env.TEST_TARGETS) vars.TEST_TARGETS = env.TEST_TARGETS;
  if (env.TARGET_COOLDOWN_S !== undefined) vars.TARGET_COOLDOWN_S = String(env.TARGET_COOLDOWN_S);
  if (env.CHECK_DEADLINE_MS !== undefined) vars.CHECK_DEADLINE_MS = String(env.CHECK_DEADLINE_MS);
  if (env.CHECK_MAX_SUBREQUESTS !== undefined) vars.CHECK_MAX_SUBREQUESTS = String(env.CHECK_MAX_SUBREQUESTS);
  if (env.CAMPAIGN_CONCURRENCY !== undefined) vars.CAMPAIGN_CONCURRENCY = String(env.CAMPAIGN_CONCURRENCY);
  for (const name of ['SOURCE_MSRC', 'SOURCE_BUILDS', 'SOURCE_KEV', 'SOURCE_CVE'] as const) {
    const value = env[name];
    if (value) vars[name] = value;
  }
  vars.SITE_HOSTNAMES = [vars.SITE_HOSTNAMES, '127.0.0.1', 'localhost'].filter(Boolean).join(',');
  const limits: Record<string, number | undefined> = {
    CHECK_LIMITER: env.CHECK_RATE_LIMIT,
    TARGET_LIMITER: env.TARGET_RATE_LIMIT,
  };
  const ratelimits = (production.ratelimits as Array<{ name: string; simple: { limit: number; period: number } }>).map(
    (r) => ({ ...r, simple: { ...r.simple, limit: limits[r.name] ?? r.simple.limit } }),
  );
  // /__scheduled (the local run of the cron tasks) is answered by the Worker: it must get the request first.
  const assets = production.assets as { run_worker_first?: string[] } | undefined;
  const first = (assets?.run_worker_first ?? []).filter((rule) => rule !== '/__scheduled');
  const withScheduled = assets ? { assets: { ...assets, run_worker_first: [...first, '/__scheduled'] } } : {};
  return { ...production, ...withScheduled, vars, ratelimits, triggers: { crons: [] } };
}

/**
 * Writes the local configuration beside the built one (dist/server/wrangler.local.json, so that its
 * relative paths still hold) and returns its path. The built file, the one `wrangler deploy` reads,
 * stays as the build wrote it: production is the default, and nothing local changes it.
 */
export function writeLocalConfig(builtPath: string, env: LocalEnv): string {
  const built = JSON.parse(readFileSync(builtPath, 'utf8')) as Record<string, unknown>;
  const localPath = join(dirname(builtPath), 'wrangler.local.json');
  writeFileSync(localPath, JSON.stringify(localConfig(built, env), null, 2));
  return localPath;
}

/**
 * Local state (D1, Queues, rate limits) in the repository root, whichever configuration file is
 * used. LOCAL_STATE_DIR moves it: the end-to-end run starts from an empty one of its own, so that
 * what `npm start` stored (results, a local data refresh, campaigns) never changes what it sees.
 */
export const stateDir = process.env.LOCAL_STATE_DIR ?? `${root}.wrangler/state`;

/** No telemetry, and no fetch of Cloudflare's request metadata from the internet (a placeholder does). */
export const quietEnv = {
  ...process.env,
  ASTRO_TELEMETRY_DISABLED: '1',
  WRANGLER_SEND_METRICS: 'false',
  CLOUDFLARE_CF_FETCH_ENABLED: 'false',
  // A local run builds with the local (placeholder) publisher; only a production build refuses it.
  SITE_BUILD: 'local',
};

export function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, env: quietEnv, stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} failed (${signal ?? code})`)),
    );
  });
}

/** Records renumbered migrations under their new names in a database migrated before (see the file). */
export const RENAMED_MIGRATIONS = `${root}functions/store/renamed-migrations.sql`;

/**
 * `wrangler d1 migrations apply DB` with `where` (--local, its --config and --persist-to). A local
 * database that exists already first gets the new names of renumbered migrations, so that none of
 * them runs twice; a new one has nothing to rename.
 */
export async function applyMigrations(where: string[]): Promise<void> {
  if (existsSync(`${stateDir}/v3/d1`))
    await run('wrangler', ['d1', 'execute', 'DB', ...where, '--yes', '--file', RENAMED_MIGRATIONS]);
  await run('wrangler', ['d1', 'migrations', 'apply', 'DB', ...where]);
}

/** The local D1 database under .wrangler/state, migrated to the schema of functions/store/migrations. */
export const migrateLocalDatabase = () => applyMigrations(['--local']);

async function waitUntilServing(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`the server exited before it answered at ${url}`);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`no answer from ${url} within ${timeoutMs / 1000} s`);
}

/**
 * Runs a server in its own process group, so that one signal reaches it and its workerd together,
 * and prints its address once /api/health answers. Both SIGINT and SIGTERM become SIGINT for the
 * group (wrangler shuts workerd down on SIGINT only); a group still there after 10 s is killed,
 * so no workerd is ever left behind.
 */
export async function serve(command: string, args: string[], env: NodeJS.ProcessEnv, port: number): Promise<void> {
  const server = spawn(command, args, { cwd: root, env, stdio: ['ignore', 'inherit', 'inherit'], detached: true });
  const stop = () => {
    if (!server.pid || server.exitCode !== null) return;
    const group = -server.pid;
    try {
      process.kill(group, 'SIGINT');
    } catch {
      return;
    }
    setTimeout(() => {
      try {
        process.kill(group, 'SIGKILL');
      } catch {
        // already gone
      }
    }, 10_000).unref();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  server.on('exit', (code) => process.exit(code ?? 0));

  const url = `http://127.0.0.1:${port}`;
  await waitUntilServing(`${url}/api/health`, server, 120_000);
  console.log(`\nExchange Self-Check is running at ${url}/ (Ctrl-C to stop)\n`);
}

export function fail(command: string): (error: unknown) => never {
  return (error) => {
    console.error(`${command}: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  };
}

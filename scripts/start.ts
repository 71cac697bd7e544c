/**
 * `npm start`: build the site, derive the local Worker configuration from the environment,
 * apply the D1 migrations to the local database, and serve site and API with wrangler dev
 * (workerd, local D1/KV under .wrangler/state) on 127.0.0.1. Stops cleanly on SIGINT/SIGTERM.
 *
 * Also used by the end-to-end runner, which sets the same variables (see ../shared/api.md).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const root = fileURLToPath(new URL('..', import.meta.url));
const generatedConfig = `${root}dist/server/wrangler.json`;

const LocalEnv = z.object({
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
});

const quietEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', WRANGLER_SEND_METRICS: 'false' };

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, env: quietEnv, stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} failed (${signal ?? code})`)),
    );
  });
}

/** The production limits live in wrangler.toml; local runs take them from the environment. */
export function localConfig(generated: Record<string, unknown>, env: z.infer<typeof LocalEnv>) {
  const vars: Record<string, string> = { ...(generated.vars as Record<string, string>), ENVIRONMENT: 'local' };
  if (env.DOH_ENDPOINT) vars.DOH_ENDPOINT = env.DOH_ENDPOINT;
  if (env.TEST_TARGETS) vars.TEST_TARGETS = env.TEST_TARGETS;
  if (env.TARGET_COOLDOWN_S !== undefined) vars.TARGET_COOLDOWN_S = String(env.TARGET_COOLDOWN_S);
  if (env.CHECK_DEADLINE_MS !== undefined) vars.CHECK_DEADLINE_MS = String(env.CHECK_DEADLINE_MS);
  if (env.CHECK_MAX_SUBREQUESTS !== undefined) vars.CHECK_MAX_SUBREQUESTS = String(env.CHECK_MAX_SUBREQUESTS);
  if (env.CAMPAIGN_CONCURRENCY !== undefined) vars.CAMPAIGN_CONCURRENCY = String(env.CAMPAIGN_CONCURRENCY);
  vars.SITE_HOSTNAMES = [vars.SITE_HOSTNAMES, '127.0.0.1', 'localhost'].filter(Boolean).join(',');
  const limits: Record<string, number | undefined> = {
    CHECK_LIMITER: env.CHECK_RATE_LIMIT,
    TARGET_LIMITER: env.TARGET_RATE_LIMIT,
  };
  const ratelimits = (generated.ratelimits as Array<{ name: string; simple: { limit: number; period: number } }>).map(
    (r) => ({ ...r, simple: { ...r.simple, limit: limits[r.name] ?? r.simple.limit } }),
  );
  return { ...generated, vars, ratelimits, triggers: { crons: [] } };
}

async function waitUntilServing(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error('wrangler dev exited before serving');
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

async function main() {
  const env = LocalEnv.parse(process.env);
  if (env.SKIP_BUILD !== '1') await run('astro', ['build']);

  const generated = JSON.parse(readFileSync(generatedConfig, 'utf8')) as Record<string, unknown>;
  writeFileSync(generatedConfig, JSON.stringify(localConfig(generated, env), null, 2));
  await run('wrangler', ['d1', 'migrations', 'apply', 'DB', '--local']);

  // Own process group, so that one signal reaches wrangler and workerd together.
  const server = spawn('wrangler', ['dev', '--ip', '127.0.0.1', '--port', String(env.PORT), '--log-level', 'warn'], {
    cwd: root,
    env: quietEnv,
    stdio: ['ignore', 'inherit', 'inherit'],
    detached: true,
  });
  // wrangler shuts workerd down on SIGINT (not on SIGTERM), so both signals become SIGINT for the
  // group; a group that is still there after 10 s is killed, so no workerd is ever left behind.
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

  const url = `http://127.0.0.1:${env.PORT}`;
  await waitUntilServing(`${url}/api/health`, server, 120_000);
  console.log(`\nExchange Self-Check is running at ${url}/ (Ctrl-C to stop)\n`);
}

main().catch((error: unknown) => {
  console.error(`npm start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});

/**
 * `npm start`: build the site, derive the local Worker configuration from the environment,
 * apply the D1 migrations to the local database, and serve site and API with wrangler dev
 * (workerd, local D1/KV under .wrangler/state) on 127.0.0.1. Stops cleanly on SIGINT/SIGTERM.
 *
 * Also used by the end-to-end runner, which sets the same variables (see ../shared/api.md).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { LocalEnv, writeLocalConfig } from './local-config.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const generatedConfig = `${root}dist/server/wrangler.json`;
/** Local state (D1, Queues, rate limits) in the repository root, whichever config file is used. */
const stateDir = `${root}.wrangler/state`;

// SITE_BUILD=local: this build serves 127.0.0.1 only, so the placeholder domain is allowed.
const quietEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', WRANGLER_SEND_METRICS: 'false', SITE_BUILD: 'local' };

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, env: quietEnv, stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} failed (${signal ?? code})`)),
    );
  });
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

  const config = writeLocalConfig(generatedConfig, env);
  await run('wrangler', ['d1', 'migrations', 'apply', 'DB', '--local', '--config', config, '--persist-to', stateDir]);

  // Own process group, so that one signal reaches wrangler and workerd together.
  const devArgs = [
    'dev',
    '--config',
    config,
    '--persist-to',
    stateDir,
    '--ip',
    '127.0.0.1',
    '--port',
    String(env.PORT),
  ];
  const server = spawn('wrangler', [...devArgs, '--log-level', 'warn'], {
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

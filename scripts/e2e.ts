/**
 * End-to-end run: find Chromium, start the loopback test servers (fake Exchange, DoH stub),
 * serve the built site with the local Worker exactly as `npm start` does (with the test
 * configuration of docs/api.md), run Playwright against it, then stop everything we started.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, ensureChromium } from './browser.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const port = Number(process.env.E2E_PORT ?? 8790);
const baseUrl = `http://127.0.0.1:${port}`;
/**
 * The run's own local state (D1, Queues, rate limits), empty at the start: what `npm start` keeps in
 * .wrangler/state (results, a local data refresh, campaigns) must not change what the tests see.
 * Per port, so that two runs side by side do not share one either.
 */
const stateDir = `${root}.wrangler/e2e-state-${port}`;

async function waitFor(url: string, server: ChildProcess, timeoutMs: number) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (server.exitCode !== null) throw new Error('the local server exited before it answered');
    try {
      if ((await fetch(url, { signal: AbortSignal.timeout(2000) })).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

function stopGroup(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (!child.pid || child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    process.kill(child.pid, 'SIGTERM');
  });
}

async function main(): Promise<number> {
  const chromiumPath = ensureChromium();
  const { startE2eServers } = await import('../tests/support/e2e-servers.ts');
  const servers = await startE2eServers();
  rmSync(stateDir, { recursive: true, force: true });
  const server = spawn('node', ['scripts/start.ts'], {
    cwd: root,
    // Every scenario host lives under one test domain: its per-target budget must not get in the way.
    env: { ...process.env, ...servers.env, PORT: String(port), TARGET_RATE_LIMIT: '1000', LOCAL_STATE_DIR: stateDir },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  try {
    await waitFor(`${baseUrl}/api/health`, server, 180_000);
    // Asynchronous on purpose: the test servers run in this process and must keep answering.
    // Extra arguments go to Playwright: `npm run test:e2e -- tests/e2e/campaigns.spec.ts`.
    const playwright = spawn(
      'playwright',
      ['test', '--config', 'tests/e2e/playwright.config.ts', ...process.argv.slice(2)],
      {
        cwd: root,
        stdio: 'inherit',
        env: {
          ...process.env,
          ...servers.env,
          E2E_BASE_URL: baseUrl,
          LOCAL_STATE_DIR: stateDir,
          CHROMIUM_PATH: chromiumPath,
          CHROMIUM_ARGS: JSON.stringify(CHROMIUM_ARGS),
        },
      },
    );
    const code = await new Promise<number>((resolve) => playwright.on('exit', (exit) => resolve(exit ?? 1)));
    // The names a guard bug would reach all lead to the recording server: it must have seen nothing.
    const leaked = servers.recorderConnections();
    if (leaked > 0) {
      console.error(`e2e: the recording server accepted ${leaked} connection(s): a check reached a name it must not`);
      return 1;
    }
    return code;
  } finally {
    await stopGroup(server);
    await servers.close();
    await expectStopped(`${baseUrl}/api/health`);
  }
}

/** `npm start` must leave no workerd behind: once stopped, nothing may answer on its port. */
async function expectStopped(url: string): Promise<void> {
  await new Promise((r) => setTimeout(r, 500));
  const stillUp = await fetch(url, { signal: AbortSignal.timeout(2000) }).then(
    () => true,
    () => false,
  );
  if (stillUp)
    throw new Error(`the local server still answers at ${url} after SIGTERM: a workerd process was left behind`);
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`e2e: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);

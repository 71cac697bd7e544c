/**
 * `npm test`: every check, in order, each with its runner's own summary: lint, type checks,
 * unit + Node + workerd tests (vitest), then end-to-end tests in Chromium against the built site
 * served by the local Worker. Runs all steps and exits non-zero if any failed.
 *
 * Where the runner is root and the kernel allows it, the test steps run inside a network namespace
 * that has only loopback, so that no test can reach anything but 127.0.0.1 even if a guard had a
 * bug. Elsewhere they run as they are; the project's test transport still refuses every
 * destination but the loopback test servers.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ensureChromium } from './browser.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', WRANGLER_SEND_METRICS: 'false' };

function loopbackOnlyAvailable(): boolean {
  if (process.getuid?.() !== 0 || process.env.TEST_NO_NETNS === '1') return false;
  const probe = spawnSync('unshare', ['-n', 'sh', '-c', 'ip link set lo up'], { stdio: 'ignore' });
  return probe.status === 0;
}

/** Runs a command inside a fresh network namespace with only loopback up. */
function isolated(command: string, args: string[]): [string, string[]] {
  const quoted = [command, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  return ['unshare', ['-n', 'sh', '-c', `ip link set lo up && exec ${quoted}`]];
}

// Installing a browser is set-up, not a test: it happens before, with the machine's network.
// Without one, the end-to-end step fails later with the same message; the other steps still run.
try {
  env.CHROMIUM_PATH = ensureChromium();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
}
const netns = loopbackOnlyAvailable();
console.log(
  netns
    ? 'Tests run in a network namespace with only loopback (unshare -n).'
    : 'Tests run in the normal network; the test transport refuses all but the loopback test servers.',
);

const steps: Array<[name: string, command: string, args: string[], isolate: boolean]> = [
  ['lint', 'biome', ['check', '.'], false],
  // The Env type is generated from wrangler.toml: a binding added without `npm run types` fails here.
  ['Worker types up to date', 'npm', ['run', '--silent', 'types', '--', '--check'], false],
  ['astro check', 'astro', ['check'], false],
  ['tsc', 'tsc', ['--noEmit', '-p', 'tsconfig.json'], false],
  ['OpenAPI lint (Redocly, recommended)', 'node', ['scripts/openapi-lint.ts'], true],
  ['vitest (unit, node, workerd)', 'vitest', ['run', '--config', 'tests/vitest.config.ts'], true],
  ['end-to-end (Chromium)', 'node', ['scripts/e2e.ts'], true],
];

const failed: string[] = [];
for (const [name, command, args, isolate] of steps) {
  console.log(`\n=== ${name}: ${command} ${args.join(' ')}`);
  const [cmd, cmdArgs] = isolate && netns ? isolated(command, args) : [command, args];
  const result = spawnSync(cmd, cmdArgs, { cwd: root, env, stdio: 'inherit' });
  if (result.status !== 0) failed.push(`${name} (exit ${result.status ?? result.signal})`);
}

console.log(`\n=== npm test: ${steps.length - failed.length}/${steps.length} steps passed`);
if (failed.length > 0) {
  console.log(`Failed: ${failed.join(', ')}`);
  process.exit(1);
}

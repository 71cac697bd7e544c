/**
 * `npm test`: every check, in order, each with its runner's own summary: lint, type checks,
 * unit + Node + workerd tests (vitest), then end-to-end tests in Chromium against the built site
 * served by the local Worker. Runs all steps and exits non-zero if any failed.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', WRANGLER_SEND_METRICS: 'false' };

const steps: Array<[name: string, command: string, args: string[]]> = [
  ['lint', 'biome', ['check', '.']],
  ['astro check', 'astro', ['check']],
  ['tsc', 'tsc', ['--noEmit', '-p', 'tsconfig.json']],
  ['vitest (unit, node, workerd)', 'vitest', ['run', '--config', 'tests/vitest.config.ts']],
  ['end-to-end (Chromium)', 'node', ['scripts/e2e.ts']],
];

const failed: string[] = [];
for (const [name, command, args] of steps) {
  console.log(`\n=== ${name}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: root, env, stdio: 'inherit' });
  if (result.status !== 0) failed.push(`${name} (exit ${result.status ?? result.signal})`);
}

console.log(`\n=== npm test: ${steps.length - failed.length}/${steps.length} steps passed`);
if (failed.length > 0) {
  console.log(`Failed: ${failed.join(', ')}`);
  process.exit(1);
}

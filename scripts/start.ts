/**
 * `npm start`: build the site, derive the local Worker configuration from the environment,
 * apply the D1 migrations to the local database, and serve site and API with wrangler dev
 * (workerd, local D1 under .wrangler/state) on 127.0.0.1. Stops cleanly on SIGINT/SIGTERM.
 * `npm run preview` (`--no-build`) serves the build that is in dist/ as it is.
 *
 * Also used by the end-to-end runner, which sets the same variables (see docs/api.md).
 */
import { existsSync } from 'node:fs';
import { applyMigrations, fail, LocalEnv, quietEnv, root, run, serve, stateDir, writeLocalConfig } from './local.ts';

/**
 * What the build writes, and what `wrangler deploy` reads: never written here, so that a deploy
 * after a local run ships the production configuration.
 */
const generatedConfig = `${root}dist/server/wrangler.json`;

async function main() {
  const env = LocalEnv.parse(process.env);
  const build = env.SKIP_BUILD !== '1' && !process.argv.includes('--no-build');
  if (build) await run('astro', ['build']);

  if (!existsSync(generatedConfig)) throw new Error('there is no build in dist/: run `npm run build` first');
  const config = writeLocalConfig(generatedConfig, env);
  await applyMigrations(['--local', '--config', config, '--persist-to', stateDir]);

  // --test-scheduled (docs/api.md): `curl http://127.0.0.1:PORT/__scheduled` runs the cron tasks
  // (data refresh and purges); functions/worker.ts answers it, as wrangler's own middleware does not
  // reach a prebuilt Worker.
  const args = ['dev', '--config', config, '--persist-to', stateDir, '--ip', '127.0.0.1', '--port', String(env.PORT)];
  args.push('--log-level', 'warn', '--test-scheduled');
  await serve('wrangler', args, quietEnv, env.PORT);
}

main().catch(fail(process.argv.includes('--no-build') ? 'npm run preview' : 'npm start'));

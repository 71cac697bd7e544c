/**
 * `npm start`: build the site, derive the local Worker configuration from the environment,
 * apply the D1 migrations to the local database, and serve site and API with wrangler dev
 * (workerd, local D1 under .wrangler/state) on 127.0.0.1. Stops cleanly on SIGINT/SIGTERM.
 * `npm run preview` (`--no-build`) serves the build that is in dist/ as it is.
 *
 * Also used by the end-to-end runner, which sets the same variables (see docs/api.md).
 */
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fail, LocalEnv, localConfig, migrateLocalDatabase, quietEnv, root, run, serve } from './local.ts';

/** What the build writes for wrangler dev; rewritten here with the local configuration. */
const generatedConfig = `${root}dist/server/wrangler.json`;
/** The build's own version of it, kept so that every run starts from production, not the last run. */
const builtConfig = `${root}dist/server/wrangler.built.json`;

const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;

async function main() {
  const env = LocalEnv.parse(process.env);
  const build = env.SKIP_BUILD !== '1' && !process.argv.includes('--no-build');
  if (build) await run('astro', ['build']);

  if (!existsSync(generatedConfig)) throw new Error('there is no build in dist/: run `npm run build` first');
  // A fresh build still says production; a file this script wrote says local.
  const fresh = (readJson(generatedConfig).vars as Record<string, string> | undefined)?.ENVIRONMENT !== 'local';
  if (fresh) copyFileSync(generatedConfig, builtConfig);
  else if (!existsSync(builtConfig)) throw new Error('the build in dist/ is not complete: run `npm run build` again');
  writeFileSync(generatedConfig, JSON.stringify(localConfig(readJson(builtConfig), env), null, 2));
  await migrateLocalDatabase();

  const args = ['dev', '--ip', '127.0.0.1', '--port', String(env.PORT), '--log-level', 'warn'];
  await serve('wrangler', args, quietEnv, env.PORT);
}

main().catch(fail(process.argv.includes('--no-build') ? 'npm run preview' : 'npm start'));

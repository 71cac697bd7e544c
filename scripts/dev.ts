/**
 * `npm run dev`: astro dev with live reload, for editing content, components and styles. The
 * Worker runs in workerd as in production (the Cloudflare Vite plugin), so the API and the check
 * work too, with the same local configuration and local D1 database as `npm start`; the Worker's
 * configuration is wrangler.toml with the environment `local` (written to .wrangler/dev/).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { experimental_readRawConfig } from 'wrangler';
import { fail, LocalEnv, localConfig, migrateLocalDatabase, quietEnv, root, serve } from './local.ts';

async function main() {
  const env = LocalEnv.parse(process.env);
  const { rawConfig } = experimental_readRawConfig({ config: path.join(root, 'wrangler.toml') });
  const production = rawConfig as Record<string, unknown> & {
    main: string;
    assets: { directory: string };
    d1_databases: Array<{ migrations_dir?: string }>;
  };
  // The file lives in .wrangler/dev/, so every path of wrangler.toml becomes absolute.
  const config = {
    ...localConfig(production, env),
    main: path.resolve(root, production.main),
    assets: { ...production.assets, directory: path.resolve(root, production.assets.directory) },
    d1_databases: production.d1_databases.map((db) => ({
      ...db,
      ...(db.migrations_dir ? { migrations_dir: path.resolve(root, db.migrations_dir) } : {}),
    })),
  };
  const configPath = path.join(root, '.wrangler/dev/wrangler.json');
  mkdirSync(path.dirname(configPath), { recursive: true });
  writeFileSync(configPath, JSON.stringify(config, null, 2));
  await migrateLocalDatabase();

  const args = ['dev', '--host', '127.0.0.1', '--port', String(env.PORT)];
  await serve('astro', args, { ...quietEnv, CLOUDFLARE_VITE_WRANGLER_CONFIG_PATH: configPath }, env.PORT);
}

main().catch(fail('npm run dev'));

/**
 * `npm run campaign:token -- --name "CERT Example"`: creates a campaign API token in the local
 * database (the one `npm start` uses, under .wrangler/state or LOCAL_STATE_DIR) or, with `--remote`, in the deployed
 * one, and prints the token once, alone on a line. Only its SHA-256 hash is stored.
 * `--revoke --name "CERT Example"` revokes every token of that name.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { TOKEN_BYTES } from '../functions/store/tokens.ts';
import { randomBase64url, sha256Hex } from '../src/lib/random.ts';
import { RENAMED_MIGRATIONS, stateDir } from './local.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

const { values } = parseArgs({
  options: {
    name: { type: 'string' },
    remote: { type: 'boolean', default: false },
    revoke: { type: 'boolean', default: false },
  },
});

const name = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .regex(/^[^\p{Cc}]+$/u)
  .safeParse(values.name);
if (!name.success) {
  console.error(
    'campaign:token: give the holder\'s name, for example: npm run campaign:token -- --name "CERT Example"',
  );
  process.exit(2);
}
const where = values.remote ? ['--remote'] : ['--local', '--persist-to', stateDir];
const quoted = `'${name.data.replaceAll("'", "''")}'`;

function wrangler(args: string[]): void {
  const run = spawnSync('wrangler', args, {
    cwd: root,
    env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CI: '1' },
    encoding: 'utf8',
  });
  if (run.status !== 0) {
    process.stderr.write(run.stdout ?? '');
    process.stderr.write(run.stderr ?? '');
    console.error(`campaign:token: wrangler ${args.slice(0, 3).join(' ')} failed`);
    process.exit(1);
  }
}

const execute = (sql: string) => wrangler(['d1', 'execute', 'DB', ...where, '--command', sql]);

// Renumbered migrations under their new names first (scripts/local.ts applyMigrations), then the migrations.
wrangler(['d1', 'execute', 'DB', ...where, '--yes', '--file', RENAMED_MIGRATIONS]);
wrangler(['d1', 'migrations', 'apply', 'DB', ...where]);
if (values.revoke) {
  execute(`UPDATE api_tokens SET revoked_at = ${Date.now()} WHERE name = ${quoted} AND revoked_at IS NULL`);
  console.error(`Revoked every token of ${name.data} (${values.remote ? 'deployed' : 'local'} database).`);
} else {
  const token = randomBase64url(TOKEN_BYTES);
  const id = randomBase64url(12);
  const hash = await sha256Hex(token);
  execute(
    `INSERT INTO api_tokens (id, name, token_hash, created_at) VALUES ('${id}', ${quoted}, '${hash}', ${Date.now()})`,
  );
  console.error(`Token for ${name.data} (${values.remote ? 'deployed' : 'local'} database). It is shown only now:`);
  console.log(token);
}

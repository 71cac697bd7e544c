/**
 * `npm run lint:openapi`: the OpenAPI document exactly as the API serves it, linted by Redocly's
 * recommended ruleset; any error fails. Offline: the document comes from the app in this process.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import app from '../functions/app.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const file = `${root}tests/.tmp/openapi.json`;

const res = await app.request('https://exchange-self-check.example.org/api/v1/openapi.json');
if (res.status !== 200) throw new Error(`GET /api/v1/openapi.json answered ${res.status}`);
mkdirSync(`${root}tests/.tmp`, { recursive: true });
writeFileSync(file, JSON.stringify(await res.json(), null, 2));

const result = spawnSync('redocly', ['lint', '--extends', 'recommended', '--format', 'stylish', file], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
});
process.exit(result.status ?? 1);

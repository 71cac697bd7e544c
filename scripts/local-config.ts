/**
 * The local Worker configuration of `npm start`, kept apart from the deploy artefact: `astro build`
 * writes dist/server/wrangler.json, which `wrangler deploy` reads; the local variant goes beside
 * it (dist/server/wrangler.local.json, so that its relative paths still hold) and the deploy file
 * is never written. Production is what wrangler.toml says; nothing local can change it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';

export const LocalEnv = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(8787),
  DOH_ENDPOINT: z.url().optional(),
  TEST_TARGETS: z.string().optional(),
  CHECK_RATE_LIMIT: z.coerce.number().int().min(1).optional(),
  TARGET_RATE_LIMIT: z.coerce.number().int().min(1).optional(),
  TARGET_COOLDOWN_S: z.coerce.number().int().min(0).optional(),
  CHECK_DEADLINE_MS: z.coerce.number().int().min(100).optional(),
  CHECK_MAX_SUBREQUESTS: z.coerce.number().int().min(1).optional(),
  SKIP_BUILD: z.enum(['0', '1']).optional(),
});
export type LocalEnv = z.infer<typeof LocalEnv>;

/** The production limits live in wrangler.toml; local runs take them from the environment. */
export function localConfig(generated: Record<string, unknown>, env: LocalEnv) {
  const vars: Record<string, string> = { ...(generated.vars as Record<string, string>), ENVIRONMENT: 'local' };
  if (env.DOH_ENDPOINT) vars.DOH_ENDPOINT = env.DOH_ENDPOINT;
  if (env.TEST_TARGETS) vars.TEST_TARGETS = env.TEST_TARGETS;
  if (env.TARGET_COOLDOWN_S !== undefined) vars.TARGET_COOLDOWN_S = String(env.TARGET_COOLDOWN_S);
  if (env.CHECK_DEADLINE_MS !== undefined) vars.CHECK_DEADLINE_MS = String(env.CHECK_DEADLINE_MS);
  if (env.CHECK_MAX_SUBREQUESTS !== undefined) vars.CHECK_MAX_SUBREQUESTS = String(env.CHECK_MAX_SUBREQUESTS);
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

/** Writes the local configuration next to the generated one and returns its path; the generated file stays as built. */
export function writeLocalConfig(generatedPath: string, env: LocalEnv): string {
  const generated = JSON.parse(readFileSync(generatedPath, 'utf8')) as Record<string, unknown>;
  const localPath = join(dirname(generatedPath), 'wrangler.local.json');
  writeFileSync(localPath, JSON.stringify(localConfig(generated, env), null, 2));
  return localPath;
}

/**
 * Production is the default that nothing local can change: `npm start` leaves the deploy artefact
 * (dist/server/wrangler.json) as built, the site's own name is one setting (content/site.json),
 * and a production build refuses the placeholder domain.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import site from '../../../content/site.json' with { type: 'json' };
import { parseProbeConfig } from '../../../functions/probe/config.ts';
import { LocalEnv, writeLocalConfig } from '../../../scripts/local.ts';
import { SITE_HOSTNAME } from '../../../src/lib/site/hostnames.ts';

const dir = mkdtempSync(join(tmpdir(), 'deploy-config-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const built = {
  name: 'exchange-self-check',
  main: 'entry.mjs',
  vars: { ENVIRONMENT: 'production', CHECK_DEADLINE_MS: '10000' },
  ratelimits: [{ name: 'TARGET_LIMITER', namespace_id: '1002', simple: { limit: 6, period: 60 } }],
  triggers: { crons: ['17 3 * * *'] },
};

describe('npm start and the deploy artefact', () => {
  it('writes the local configuration beside the generated one and leaves that one as built', () => {
    const deployFile = join(dir, 'wrangler.json');
    const text = JSON.stringify(built, null, 2);
    writeFileSync(deployFile, text);
    const localFile = writeLocalConfig(deployFile, LocalEnv.parse({ TARGET_RATE_LIMIT: '1000' }));
    expect(localFile).not.toBe(deployFile);
    expect(readFileSync(deployFile, 'utf8')).toBe(text);
    const local = JSON.parse(readFileSync(localFile, 'utf8'));
    expect(local.vars.ENVIRONMENT).toBe('local');
    expect(local.triggers.crons).toEqual([]);
    expect(local.ratelimits[0].simple.limit).toBe(1000);
    expect(local.main).toBe(built.main);
  });
});

describe("the site's own name: one setting", () => {
  it('is the host of content/site.json url, refused by the check without any SITE_HOSTNAMES', () => {
    expect(SITE_HOSTNAME).toBe(new URL(site.url).hostname);
    expect(parseProbeConfig({}).siteHostnames).toEqual([SITE_HOSTNAME]);
    expect(parseProbeConfig({ SITE_HOSTNAMES: 'other.example.net' }).siteHostnames).toEqual([
      'other.example.net',
      SITE_HOSTNAME,
    ]);
  });
});

/**
 * The Rate Limiting bindings exactly as wrangler.toml declares them (no test override): the
 * per-target budget at its real limit, keyed by site with the cloud zones apart, an owner who can
 * always check their own server, the IPv6 /48 as a network, and the opt-out refusal.
 */
import { applyD1Migrations } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { NETWORK_POLICY, TARGET_POLICY } from '../../functions/check/service.ts';
import { CheckResult, ErrorBody } from '../../src/lib/schemas/api.ts';
import { checkPoster, clientAddresses } from '../support/post-check.ts';
import { freshRateWindow } from '../support/rate-window.ts';
import { SCENARIOS } from '../support/scenarios.ts';
import { ALIASES, CLOUD_NAMES, OPTED_OUT, OWNER } from '../support/worker-global-setup.ts';

beforeAll(() => applyD1Migrations(env.DB, env.TEST_MIGRATIONS));

const post = checkPoster(clientAddresses('198.19'));

async function codeOf(res: Response): Promise<string> {
  return res.status === 201 ? 'created' : ErrorBody.parse(await res.json()).error.code;
}

async function dohQueries(): Promise<Array<{ name: string }>> {
  const res = await fetch(`${new URL(env.DOH_ENDPOINT).origin}/__queries`);
  return (await res.json()) as Array<{ name: string }>;
}

describe('the per-target budget (TARGET_LIMITER as deployed)', () => {
  it(`allows ${TARGET_POLICY.quota} fresh probes a minute per site, then 429 with RateLimit headers`, async () => {
    await freshRateWindow(15_000);
    const hosts = SCENARIOS.slice(0, TARGET_POLICY.quota + 1).map((s) => s.host);
    const codes: string[] = [];
    let last: Response | undefined;
    for (const host of hosts) {
      last = await post(host);
      codes.push(await codeOf(last.clone()));
    }
    expect(codes).toEqual([...Array(TARGET_POLICY.quota).fill('created'), 'rate_limited']);
    expect(last?.headers.get('RateLimit-Policy')).toBe(`"target";q=${TARGET_POLICY.quota};w=60`);
    expect(last?.headers.get('Retry-After')).toBe('60');
  });

  it('gives every customer of a cloud zone (name.region.cloudapp.azure.com) a budget of its own', async () => {
    await freshRateWindow(15_000);
    const codes = [];
    for (const name of CLOUD_NAMES) codes.push(await codeOf(await post(name)));
    expect(codes).toEqual(CLOUD_NAMES.map(() => 'created'));
  });

  it("lets an owner check their own server when others spent its address's budget", async () => {
    await freshRateWindow(15_000);
    const noCooldown = { ...env, TARGET_COOLDOWN_S: '0' };
    const first = CheckResult.parse(await (await post(OWNER, noCooldown)).json());
    const aliases = [];
    for (const alias of ALIASES.slice(0, TARGET_POLICY.quota))
      aliases.push(await codeOf(await post(alias, noCooldown)));
    // The address budget is spent: the names of other sites pointing at it are refused.
    expect(aliases.at(-1)).toBe('rate_limited');
    const owner = await post(OWNER, noCooldown);
    expect(owner.status).toBe(201);
    expect(CheckResult.parse(await owner.json())).toMatchObject({ reused: true, checkedAt: first.checkedAt });
  });
});

describe('the per-network limit (NETWORK_LIMITER as deployed)', () => {
  it(`counts all /64s of one IPv6 /48 together: ${NETWORK_POLICY.quota} checks a minute`, async () => {
    await freshRateWindow(15_000);
    const codes: string[] = [];
    // A refused name is cheap: counted by the limits, then refused before any lookup.
    for (let i = 0; i <= NETWORK_POLICY.quota; i++) {
      codes.push(await codeOf(await post('mail.example.test', env, `2001:db8:77:${i.toString(16)}::1`)));
    }
    expect(codes).toEqual([...Array(NETWORK_POLICY.quota).fill('invalid_host'), 'rate_limited']);
  });
});

describe('the opt-out list', () => {
  it.each([OPTED_OUT, `mail.${OPTED_OUT}`])('refuses %s with 403 opted_out, before any lookup', async (host) => {
    const res = await post(host);
    expect(res.status).toBe(403);
    expect(ErrorBody.parse(await res.json()).error.code).toBe('opted_out');
    expect((await dohQueries()).filter((q) => q.name.endsWith(OPTED_OUT))).toEqual([]);
  });
});

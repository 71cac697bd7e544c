/**
 * Configuration of the remote check, read from the Worker's variables (wrangler.toml in
 * production, the environment of `npm start` and of the test runners locally). Test-only values
 * are refused in production, so a misconfiguration fails loudly instead of loosening the guard.
 */
import { z } from 'zod';
import { checkHostnameSyntax, classifyHostname } from '../../src/lib/probe/host.ts';
import { OPT_OUT_LIST } from '../../src/lib/probe/opt-out.ts';
import { SITE_HOSTNAME } from '../../src/lib/site/hostnames.ts';

export interface ProbeConfig {
  environment: 'production' | 'local' | 'test';
  /** DNS-over-HTTPS JSON endpoint (`?name=&type=`, `Accept: application/dns-json`). */
  dohEndpoint: string;
  /** One deadline for the whole check: DNS, every probe, redirects and bodies. */
  deadlineMs: number;
  /** Test only: exact hostname → loopback origin (`https://127.0.0.1:PORT`) to connect to instead. */
  testTargets: Record<string, string>;
  /** The checker's own names (and their zones): content/site.json's, plus SITE_HOSTNAMES (local, tests). */
  siteHostnames: string[];
  /** Outbound requests one check may make, DNS-over-HTTPS queries included. */
  maxSubrequests: number;
  userAgent: string;
  /** Names whose owners asked not to be checked (content/opt-out.json; in tests, TEST_OPT_OUT too). */
  optOut: readonly string[];
}

export const DEFAULT_DOH_ENDPOINT = 'https://cloudflare-dns.com/dns-query';
export const DEFAULT_DEADLINE_MS = 10_000;
/**
 * A check normally needs 2 DNS queries and 4 probes; the rest is room for a few redirect hops and
 * for name suggestions (10 queries), well inside the Workers Free plan's 50 subrequests.
 */
export const DEFAULT_MAX_SUBREQUESTS = 24;
/** The page that explains what the check sends; linked from every request's User-Agent. */
export const EXPLANATION_PATH = '/en/how-the-check-works/';

const LOOPBACK_HOSTS = new Set(['127.0.0.1', '[::1]', 'localhost']);

const integer = (min: number, max: number, fallback: number) =>
  z
    .union([z.number(), z.string().regex(/^\d{1,9}$/)])
    .optional()
    .transform((value) => (value === undefined ? fallback : Number(value)))
    .pipe(z.number().int().min(min).max(max));

/** A key of TEST_TARGETS (or the site named in the User-Agent): an exact, valid, normalised hostname. */
function isExactHostname(name: string): boolean {
  try {
    const host = classifyHostname(name);
    checkHostnameSyntax(host);
    return host === name;
  } catch {
    return false;
  }
}

/** `https://127.0.0.1:PORT`, nothing else: the fake servers of the test suites. */
function loopbackOrigin(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  const bare = url.protocol === 'https:' && url.username === '' && url.password === '' && url.port !== '';
  if (!bare || url.hostname !== '127.0.0.1' || url.pathname !== '/' || url.search !== '' || url.hash !== '')
    return null;
  return url.origin === value.replace(/\/$/, '') ? url.origin : null;
}

const EnvSchema = z.object({
  ENVIRONMENT: z.enum(['production', 'local', 'test']).default('production'),
  DOH_ENDPOINT: z.url().default(DEFAULT_DOH_ENDPOINT),
  CHECK_DEADLINE_MS: integer(100, 60_000, DEFAULT_DEADLINE_MS),
  CHECK_MAX_SUBREQUESTS: integer(8, 50, DEFAULT_MAX_SUBREQUESTS),
  SITE_HOSTNAMES: z.string().default(''),
  TEST_TARGETS: z.union([z.string(), z.record(z.string(), z.string())]).optional(),
  TEST_OPT_OUT: z.string().optional(),
});

/** Accepts the Worker's `env` as it is (bindings included); only the variables above are read. */
export function parseProbeConfig(env: Record<string, unknown> | object): ProbeConfig {
  const raw = EnvSchema.parse(env);
  const production = raw.ENVIRONMENT === 'production';

  const doh = new URL(raw.DOH_ENDPOINT);
  const plainAllowed = !production && doh.protocol === 'http:' && LOOPBACK_HOSTS.has(doh.hostname);
  if (doh.protocol !== 'https:' && !plainAllowed) {
    throw new Error('DOH_ENDPOINT must be https (http only to a loopback stub outside production)');
  }

  // The site's own name comes from content/site.json; SITE_HOSTNAMES only adds names (local runs
  // add 127.0.0.1 and localhost, which the guard refuses anyway, so any entry is kept).
  const added = raw.SITE_HOSTNAMES.split(',')
    .map((name) => name.trim().toLowerCase().replace(/\.$/, ''))
    .filter((name) => name !== '');
  const siteHostnames = [...new Set([...added, SITE_HOSTNAME])];

  const testTargets: Record<string, string> = {};
  const targets = typeof raw.TEST_TARGETS === 'string' ? raw.TEST_TARGETS.trim() : raw.TEST_TARGETS;
  if (targets !== undefined && targets !== '') {
    if (production) throw new Error('TEST_TARGETS is refused in production');
    let json: unknown = targets;
    if (typeof targets === 'string') {
      try {
        json = JSON.parse(targets);
      } catch {
        throw new Error('TEST_TARGETS is not JSON: give an object of hostname → https://127.0.0.1:PORT');
      }
    }
    const parsed = z.record(z.string(), z.string()).parse(json);
    for (const [name, origin] of Object.entries(parsed)) {
      const loopback = loopbackOrigin(origin);
      if (!isExactHostname(name)) throw new Error(`TEST_TARGETS: "${name}" is not an exact hostname`);
      if (loopback === null) throw new Error(`TEST_TARGETS: "${name}" must map to https://127.0.0.1:PORT`);
      testTargets[name] = loopback;
    }
  }

  const testOptOut = (raw.TEST_OPT_OUT ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
  if (testOptOut.length > 0 && production) throw new Error('TEST_OPT_OUT is refused in production');
  for (const name of testOptOut) {
    if (!isExactHostname(name)) throw new Error(`TEST_OPT_OUT: "${name}" is not an exact hostname`);
  }

  const site = siteHostnames.find(isExactHostname) ?? SITE_HOSTNAME;
  return {
    environment: raw.ENVIRONMENT,
    dohEndpoint: doh.href,
    deadlineMs: raw.CHECK_DEADLINE_MS,
    testTargets,
    siteHostnames,
    maxSubrequests: raw.CHECK_MAX_SUBREQUESTS,
    userAgent: `ExchangeSelfCheck/1.0 (+https://${site}${EXPLANATION_PATH})`,
    optOut: [...OPT_OUT_LIST, ...testOptOut],
  };
}

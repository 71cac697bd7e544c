/**
 * Shared pieces of the self-check end-to-end specs (check.spec.ts, a11y-check.spec.ts): the fake
 * Exchange hostnames (tests/support/scenarios.ts), a client address per test (the rate limit
 * counts per address, and every test shares 127.0.0.1), starting checks, and stored results
 * written straight into the local D1 database (old, expired, or outcomes no fake server gives).
 */
import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { type APIRequestContext, test as base, expect, type Page } from '@playwright/test';
import { judgeBuilds } from '../../src/lib/exchange/greatest-risk.ts';
import { knowledge } from '../../src/lib/exchange/knowledge.ts';
import { RULES_VERSION } from '../../src/lib/exchange/rules.ts';
import { type Assessment, type CheckResult, type ObservedBuild, resultLinks } from '../../src/lib/schemas/api.ts';
import { isoDay } from '../../src/lib/today.ts';
import { UNREACHABLE } from '../support/harness.ts';
import { SCENARIOS } from '../support/scenarios.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const DATA_VERSION = (
  JSON.parse(readFileSync(join(root, 'content/data/exchange/meta.json'), 'utf8')) as { dataVersion: string }
).dataVersion;

function scenarioHost(prefix: string): string {
  const found = SCENARIOS.find((s) => s.host.startsWith(`${prefix}.`));
  if (!found) throw new Error(`tests/support/scenarios.ts has no scenario "${prefix}"`);
  return found.host;
}

/** The fake Exchange deployments, by what the result pages must show for them. */
export const HOSTS = {
  /** Exchange 2019 CU15 with a full build: vulnerable, end of life. */
  vulnerable: scenarioHost('ex2019'),
  /** Only the CU of Exchange 2019 readable: possibly vulnerable. */
  cuOnly: scenarioHost('ex2019-cu'),
  /** Exchange 2013 on its last update: end of life, vulnerabilities untracked. */
  endOfLife: scenarioHost('ex2013'),
  /** Exchange SE on the newest build: up to date. */
  upToDate: scenarioHost('exse'),
  /** Two servers on different builds behind one name. */
  mixed: scenarioHost('mixed'),
  versionHidden: scenarioHost('hidden'),
  exchangeOnline: scenarioHost('online'),
  notExchange: scenarioHost('website'),
  /** Mapped to a closed loopback port: nobody answers. */
  unreachable: UNREACHABLE,
} as const;

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
export const RESULT_PATH = /\/en\/check\/([A-Za-z0-9_-]{22})$/;

/** A documentation-range address per test title, so that tests never share a rate-limit bucket. */
export function clientAddressFor(key: string): string {
  const hash = createHash('sha256').update(key).digest();
  return `198.18.${hash[0] ?? 0}.${hash[1] ?? 0}`;
}

/**
 * `test` with a client address of its own (CF-Connecting-IP, which the local Worker takes as
 * the client address, as Cloudflare's edge sets it), sent by the page and by `request`.
 */
export const test = base.extend<{ clientAddress: string }>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from this pattern.
  clientAddress: async ({}, use, testInfo) => {
    await use(clientAddressFor(`${testInfo.file} ${testInfo.titlePath.join(' › ')} ${testInfo.repeatEachIndex}`));
  },
  extraHTTPHeaders: async ({ clientAddress }, use) => {
    await use({ 'CF-Connecting-IP': clientAddress });
  },
});
export { expect };

/** Starts a check through the API and returns the stored result. */
export async function apiCheck(request: APIRequestContext, host: string): Promise<CheckResult> {
  const res = await request.post('/api/v1/checks', { data: { host } });
  // The answer's body in the message: a refusal says why (its code and message).
  if (res.status() !== 201) expect(res.status(), `POST /api/v1/checks for ${host}: ${await res.text()}`).toBe(201);
  return (await res.json()) as CheckResult;
}

/** Fills the home page form and submits it; returns the result id from the URL it lands on. */
export async function checkThroughForm(page: Page, host: string, lang = 'en'): Promise<string> {
  await page.goto(`/${lang}/`);
  await page.locator('form[data-host-form] input[name="host"]').fill(host);
  await page.locator('form[data-host-form] button[type="submit"]').click();
  await page.waitForURL(new RegExp(`/${lang}/check/[A-Za-z0-9_-]{22}$`), { timeout: 30_000 });
  const id = new URL(page.url()).pathname.split('/').at(-1);
  if (!id) throw new Error('no result id in the URL');
  return id;
}

export async function assessmentOf(request: APIRequestContext, build: string): Promise<Assessment> {
  const res = await request.get(`/api/v1/assessments?build=${encodeURIComponent(build)}`);
  expect(res.status()).toBe(200);
  return ((await res.json()) as { assessment: Assessment }).assessment;
}

export interface Seed {
  host: string;
  outcome: CheckResult['outcome'];
  reason?: CheckResult['reason'];
  assessment?: Assessment | null;
  /** The builds seen; judged here as the check does (verdict per build). */
  builds?: ObservedBuild[];
  evidence?: CheckResult['evidence'];
  suggestions?: string[];
  /** How long ago the server was contacted and the row written. */
  ageSeconds?: number;
  /** The data version it was judged with (the site's own by default). */
  dataVersion?: string;
}

const newId = () => randomBytes(16).toString('base64url');

/**
 * Writes a stored result into the local D1 database of the running Worker, as the store does
 * (`results(id, host, checked_at, created_at, reused, body)`), and returns it.
 */
export function seedResult(seed: Seed): CheckResult {
  const ageSeconds = seed.ageSeconds ?? 0;
  const createdAt = Math.floor(Date.now() / 1000) - ageSeconds;
  const id = newId();
  const result: CheckResult = {
    id,
    host: seed.host,
    checkedAt: new Date(createdAt * 1000).toISOString(),
    reused: false,
    outcome: seed.outcome,
    reason: seed.reason ?? null,
    builds: judgeBuilds(seed.builds ?? [], isoDay(), knowledge()).builds,
    links: resultLinks(id),
    rulesVersion: RULES_VERSION,
    evidence: seed.evidence ?? [
      { path: '/owa/', status: 200, signal: 'none', value: null },
      {
        path: '/ecp/Current/exporttool/microsoft.exchange.ediscovery.exporttool.application',
        status: 404,
        signal: 'none',
        value: null,
      },
    ],
    assessment: seed.assessment ?? null,
    ...(seed.suggestions ? { suggestions: seed.suggestions } : {}),
    dataVersion: seed.dataVersion ?? DATA_VERSION,
  };
  const sql = (text: string) => `'${text.replace(/'/g, "''")}'`;
  const statement = `INSERT INTO results (id, host, checked_at, created_at, reused, body) VALUES (${sql(result.id)}, ${sql(result.host)}, ${sql(result.checkedAt)}, ${createdAt}, 0, ${sql(JSON.stringify(result))});`;
  const dir = mkdtempSync(join(tmpdir(), 'e2e-seed-'));
  try {
    const file = join(dir, 'seed.sql');
    writeFileSync(file, statement);
    // The database of the server under test: the e2e run's own state directory (scripts/e2e.ts).
    const persist = process.env.LOCAL_STATE_DIR ? ['--persist-to', process.env.LOCAL_STATE_DIR] : [];
    execFileSync('wrangler', ['d1', 'execute', 'DB', '--local', ...persist, '--file', file], {
      cwd: root,
      stdio: 'pipe',
      env: { ...process.env, WRANGLER_SEND_METRICS: 'false' },
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return result;
}

/** axe-core at WCAG 2.2 AA; the violations as readable lines (empty when there is none). */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Words that only an English sentence has; none of them is a word of German, French or Italian. */
const ENGLISH = /\b(the|and|your|you|this|that|with|which|have|been|there|their|would|should|into)\b/i;

/**
 * Lines of the main content with an English word; names, commands, English titles (marked
 * lang="en", as WCAG 3.1.2 asks) and URLs aside. Removes those parts from the live page (a
 * detached copy's innerText has no line breaks): call it last, or load the page again.
 */
export async function englishLines(page: Page): Promise<string[]> {
  const text: string = await page.locator('main').evaluate((main: HTMLElement) => {
    for (const el of main.querySelectorAll('[lang="en"], code, pre, script, style, template')) el.remove();
    // biome-ignore lint/performance/useDomNodeTextContent: the lines as rendered (innerText) are what is read per line.
    return main.innerText;
  });
  return text.split(/\n+/).filter((line: string) => ENGLISH.test(line.replace(/https?:\/\/\S+/g, '')));
}

/**
 * ISO dates (2026-10-02) in the text a reader sees; code, data and form fields aside, and the
 * citation block, whose version is the ISO date of the text on purpose (an identifier, as in CSL-JSON).
 */
export function isoDatesShown(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const copy = document.body.cloneNode(true) as HTMLElement;
    for (const el of copy.querySelectorAll('code, pre, script, style, template, textarea, .cite')) el.remove();
    // Digits, not word boundaries, delimit a date: in textContent table cells run together ("2026-05-15inconnu").
    return copy.textContent?.match(/(?<!\d)(19|20)\d\d-\d\d-\d\d(?!\d)/g) ?? [];
  });
}

/** Content-Security-Policy violations reported on the console. */
export function watchCsp(page: Page): string[] {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

/** Sideways overflow at 320 CSS px (WCAG 1.4.10), in px; 0 or less passes. */
export async function overflowAt320(page: Page): Promise<number> {
  await page.setViewportSize({ width: 320, height: 800 });
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

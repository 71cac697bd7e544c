/**
 * The CERT journey end to end, in Chromium against the built site and the local Worker (wrangler
 * dev with its local Queues): sign in with a token, upload a CSV, watch the progress update
 * itself, open the report, print the letters (page count per letter with page.pdf) and delete.
 * The targets are the fake Exchange servers of tests/support/scenarios.ts.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { campaignCsv, campaignTargets, E2E_CAMPAIGN_LABEL, E2E_CAMPAIGN_TARGETS } from '../support/campaign-targets.ts';
import { axeViolations, expect, overflowAt320, test, watchCsp } from './check-support.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** A token in the local database, made by the same command a CERT's operator runs. */
function newToken(name: string): string {
  const out = execFileSync('node', ['scripts/campaign-token.ts', '--name', name], { cwd: root, encoding: 'utf8' });
  const lines = out.trim().split('\n');
  const token = lines.at(-1) ?? '';
  expect(lines).toHaveLength(1);
  expect(token).toMatch(/^[A-Za-z0-9_-]{20,}$/);
  return token;
}

// Names no other spec checks (tests/support/e2e-servers.ts), one per scenario and domain.
const TARGETS = campaignTargets(E2E_CAMPAIGN_TARGETS, E2E_CAMPAIGN_TARGETS, E2E_CAMPAIGN_LABEL);
const CSV = `${campaignCsv(TARGETS)}\nnot a host,Nobody,en,REF-X`;
const count = (outcome: string) => TARGETS.filter((t) => t.outcome === outcome).length;

async function signIn(page: Page, token: string) {
  await page.goto('/en/campaigns/');
  await page.locator('input[name="token"]').fill(token);
  await page.locator('form[data-sign-in] button[type="submit"]').click();
  await page.waitForURL('/en/campaigns/');
  await expect(page.locator('form[data-new-campaign]')).toBeVisible();
}

async function upload(page: Page, name: string): Promise<string> {
  await page.locator('input[name="name"]').fill(name);
  await page
    .locator('input[name="file"]')
    .setInputFiles({ name: 'servers.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
  await page.locator('form[data-new-campaign] button[type="submit"]').click();
  await page.waitForURL(/\/en\/campaigns\/[A-Za-z0-9_-]{22}$/);
  return new URL(page.url()).pathname;
}

/** Pages of a PDF: its page objects (`/Type /Page`, not `/Pages`). */
const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;

test.describe('campaigns for CERTs', () => {
  test('a wrong token is refused with the error summary', async ({ page }) => {
    await page.goto('/en/campaigns/');
    await page.locator('input[name="token"]').fill('not-a-valid-token-at-all-xyz');
    const [res] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'POST'),
      page.locator('form[data-sign-in] button[type="submit"]').click(),
    ]);
    expect(res.status()).toBe(401);
    await expect(page.locator('[data-error-summary]')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });

  test('sign in, upload, watch progress, report, letters, delete', async ({ page, context }) => {
    test.setTimeout(180_000);
    const csp = watchCsp(page);
    await signIn(page, newToken('E2E CERT'));
    const cookie = (await context.cookies()).find((c) => c.name === '__Host-campaign-session');
    expect(cookie).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Strict', path: '/' });

    const path = await upload(page, 'E2E campaign');
    const region = page.locator('[data-live-campaign]');
    // The page updates itself (no reload) until the wave is done.
    const url = page.url();
    await expect(region).toHaveAttribute('data-status', 'done', { timeout: 120_000 });
    expect(page.url()).toBe(url);
    await expect(page.locator('[data-progress-text]')).toContainText(`${TARGETS.length} of ${TARGETS.length}`);
    await expect(page.locator('[data-outcome-table] tr[data-key="assessed"] td')).toHaveText(String(count('assessed')));
    await expect(page.locator('[data-outcome-table] tr[data-key="unreachable"] td')).toHaveText(
      String(count('unreachable')),
    );
    await expect(page.locator('[data-verdict-table] tr[data-key="up_to_date"] td')).toHaveText('1');
    await expect(page.locator('.verdict-chart svg rect')).not.toHaveCount(0);
    await expect(page.locator('[data-rejected] tr[data-code="invalid_host"] td').first()).toHaveText(
      String(TARGETS.length + 2),
    );
    expect(Number(await page.locator('[data-kev-exposed]').getAttribute('data-kev-exposed'))).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
    expect(await overflowAt320(page)).toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 1280, height: 800 });

    // The CSV download is the API's file.
    const csv = await page.request.get(`${path}/results.csv`);
    expect(csv.status()).toBe(200);
    const text = await csv.text();
    expect(text.split('\r\n')[0]).toBe(
      'host,organisation,reference,language,outcome,reason,build,verdict,supported,kevOpen,confirmedOpen,checkedAt,resultId,page,previousVerdict',
    );
    expect(text.trim().split('\r\n')).toHaveLength(TARGETS.length + 1);

    // Letters: one per server, in its language, each one or two A4 pages.
    await page.locator('input[name="deadline"]').fill('2026-12-31');
    await page.getByRole('button', { name: 'Open the letters' }).click();
    await page.waitForURL(/\/letters\?/);
    const letters = page.locator('article.letter');
    await expect(letters).toHaveCount(TARGETS.length);
    expect(await letters.evaluateAll((els) => els.map((e) => e.getAttribute('lang')))).toEqual(
      TARGETS.map((t) => t.language),
    );
    await expect(letters.nth(0)).toContainText(TARGETS[0]?.organisation ?? '');
    await expect(letters.nth(0).locator('.steps > li').first()).toBeVisible();
    await expect(letters.nth(0)).toContainText('31. Dezember 2026');
    expect(await axeViolations(page)).toEqual([]);
    const all = await page.pdf({ format: 'A4' });
    const perLetter: number[] = [];
    for (let i = 0; i < TARGETS.length; i++) {
      await page.goto(`${path}/letters?deadline=2026-12-31&target=${i}`);
      await expect(page.locator('article.letter')).toHaveCount(1);
      perLetter.push(pdfPages(await page.pdf({ format: 'A4' })));
    }
    for (const pages of perLetter) expect(pages === 1 || pages === 2, `pages per letter: ${perLetter}`).toBe(true);
    // All in one document, each letter from a new page.
    expect(pdfPages(all)).toBe(perLetter.reduce((a, b) => a + b, 0));

    // Delete: gone from the list, its page gone.
    await page.goto(path);
    await page.getByRole('button', { name: 'Delete campaign' }).click();
    await expect(page.locator('[data-deleted]')).toBeVisible();
    await page.goto('/en/campaigns/');
    await expect(page.locator(`a[href="${path}"]`)).toHaveCount(0);
    expect((await page.goto(path))?.status()).toBe(404);
    expect(csp).toEqual([]);
  });

  test.describe('JavaScript off', () => {
    test.use({ javaScriptEnabled: false });

    test('the progress shows on reload, and the recheck starts a new round', async ({ page }) => {
      test.setTimeout(180_000);
      await signIn(page, newToken('E2E CERT no JS'));
      const path = await upload(page, 'No JS');
      for (let i = 0; i < 120; i++) {
        if ((await page.locator('[data-live-campaign]').getAttribute('data-status')) === 'done') break;
        await expect(page.locator('[data-live-hint]')).toContainText('Reload');
        await page.waitForTimeout(1000);
        await page.reload();
      }
      await expect(page.locator('[data-live-campaign]')).toHaveAttribute('data-status', 'done');
      await page.getByRole('button', { name: 'Check all servers again' }).click();
      await page.waitForURL(path);
      await expect(page.locator('[data-live-campaign] .tag')).toHaveText('Round 2');
    });
  });
});

/**
 * Accessibility of the self-check experience: axe-core at WCAG 2.2 AA (wcag2a, wcag2aa, wcag21a,
 * wcag21aa, wcag22aa) with zero violations on the form, the error states (server-rendered and in
 * place), every outcome page, the age banner, the rate-limit page, the deletion confirmation and
 * the manual build entry; each also reflows at 320 CSS px and reports no CSP violation.
 */
import type { Page } from '@playwright/test';
import { freshRateWindow } from '../support/rate-window.ts';
import {
  apiCheck,
  assessmentOf,
  axeViolations,
  expect,
  HOSTS,
  overflowAt320,
  seedResult,
  test,
  watchCsp,
} from './check-support.ts';

async function expectAccessible(page: Page, csp: string[]) {
  await expect(page.locator('h1')).toHaveCount(1);
  expect(await axeViolations(page)).toEqual([]);
  expect(await overflowAt320(page), 'horizontal overflow at 320 CSS px').toBeLessThanOrEqual(0);
  expect(await axeViolations(page), 'at 320 CSS px').toEqual([]);
  expect(csp).toEqual([]);
}

test.describe('the form', () => {
  test('home page with the host form (JavaScript on)', async ({ page }) => {
    const csp = watchCsp(page);
    await page.goto('/en/');
    await expectAccessible(page, csp);
  });

  test('the live progress of the enhanced form', async ({ page }) => {
    const csp = watchCsp(page);
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route('**/api/v1/checks', async (route) => {
      await held;
      await route.abort();
    });
    await page.goto('/en/');
    await page.locator('form[data-host-form] input[name="host"]').fill(HOSTS.upToDate);
    await page.locator('form[data-host-form] button[type="submit"]').click();
    await expect(page.locator('[data-check-progress] li[data-step]')).toHaveCount(4);
    expect(await axeViolations(page)).toEqual([]);
    release();
    expect(csp).toEqual([]);
  });
});

test.describe('error states', () => {
  test('server-rendered error summary (without the enhancement)', async ({ page }) => {
    // axe-core runs in the page, so JavaScript stays on; the form script is kept away instead.
    await page.route('**/_astro/FormScript.*.js', (route) => route.abort());
    const csp = watchCsp(page);
    await page.goto('/en/');
    await page.locator('form[data-host-form] input[name="host"]').fill('10.0.0.1');
    await page.locator('form[data-host-form] button[type="submit"]').click();
    await expect(page.locator('[data-error-summary]')).toBeVisible();
    await expectAccessible(page, csp);
  });

  test('error summary shown in place (JavaScript on)', async ({ page }) => {
    const csp = watchCsp(page);
    await page.goto('/en/');
    await page.locator('form[data-host-form] input[name="host"]').fill('localhost');
    await page.locator('form[data-host-form] button[type="submit"]').click();
    await expect(page.locator('[data-error-summary]')).toBeFocused();
    await expectAccessible(page, csp);
  });

  test('the rate-limit page', async ({ page }) => {
    await page.route('**/_astro/FormScript.*.js', (route) => route.abort());
    await freshRateWindow(20_000);
    let limited = false;
    for (let i = 0; i < 200 && !limited; i++) {
      const res = await page.request.post('/api/v1/checks', { data: { host: 'not a host name' } });
      limited = res.status() === 429;
    }
    const csp = watchCsp(page);
    await page.goto('/en/');
    await page.locator('form[data-host-form] input[name="host"]').fill(HOSTS.upToDate);
    await page.locator('form[data-host-form] button[type="submit"]').click();
    await expect(page.locator('[data-rate-limited]')).toBeVisible();
    await expectAccessible(page, csp);
  });

  test('the build form with an invalid build', async ({ page }) => {
    const csp = watchCsp(page);
    await page.goto('/en/build?build=nonsense');
    await expect(page.locator('[data-error-summary]')).toBeFocused();
    await expectAccessible(page, csp);
  });

  test('a result that does not exist', async ({ page }) => {
    const csp = watchCsp(page);
    await page.goto('/en/check/AAAAAAAAAAAAAAAAAAAAAA');
    await expectAccessible(page, csp);
  });
});

test.describe('outcome pages', () => {
  const live: Array<[string, string]> = [
    ['vulnerable (Exchange 2019, full build)', HOSTS.vulnerable],
    ['possibly vulnerable (CU only)', HOSTS.cuOnly],
    ['end of life (Exchange 2013)', HOSTS.endOfLife],
    ['up to date (Exchange SE)', HOSTS.upToDate],
    ['servers that disagree', HOSTS.mixed],
    ['version hidden', HOSTS.versionHidden],
    ['Exchange Online', HOSTS.exchangeOnline],
    ['not Exchange', HOSTS.notExchange],
  ];
  for (const [name, host] of live) {
    test(name, async ({ page, request }) => {
      const result = await apiCheck(request, host);
      const csp = watchCsp(page);
      await page.goto(`/en/check/${result.id}`);
      await expectAccessible(page, csp);
    });
  }

  test('unreachable', async ({ page }) => {
    const seeded = seedResult({
      host: 'down.example.com',
      outcome: 'unreachable',
      reason: 'timeout',
      evidence: [{ path: '/owa/', status: null, signal: 'none', value: null, error: 'timeout' }],
    });
    const csp = watchCsp(page);
    await page.goto(`/en/check/${seeded.id}`);
    await expectAccessible(page, csp);
  });

  test('not Exchange on a bare domain, with suggestions', async ({ page }) => {
    const seeded = seedResult({
      host: 'example.com',
      outcome: 'not_exchange',
      suggestions: ['autodiscover.example.com', 'mail.example.com'],
    });
    const csp = watchCsp(page);
    await page.goto(`/en/check/${seeded.id}`);
    await expect(page.locator('[data-suggestions]')).toBeVisible();
    await expectAccessible(page, csp);
  });

  test('an old result with the age banner', async ({ page, request }) => {
    const seeded = seedResult({
      host: HOSTS.vulnerable,
      outcome: 'assessed',
      assessment: await assessmentOf(request, '15.2.1748.24'),
      builds: [{ build: '15.2.1748.24', precision: 'update', sources: [0] }],
      evidence: [{ path: '/owa/', status: 200, signal: 'x-owa-version', value: '15.2.1748.24' }],
      ageSeconds: 2 * 86_400 + 60,
    });
    const csp = watchCsp(page);
    await page.goto(`/en/check/${seeded.id}`);
    await expect(page.locator('[data-age-banner]')).toBeVisible();
    await expectAccessible(page, csp);
  });

  test('the deletion confirmation', async ({ page, request }) => {
    const result = await apiCheck(request, HOSTS.versionHidden);
    const csp = watchCsp(page);
    await page.goto(`/en/check/${result.id}`);
    await page.getByRole('button', { name: 'Delete this result' }).click();
    await expectAccessible(page, csp);
    await page.getByRole('button', { name: 'Yes, delete it' }).click();
    await expect(page.locator('[data-deleted-banner]')).toBeVisible();
    await expectAccessible(page, csp);
  });

  for (const lang of ['de', 'fr', 'it'] as const) {
    test(`a result in ${lang}`, async ({ page, request }) => {
      const result = await apiCheck(request, HOSTS.vulnerable);
      const csp = watchCsp(page);
      await page.goto(`/${lang}/check/${result.id}`);
      await expectAccessible(page, csp);
    });
  }
});

test.describe('build number by hand', () => {
  for (const build of ['15.2.1544.4', '15.1.2507', '14.3.513.0', '15.2.2562.53', '15.20.8632.12', '15.9.1.1']) {
    test(`build ${build}`, async ({ page }) => {
      const csp = watchCsp(page);
      await page.goto(`/en/build?build=${build}`);
      await expect(page.locator('[data-verdict]')).toBeVisible();
      await expectAccessible(page, csp);
    });
  }

  test('the build form', async ({ page }) => {
    const csp = watchCsp(page);
    await page.goto('/en/build');
    await expectAccessible(page, csp);
  });
});

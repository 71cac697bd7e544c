/**
 * The self-check journey end to end, in Chromium against the built site and the local Worker,
 * checking the fake Exchange servers of tests/support/scenarios.ts: the form with JavaScript off
 * (plain POST, 303 to the result) and on (API call, live steps, then the result page), every
 * outcome page, the error summary and its focus, the rate-limit page, the permalink, the age
 * banner with the re-check button, the delete button, expiry, the manual build entry and print.
 */

import { MAX_BUILD_INPUT } from '../../src/lib/limits.ts';
import { MAX_INPUT_LENGTH } from '../../src/lib/probe/host.ts';
import { freshRateWindow } from '../support/rate-window.ts';
import {
  apiCheck,
  assessmentOf,
  checkThroughForm,
  expect,
  HOSTS,
  RESULT_PATH,
  seedResult,
  test,
  watchCsp,
} from './check-support.ts';

test.describe('JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('home → plain POST → 303 → the result, and its permalink', async ({ page, browser, clientAddress }) => {
    const csp = watchCsp(page);
    await page.goto('/en/');
    await page.locator('form[data-host-form] input[name="host"]').fill(HOSTS.vulnerable);
    const [post] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/en/check'),
      page.locator('form[data-host-form] button[type="submit"]').click(),
    ]);
    expect(post.status()).toBe(303);
    expect(post.headers().location).toMatch(RESULT_PATH);
    await page.waitForURL(RESULT_PATH);

    await expect(page.locator('h1')).toContainText(HOSTS.vulnerable);
    const verdict = page.locator('[data-verdict]');
    await expect(verdict).toHaveAttribute('data-verdict', 'vulnerable');
    // Colour-independent status: an icon and a text label.
    await expect(verdict.locator('svg.status-icon')).toHaveCount(1);
    await expect(verdict.locator('.verdict-status')).toContainText('At risk');
    await expect(page.getByRole('heading', { name: 'Is this version still supported?' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Is it on the latest update?' })).toBeVisible();
    await expect(page.locator('[data-answer="supported"]')).toContainText('No.');

    // The update ladder: server-drawn SVG with a title and a text list of every rung.
    const ladder = page.locator('[data-ladder] svg[role="img"]');
    await expect(ladder).toHaveCount(1);
    await expect(ladder.locator('title')).toContainText('15.2.1748.24');
    await expect(page.locator('[data-ladder-list] li').first()).toContainText('15.2.1748.24');

    // Steps in order (end of life: the way out first), with KB number, download link and guide.
    const steps = page.locator('ol.steps > li');
    await expect(steps.first()).toHaveAttribute('data-step', 'upgrade-2019-to-se');
    const update = page.locator('[data-step="install-update"]');
    await expect(steps.nth(1)).toHaveAttribute('data-step', 'install-update');
    await expect(update.getByRole('link', { name: /Microsoft article: KB\d+/ })).toBeVisible();
    await expect(update.getByRole('link', { name: 'Read the step-by-step guide' })).toHaveAttribute(
      'href',
      '/en/guides/install-updates/',
    );

    // Vulnerabilities, known-exploited first, each linked to its entry.
    const rows = page.locator('table.vuln-list tbody tr');
    expect(await rows.count()).toBeGreaterThan(0);
    const kevFlags = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-kev')));
    expect(kevFlags.indexOf('false') === -1 || kevFlags.lastIndexOf('true') < kevFlags.indexOf('false')).toBe(true);
    const cveLink = await rows.first().locator('a').first().getAttribute('href');
    expect(cveLink).toMatch(/^\/en\/vulnerabilities\/#CVE-/);
    // End of life: later vulnerabilities are not tracked, and the page says so.
    await expect(page.locator('[data-untracked]')).toBeVisible();

    // What was checked: every request, the data date, the time of the check, the limits.
    expect(await page.locator('.evidence-table tbody tr').count()).toBeGreaterThan(0);
    await expect(page.locator('[data-limits]')).toContainText('it is not a security audit');

    // Private: noindex in the page and the header; the permalink is the page's own address.
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
    const permalink = await page.locator('[data-permalink]').getAttribute('href');
    expect(permalink).toBe(page.url());
    expect(await page.locator('main [style]').count()).toBe(0);

    // The links lead somewhere: the guide page, and the CVE's row on the vulnerabilities page.
    const guide = await steps.first().getByRole('link', { name: 'Read the step-by-step guide' }).getAttribute('href');
    expect((await page.request.get(guide ?? '')).status()).toBe(200);
    const [cvePath, cveId] = (cveLink ?? '').split('#');
    const cvePage = await page.request.get(cvePath ?? '');
    expect(cvePage.status()).toBe(200);
    expect(await cvePage.text()).toContain(`id="${cveId}"`);

    // Anyone with the link sees the same result, in a fresh browser.
    const other = await browser.newContext({
      javaScriptEnabled: false,
      extraHTTPHeaders: { 'CF-Connecting-IP': clientAddress },
    });
    const otherPage = await other.newPage();
    const res = await otherPage.goto(permalink ?? '');
    expect(res?.status()).toBe(200);
    expect(res?.headers()['x-robots-tag']).toMatch(/noindex/);
    expect(res?.headers()['cache-control']).toMatch(/no-store/);
    await expect(otherPage.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'vulnerable');
    await other.close();
    expect(csp).toEqual([]);
  });

  test('a bad name: 400, the error summary linked to the field, "Error:" in the title', async ({ page }) => {
    await page.goto('/en/');
    await page.locator('form[data-host-form] input[name="host"]').fill('mail..example.ch');
    const [post] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'POST'),
      page.locator('form[data-host-form] button[type="submit"]').click(),
    ]);
    expect(post.status()).toBe(400);
    await expect(page).toHaveTitle(/^Error: /);
    const summary = page.locator('[data-error-summary]');
    await expect(summary.getByRole('heading', { name: 'There is a problem' })).toBeVisible();
    await expect(summary.locator('a')).toHaveAttribute('href', '#host');
    await expect(summary.locator('a')).toContainText('Check the spelling');
    await expect(page.locator('#host-error')).toContainText('Check the spelling');
    await expect(page.locator('#host')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('#host')).toHaveValue('mail..example.ch');
  });

  test('an input longer than any host name: 400 on the field, refused before anything is looked up', async ({
    page,
  }) => {
    await page.goto('/en/');
    const long = `${'a'.repeat(MAX_INPUT_LENGTH)}.example.ch`;
    await page.locator('form[data-host-form] input[name="host"]').fill(long);
    const [post] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'POST'),
      page.locator('form[data-host-form] button[type="submit"]').click(),
    ]);
    expect(post.status()).toBe(400);
    await expect(page).toHaveTitle(/^Error: /);
    await expect(page.locator('[data-error-summary] a')).toHaveAttribute('href', '#host');
    await expect(page.locator('#host')).toHaveAttribute('aria-invalid', 'true');
  });

  test('too many checks: 429 with Retry-After and a page that says when to try again', async ({ page, request }) => {
    // Use up this client's allowance through the API (same address, same counter), in one window.
    await freshRateWindow(20_000);
    let limited = false;
    for (let i = 0; i < 200 && !limited; i++) {
      const res = await request.post('/api/v1/checks', { data: { host: 'not a host name' } });
      limited = res.status() === 429;
    }
    expect(limited).toBe(true);
    await page.goto('/en/');
    await page.locator('form[data-host-form] input[name="host"]').fill(HOSTS.upToDate);
    const [post] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'POST'),
      page.locator('form[data-host-form] button[type="submit"]').click(),
    ]);
    expect(post.status()).toBe(429);
    expect(Number(post.headers()['retry-after'])).toBeGreaterThan(0);
    await expect(page.locator('h1')).toHaveText('Too many checks in a short time');
    await expect(page.locator('[data-rate-limited]')).toContainText(/Wait \d+ seconds/);
    await expect(page.locator('[data-rate-limited]')).toContainText(/You can check again from \d{2}:\d{2}/);
    // The form is there again, with the name kept.
    await expect(page.locator('form[data-host-form] input[name="host"]')).toHaveValue(HOSTS.upToDate);
  });

  test('GET /en/check sends the visitor to the home page', async ({ request }) => {
    const res = await request.get('/en/check', { maxRedirects: 0 });
    expect(res.status()).toBe(303);
    expect(res.headers().location).toBe('/en/');
  });
});

test.describe('JavaScript on', () => {
  test('the enhanced form: API call, live steps, then the result in place at its permalink', async ({ page }) => {
    const csp = watchCsp(page);
    await page.goto('/en/');
    // A marker that a full page load would wipe out: the result must appear in this same document.
    await page.evaluate(() => {
      (window as unknown as { sameDocument: boolean }).sameDocument = true;
    });
    await page.locator('form[data-host-form] input[name="host"]').fill(HOSTS.upToDate);
    const apiCall = page.waitForRequest((r) => r.method() === 'POST' && new URL(r.url()).pathname === '/api/v1/checks');
    await page.locator('form[data-host-form] button[type="submit"]').click();
    const request = await apiCall;
    expect(request.postDataJSON()).toEqual({ host: HOSTS.upToDate });
    // The live steps appear at once, with a polite live region beside them.
    await expect(page.locator('[data-check-live][aria-live="polite"]')).toHaveCount(1);
    await page.waitForURL(RESULT_PATH, { timeout: 30_000 });
    await expect(page.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'up_to_date');
    await expect(page.locator('.verdict-status')).toContainText('Up to date');
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
    await expect(page).toHaveTitle(/Up to date|Result|result/);
    await expect(page.locator('main')).toBeFocused();
    expect(csp).toEqual([]);
  });

  test('the copy buttons copy the permalink and the text for the IT provider', async ({ page, context, request }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const result = await apiCheck(request, HOSTS.vulnerable);
    await page.goto(result.links.en);
    const clipboard = () => page.evaluate(() => navigator.clipboard.readText());
    const copyLink = page.locator('button[data-copy="permalink"]');
    await copyLink.click();
    expect(await clipboard()).toBe(await page.locator('#permalink').textContent());
    await expect(page.locator('p:has(> button[data-copy="permalink"]) .copy-status')).toHaveText('Copied.');
    await page.locator('button[data-copy="forward-text"]').click();
    expect(await clipboard()).toBe(await page.locator('#forward-text').inputValue());
    await expect(page.locator('p:has(> button[data-copy="forward-text"]) .copy-status')).toHaveText('Copied.');
  });

  test('the live steps while the check runs', async ({ page }) => {
    // Hold the API answer back, to look at the progress while it is pending.
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route('**/api/v1/checks', async (route) => {
      await held;
      await route.continue();
    });
    // A phone's viewport, where the progress box starts below the fold.
    await page.setViewportSize({ width: 360, height: 640 });
    await page.goto('/en/');
    await page.locator('form[data-host-form] input[name="host"]').fill(HOSTS.exchangeOnline);
    const button = page.locator('form[data-host-form] button[type="submit"]');
    await button.click();
    const progress = page.locator('[data-check-progress]');
    await expect(progress).toBeVisible();
    await expect(progress).toBeInViewport();
    await expect(button).toHaveAttribute('aria-disabled', 'true');
    await expect(progress.getByRole('heading')).toContainText(`Checking ${HOSTS.exchangeOnline}`);
    await expect(progress).toContainText('at most about 10 seconds');
    const steps = progress.locator('li[data-step]');
    await expect(steps).toHaveText([/Resolving the name/, /Contacting the server/, /Reading the build/, /Assessing/]);
    await expect(progress.locator('li[data-step="read"]')).toHaveAttribute('data-state', 'current', { timeout: 5000 });
    await expect(progress.locator('li[data-step="resolve"]')).toHaveAttribute('data-state', 'done');
    await expect(page.locator('[data-check-live]')).not.toBeEmpty();
    release();
    await page.waitForURL(RESULT_PATH, { timeout: 30_000 });
    await expect(page.locator('[data-outcome]')).toHaveAttribute('data-outcome', 'exchange_online');
  });

  test('an API error: the error summary in place, focused, the field marked', async ({ page }) => {
    await page.goto('/en/');
    await page.locator('form[data-host-form] input[name="host"]').fill('mail.example.ch:8443');
    const answer = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/v1/checks');
    await page.locator('form[data-host-form] button[type="submit"]').click();
    expect((await answer).status()).toBe(400);
    const summary = page.locator('[data-error-summary]');
    await expect(summary).toBeFocused();
    await expect(summary).toContainText('There is a problem');
    await expect(summary.locator('a[href="#host"]')).toContainText('without a port number');
    await expect(page.locator('#host-error')).toContainText('without a port number');
    await expect(page.locator('#host')).toHaveAttribute('aria-invalid', 'true');
    await expect(page).toHaveTitle(/^Error: /);
    expect(new URL(page.url()).pathname).toBe('/en/');
    // The summary link moves the focus to the field.
    await summary.locator('a').click();
    await expect(page.locator('#host')).toBeFocused();
  });

  test('without the texts or the API, the form falls back to the plain POST; the summary is focused on load', async ({
    page,
  }) => {
    await page.route('**/en/host-form.json', (route) => route.abort());
    await page.goto('/en/');
    await page.locator('form[data-host-form] input[name="host"]').fill('no_such host');
    const [post] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/en/check'),
      page.locator('form[data-host-form] button[type="submit"]').click(),
    ]);
    expect(post.status()).toBe(400);
    await expect(page.locator('[data-error-summary]')).toBeFocused();
  });

  test('a network failure falls back to the plain POST and still reaches the result', async ({ page }) => {
    await page.route('**/api/v1/checks', (route) => route.abort('connectionfailed'));
    const id = await checkThroughForm(page, HOSTS.versionHidden);
    expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    await expect(page.locator('[data-outcome]')).toHaveAttribute('data-outcome', 'version_hidden');
  });
});

test.describe('outcome pages', () => {
  test.use({ javaScriptEnabled: false });

  test('only the CU readable: possibly vulnerable, with the CU-only answer', async ({ page, request }) => {
    const result = await apiCheck(request, HOSTS.cuOnly);
    await page.goto(`/en/check/${result.id}`);
    await expect(page.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'possibly_vulnerable');
    await expect(page.locator('[data-answer="latest"]')).toContainText('Only the cumulative update');
    await expect(page.locator('table.vuln-list')).toContainText('Possibly open');
  });

  test('end of life on its last update: untracked, never "none found"', async ({ page, request }) => {
    const result = await apiCheck(request, HOSTS.endOfLife);
    await page.goto(`/en/check/${result.id}`);
    await expect(page.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'end_of_life');
    await expect(page.locator('[data-untracked]')).toContainText('not tracked');
    await expect(page.locator('[data-no-vulns]')).toHaveCount(0);
    await expect(page.locator('[data-step="migrate-legacy-to-se"]')).toBeVisible();
  });

  test('up to date: no open vulnerability, nothing newer on the ladder', async ({ page, request }) => {
    const result = await apiCheck(request, HOSTS.upToDate);
    await page.goto(`/en/check/${result.id}`);
    await expect(page.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'up_to_date');
    await expect(page.locator('[data-no-vulns]')).toBeVisible();
    await expect(page.locator('[data-answer="latest"]')).toContainText('Yes.');
  });

  test('servers that disagree: every build with its verdict, the headline the one at greatest risk', async ({
    page,
    request,
  }) => {
    const result = await apiCheck(request, HOSTS.mixed);
    await page.goto(`/en/check/${result.id}`);
    const finding = page.locator('[data-builds-disagree]');
    await expect(finding.locator('li[data-build="15.2.1544.44"]')).toContainText('At risk');
    await expect(finding.locator('li[data-build="15.2.1544.44"]')).toContainText('known to be exploited: 0');
    await expect(finding.locator('li[data-build="15.2.1748.24"]')).toContainText('known to be exploited: 1');
    await expect(finding.locator('li[data-build="15.2.1748.24"]')).toContainText('shown above');
    await expect(finding).toContainText('The result above is about build 15.2.1748.24, the server at greatest risk.');
    // The headline is the exploited one: its severity and the compromise check right after the update.
    await expect(page.locator('[data-severity]')).toContainText('Known to be exploited: 1.');
    await expect(page.locator('[data-step]').nth(2)).toHaveAttribute('data-step', 'check-compromise');
    await expect(page.locator('[data-step="check-compromise"] [data-step-list]')).toContainText('CVE-2026-42897');
  });

  test('version hidden: its own text, the build form and the Health Checker', async ({ page, request }) => {
    const result = await apiCheck(request, HOSTS.versionHidden);
    await page.goto(`/en/check/${result.id}`);
    await expect(page.locator('[data-outcome]')).toHaveAttribute('data-outcome', 'version_hidden');
    await expect(page.locator('[data-verdict]')).toHaveCount(0);
    await expect(page.locator('.verdict--neutral')).toContainText('Version not visible');
    await expect(page.locator('form[action="/en/build"] input[name="build"]')).toBeVisible();
    await expect(page.getByRole('link', { name: /Exchange Health Checker/ })).toHaveAttribute(
      'href',
      '/en/guides/run-health-checker/',
    );
    // The build form leads to the same presentation.
    await page.locator('form[action="/en/build"] input[name="build"]').fill('15.2.1748.24');
    await page.locator('form[action="/en/build"] button[type="submit"]').click();
    await expect(page).toHaveURL(/\/en\/build\?build=15\.2\.1748\.24$/);
    await expect(page.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'vulnerable');
  });

  test('Exchange Online: its own text, neither pass nor failure', async ({ page, request }) => {
    const result = await apiCheck(request, HOSTS.exchangeOnline);
    await page.goto(`/en/check/${result.id}`);
    await expect(page.locator('[data-outcome]')).toHaveAttribute('data-outcome', 'exchange_online');
    await expect(page.locator('.verdict--neutral h2')).toContainText('Exchange Online');
  });

  test('not Exchange: its own text and the build form', async ({ page, request }) => {
    const result = await apiCheck(request, HOSTS.notExchange);
    await page.goto(`/en/check/${result.id}`);
    await expect(page.locator('[data-outcome]')).toHaveAttribute('data-outcome', 'not_exchange');
    await expect(page.locator('form[action="/en/build"]')).toBeVisible();
  });

  test('a bare domain without Exchange: the names worth checking start those checks', async ({ page }) => {
    const seeded = seedResult({
      host: 'example.com',
      outcome: 'not_exchange',
      suggestions: ['autodiscover.example.com', 'mail.example.com'],
    });
    await page.goto(`/en/check/${seeded.id}`);
    const suggestions = page.locator('[data-suggestions]');
    const button = suggestions.getByRole('button', { name: 'Check autodiscover.example.com' });
    await expect(button).toBeVisible();
    const form = button.locator('xpath=ancestor::form');
    await expect(form).toHaveAttribute('method', 'post');
    await expect(form).toHaveAttribute('action', '/en/check');
    // Submitting it posts that name to the check (answered here, so nothing is contacted).
    let posted = '';
    await page.route('**/en/check', async (route) => {
      posted = route.request().postData() ?? '';
      await route.fulfill({ status: 204 });
    });
    await button.click();
    await expect.poll(() => posted).toBe('host=autodiscover.example.com');
  });

  test('a server that does not answer, checked live: unreachable, with its reason and no verdict', async ({
    page,
    request,
  }) => {
    const result = await apiCheck(request, HOSTS.unreachable);
    expect(result.outcome).toBe('unreachable');
    await page.goto(`/en/check/${result.id}`);
    await expect(page.locator('[data-outcome]')).toHaveAttribute('data-outcome', 'unreachable');
    await expect(page.locator(`[data-reason="${result.reason}"]`)).toBeVisible();
    await expect(page.locator('[data-verdict]')).toHaveCount(0);
  });

  for (const reason of ['timeout', 'tls', 'connection'] as const) {
    test(`unreachable (${reason}): the reason, the build form, no verdict`, async ({ page }) => {
      const seeded = seedResult({
        host: `down-${reason}.example.com`,
        outcome: 'unreachable',
        reason,
        evidence: [{ path: '/owa/', status: null, signal: 'none', value: null, error: reason }],
      });
      await page.goto(`/en/check/${seeded.id}`);
      await expect(page.locator('[data-outcome]')).toHaveAttribute('data-outcome', 'unreachable');
      await expect(page.locator(`[data-reason="${reason}"]`)).toBeVisible();
      await expect(page.locator('[data-verdict]')).toHaveCount(0);
      await expect(page.locator('form[action="/en/build"]')).toBeVisible();
    });
  }

  test('a result in another language', async ({ page, request }) => {
    const result = await apiCheck(request, HOSTS.vulnerable);
    await page.goto(`/de/check/${result.id}`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await expect(page.locator('h1')).toHaveText(`Ergebnis für ${HOSTS.vulnerable}`);
    await expect(page.getByRole('heading', { name: 'Wird diese Version noch unterstützt?' })).toBeVisible();
    await expect(page.locator('.verdict-status')).toContainText('Gefährdet');
  });
});

test.describe('stored results', () => {
  test.use({ javaScriptEnabled: false });

  test('older than a day: the age banner and a re-check button that says when', async ({ page, request }) => {
    const assessment = await assessmentOf(request, '15.2.1748.24');
    const seeded = seedResult({
      host: HOSTS.vulnerable,
      outcome: 'assessed',
      assessment,
      builds: [{ build: '15.2.1748.24', precision: 'update', sources: [0] }],
      evidence: [{ path: '/owa/', status: 200, signal: 'x-owa-version', value: '15.2.1748.24' }],
      ageSeconds: 3 * 86_400 + 600,
    });
    await page.goto(`/en/check/${seeded.id}`);
    const banner = page.locator('[data-age-banner]');
    await expect(banner).toContainText('This result is 3 days old; the server may have changed since.');
    await expect(banner.locator('[data-recheck-when]')).toHaveText(
      /^(A new check is possible now\.|A new check is possible in \d+ (seconds|minutes)\. .*)$/,
    );
    await expect(banner.locator('input[name="host"]')).toHaveValue(HOSTS.vulnerable);
    await banner.getByRole('button', { name: 'Check this server again' }).click();
    await page.waitForURL(RESULT_PATH);
    expect(page.url()).not.toContain(seeded.id);
    await expect(page.locator('[data-age-banner]')).toHaveCount(0);
    await expect(page.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'vulnerable');
  });

  test('a fresh result has no age banner', async ({ page, request }) => {
    const result = await apiCheck(request, HOSTS.upToDate);
    await page.goto(`/en/check/${result.id}`);
    await expect(page.locator('[data-age-banner]')).toHaveCount(0);
  });

  test('"Delete this result" asks first (it acts for everyone with the link), then removes it', async ({
    page,
    request,
  }) => {
    const result = await apiCheck(request, HOSTS.exchangeOnline);
    await page.goto(`/en/check/${result.id}`);
    await page.getByRole('button', { name: 'Delete this result' }).click();
    await expect(page.locator('h1')).toHaveText('Delete this result?');
    await expect(page.locator('[data-delete-question]')).toContainText('for everyone who has its link');
    // Not yet: the result is still there.
    expect((await request.get(`/api/v1/checks/${result.id}`)).status()).toBe(200);
    const [post] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith(`/check/${result.id}/delete`)),
      page.getByRole('button', { name: 'Yes, delete it' }).click(),
    ]);
    expect(post.status()).toBe(303);
    await expect(page).toHaveURL(/\/en\/check\/deleted$/);
    await expect(page.locator('[data-deleted-banner]')).toContainText('The result has been deleted');
    // The home form is right there to start again.
    await expect(page.locator('form[data-host-form]')).toBeVisible();

    const gone = await page.goto(`/en/check/${result.id}`);
    expect(gone?.status()).toBe(404);
    await expect(page.locator('h1')).toHaveText('Result not found');
    expect((await request.get(`/api/v1/checks/${result.id}`)).status()).toBe(404);
  });

  test('results older than 30 days are gone', async ({ page }) => {
    const seeded = seedResult({ host: HOSTS.upToDate, outcome: 'version_hidden', ageSeconds: 31 * 86_400 });
    const res = await page.goto(`/en/check/${seeded.id}`);
    expect(res?.status()).toBe(404);
  });

  test('an unknown or malformed id is 404', async ({ page }) => {
    expect((await page.goto('/en/check/AAAAAAAAAAAAAAAAAAAAAA'))?.status()).toBe(404);
    expect((await page.goto('/en/check/not-an-id'))?.status()).toBe(404);
  });

  test('prints on one or two pages: verdict, steps, date, permalink; no forms', async ({ page, request }) => {
    const result = await apiCheck(request, HOSTS.upToDate);
    await page.goto(`/en/check/${result.id}`);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('[data-verdict]')).toBeVisible();
    await expect(page.locator('ol.steps')).toBeVisible();
    await expect(page.locator('[data-permalink]')).toBeVisible();
    await expect(page.locator('.result-meta time')).toBeVisible();
    await expect(page.locator('main form').first()).toBeHidden();
    await expect(page.locator('.site-header')).toBeHidden();
    const pdf = await page.pdf({ format: 'A4' });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
    expect(pages).toBeGreaterThan(0);
    expect(pages).toBeLessThanOrEqual(2);
  });
});

test.describe('build number by hand', () => {
  test.use({ javaScriptEnabled: false });

  test('a build: the same presentation; its URL is the permalink', async ({ page }) => {
    const res = await page.goto('/en/build?build=15.02.1748.024');
    expect(res?.status()).toBe(200);
    await expect(page.locator('h1')).toHaveText('Result for build 15.2.1748.24');
    await expect(page.locator('[data-precision]')).toHaveAttribute('data-precision', 'update');
    await expect(page.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'vulnerable');
    await expect(page.locator('ol.steps > li').first()).toBeVisible();
    await expect(page.locator('[data-ladder] svg')).toHaveCount(1);
    await expect(page.locator('[data-permalink]')).toHaveAttribute('href', /\/en\/build\?build=15\.2\.1748\.24$/);
    await expect(page.locator('form[action$="/delete"]')).toHaveCount(0);
  });

  test('an invalid build: 400 with the error summary on the build field', async ({ page }) => {
    const res = await page.goto('/en/build?build=15.2');
    expect(res?.status()).toBe(400);
    await expect(page).toHaveTitle(/^Error: /);
    await expect(page.locator('[data-error-summary] a')).toHaveAttribute('href', '#build');
    await expect(page.locator('#build-error')).toContainText('Enter a build number like 15.2.1748.24');
    await expect(page.locator('#build')).toHaveValue('15.2');
  });

  test('a build input longer than the cap: 400 on the build field, and the field caps what can be typed', async ({
    page,
  }) => {
    const res = await page.goto(`/en/build?build=${'1'.repeat(MAX_BUILD_INPUT + 1)}`);
    expect(res?.status()).toBe(400);
    await expect(page.locator('[data-error-summary] a')).toHaveAttribute('href', '#build');
    await expect(page.locator('#build')).toHaveAttribute('maxlength', String(MAX_BUILD_INPUT));
  });

  test('no build: the form', async ({ page }) => {
    const res = await page.goto('/en/build');
    expect(res?.status()).toBe(200);
    await expect(page.locator('form[action="/en/build"] input[name="build"]')).toBeVisible();
    await expect(page.locator('[data-error-summary]')).toHaveCount(0);
  });

  test('Exchange Online by build number', async ({ page }) => {
    await page.goto('/en/build?build=15.20.8632.12');
    await expect(page.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'exchange_online');
  });
});

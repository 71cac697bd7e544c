/**
 * Advice people can act on (issue 10) and results that show what was judged (issue 9), end to
 * end: an end-of-life server's result in every language, the printed result, a manual entry of
 * the cmdlet form, and a stored result judged with older data.
 */

import { assess } from '../../src/lib/exchange/assess.ts';
import { committedFiles, indexKnowledge } from '../../src/lib/exchange/knowledge.ts';
import type { KnowledgeBase } from '../../src/lib/schemas/knowledge.ts';
import { isoDay } from '../../src/lib/today.ts';
import { apiCheck, englishLines, expect, HOSTS, isoDatesShown, seedResult, test } from './check-support.ts';

const LANGS = ['de', 'fr', 'it', 'en'] as const;

test.describe('every kind of result, in German, French and Italian, has no English sentence and no ISO date', () => {
  const kinds = [
    'vulnerable',
    'cuOnly',
    'upToDate',
    'mixed',
    'versionHidden',
    'notExchange',
    'exchangeOnline',
  ] as const;
  for (const kind of kinds) {
    test(`${kind}`, async ({ page, request }) => {
      const result = await apiCheck(request, HOSTS[kind]);
      for (const lang of ['de', 'fr', 'it'] as const) {
        await page.goto(result.links[lang]);
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        expect(await isoDatesShown(page), `ISO dates on the ${lang} page of ${kind}`).toEqual([]);
        expect(await englishLines(page), `English on the ${lang} page of ${kind}`).toEqual([]);
      }
    });
  }
});

test.describe('an end-of-life server (Exchange 2013 on its last update) in four languages', () => {
  for (const lang of LANGS) {
    test(`${lang}: the way out first, the honest answers, no English sentence`, async ({ page, request }) => {
      const result = await apiCheck(request, HOSTS.endOfLife);
      expect(result.links[lang]).toBe(`/${lang}/check/${result.id}`);
      await page.goto(result.links[lang]);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'end_of_life');
      await expect(page.locator('[data-step]').nth(0)).toHaveAttribute('data-step', 'migrate-legacy-to-se');
      await expect(page.locator('[data-step]').nth(1)).toHaveAttribute('data-step', 'reduce-exposure');
      await expect(page.locator('[data-step]').nth(2)).toHaveAttribute('data-step', 'check-compromise');
      // Microsoft's Health Checker does not support 2013: not offered.
      await expect(page.locator('[data-step="run-health-checker"]')).toHaveCount(0);
      // "Is the newest update installed?": the last one ever, and no more will come (not a plain yes).
      await expect(page.locator('[data-answer="latest"]')).toContainText('15.0.1497.48');
      await expect(page.locator('[data-untracked]')).toContainText(lang === 'en' ? '11 April 2023' : '2023');
      if (lang !== 'en') {
        expect(await englishLines(page), `English on the ${lang} page`).toEqual([]);
      } else {
        await expect(page.locator('[data-answer="latest"]')).toContainText('No more public updates will come.');
      }
    });
  }
});

test.describe('the printed result', () => {
  test('a typical at-risk result fits on two A4 pages and keeps its links and what was checked', async ({
    page,
    request,
  }) => {
    const result = await apiCheck(request, HOSTS.vulnerable);
    await page.goto(`/en/check/${result.id}`);
    await page.emulateMedia({ media: 'print' });
    // Long CVE lists print as counts plus the known-exploited ones.
    await expect(page.locator('[data-print-count]')).toBeVisible();
    await expect(page.locator('[data-print-count]')).toContainText('of which known to be exploited: 1');
    await expect(page.locator('[data-print-evidence]')).toBeVisible();
    // The steps' links print with their URLs.
    const printed = await page
      .locator('.step-meta a')
      .evaluateAll((links) => links.map((a) => getComputedStyle(a, '::after').content));
    expect(printed.length).toBeGreaterThan(0);
    expect(printed.some((c) => c.includes('https://support.microsoft.com/help/'))).toBe(true);
    expect(printed.every((c) => c.includes('http'))).toBe(true);
    const pdf = await page.pdf({ format: 'A4' });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
    expect(pages).toBeGreaterThan(0);
    expect(pages).toBeLessThanOrEqual(2);
  });
});

test.describe('a build entered by hand', () => {
  test('the cmdlet form is read as the CU only, and says so; another language keeps the build', async ({ page }) => {
    await page.goto(`/en/build?build=${encodeURIComponent('Version 15.2 (Build 2562.53)')}`);
    await expect(page.locator('[data-precision]')).toHaveAttribute('data-precision', 'cu');
    await expect(page.locator('[data-precision]')).toContainText('Get-ExchangeServer shows only the cumulative update');
    await expect(page.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'possibly_vulnerable');
    await expect(page.locator('[data-step="read-installed-update"]')).toContainText(
      'Get-Command ExSetup.exe | ForEach-Object { $_.FileVersionInfo }',
    );
    await page.getByRole('link', { name: 'Deutsch' }).click();
    await expect(page).toHaveURL(/\/de\/build\?build=Version/);
    await expect(page.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'possibly_vulnerable');
  });
});

test.describe('a stored result shows what was judged', () => {
  test('judged with older data: the stored steps and ladder, and "re-check to use data of" the newer date', async ({
    page,
  }) => {
    // The knowledge base as it was on 2026-08-11, before the September 2026 updates.
    const files = structuredClone(committedFiles()) as KnowledgeBase;
    files.meta.dataVersion = '2026-08-11';
    files.builds = files.builds.filter((b) => b.released <= '2026-08-11');
    const assessment = assess('15.2.2562.46', isoDay(), { knowledge: indexKnowledge(files) });
    const seeded = seedResult({
      // A name of its own: a stored row of a scenario host would be reused by that host's checks.
      host: 'judged-earlier.example.ch',
      outcome: 'assessed',
      assessment,
      builds: [{ build: '15.2.2562.46', precision: 'update', sources: [0] }],
      evidence: [{ path: '/owa/', status: 200, signal: 'x-owa-version', value: '15.2.2562.46' }],
      dataVersion: '2026-08-11',
    });
    await page.goto(`/en/check/${seeded.id}`);
    await expect(page.locator('[data-data-newer]')).toContainText('Re-check to use our data of 2 October 2026');
    await expect(page.locator('[data-data-newer]')).toContainText('with our data of 11 August 2026');
    // Judged then: on the newest build it knew, nothing newer on the ladder; today's data would differ.
    await expect(page.locator('[data-verdict]')).toHaveAttribute('data-verdict', assessment.verdict);
    await expect(page.locator('[data-answer="latest"]')).toContainText('15.2.2562.46');
    await expect(page.locator('[data-answer="latest"]')).not.toContainText('15.2.2562.53');
    await expect(page.locator('[data-ladder]')).toHaveCount(0);
  });
});

test.describe('small things an owner trips over', () => {
  for (const javaScriptEnabled of [false, true]) {
    test(`an e-mail address gets its own message (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async ({
      browser,
      clientAddress,
    }) => {
      const context = await browser.newContext({
        javaScriptEnabled,
        extraHTTPHeaders: { 'CF-Connecting-IP': clientAddress },
      });
      const page = await context.newPage();
      await page.goto('/en/');
      await page.locator('form[data-host-form] input[name="host"]').fill('info@example.ch');
      await page.locator('form[data-host-form] button[type="submit"]').click();
      await expect(page.locator('.error-message').first()).toContainText('not an e-mail address');
      await context.close();
    });
  }
});

test.describe('the glossary from a result', () => {
  for (const lang of LANGS) {
    test(`${lang}: the result links each term once, where it first appears, and the glossary has its anchor`, async ({
      page,
      request,
    }) => {
      const result = await apiCheck(request, HOSTS.vulnerable);
      await page.goto(`/${lang}/check/${result.id}`);
      // The verdict's "security updates" is the page's first mention of the term.
      const first = page.locator('[data-verdict] a[data-glossary="security-update"]');
      await expect(first).toHaveAttribute('href', `/${lang}/glossary/#security-update`);
      const terms = await page
        .locator('main a[data-glossary]')
        .evaluateAll((links) => links.map((a) => a.getAttribute('data-glossary') ?? ''));
      expect(terms.length, 'terms linked on the result').toBeGreaterThan(2);
      expect(
        terms.filter((term, i) => terms.indexOf(term) !== i),
        'terms linked twice',
      ).toEqual([]);

      await first.click();
      await expect(page).toHaveURL(new RegExp(`/${lang}/glossary/#security-update$`));
      await expect(page.locator('h2#security-update')).toBeInViewport();
      const anchors = await page.locator('main h2[id]').evaluateAll((headings) => headings.map((h) => h.id));
      expect(
        terms.filter((term) => !anchors.includes(term)),
        'linked terms the glossary lacks',
      ).toEqual([]);
    });
  }
});

/**
 * The advisory site, end to end in Chromium against the built site served by the local Worker
 * (scripts/e2e.ts): every page template in every language passes axe-core (WCAG 2.2 AA) and
 * reflows at 320 CSS px; keyboard use; the advisory's weight budget and third-party requests;
 * security headers; feed, sitemap, robots.txt, security.txt; search with and without JavaScript;
 * the factsheet on one A4 page; every published URL still answers.
 */
import { gzipSync } from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { LANGS, type Lang } from '../../src/i18n/languages.ts';
import { strings } from '../../src/i18n/strings.ts';
import { readPublishedUrls } from '../unit/site/published-urls.ts';
import { englishLines, isoDatesShown, watchCsp } from './check-support.ts';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** HTML + CSS of the advisory, compressed (issue 6). */
const ADVISORY_BUDGET_BYTES = 30 * 1024;
const SERVICE_PAGES = ['privacy', 'accessibility', 'imprint', 'terms', 'report-abuse', 'how-the-check-works', 'api'];
const published = readPublishedUrls();

/** One page of every kind (template) in a language. */
function templates(lang: Lang): Array<{ name: string; path: string; status?: number }> {
  const guide = published.find((url) => url.startsWith(`/${lang}/guides/`) && url !== `/${lang}/guides/`);
  if (!guide) throw new Error(`published-urls.txt lists no guide in ${lang}`);
  return [
    { name: 'home', path: `/${lang}/` },
    { name: 'advisory', path: `/${lang}/advisory/` },
    { name: 'guides index', path: `/${lang}/guides/` },
    { name: 'a guide', path: guide },
    { name: 'factsheet', path: `/${lang}/factsheet/` },
    ...SERVICE_PAGES.map((slug) => ({ name: slug, path: `/${lang}/${slug}/` })),
    { name: 'search', path: `/${lang}/search/` },
    { name: 'builds', path: `/${lang}/builds/` },
    { name: 'builds of one version', path: `/${lang}/builds/2019/` },
    { name: 'vulnerabilities', path: `/${lang}/vulnerabilities/` },
    { name: 'known-exploited vulnerabilities', path: `/${lang}/vulnerabilities/known-exploited/` },
    { name: 'glossary', path: `/${lang}/glossary/` },
    { name: '404', path: `/${lang}/no-such-page/`, status: 404 },
  ];
}

for (const lang of LANGS) {
  test.describe(`pages in ${lang}`, () => {
    for (const { name, path, status = 200 } of templates(lang)) {
      test(`${name} (${path}): WCAG 2.2 AA, reflow at 320 px, no CSP violation`, async ({ page }) => {
        const csp = watchCsp(page);
        const response = await page.goto(path);
        expect(response?.status()).toBe(status);
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        await expect(page.locator('h1')).toHaveCount(1);

        const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
        const violations = results.violations.map(
          (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        );
        expect(violations).toEqual([]);

        // Dates as the language writes them: no ISO date in the text a reader sees (code and data aside).
        expect(await isoDatesShown(page), 'ISO dates in the text').toEqual([]);

        // WCAG 1.4.10: 320 CSS px (1280 px at 400% zoom) without scrolling sideways.
        await page.setViewportSize({ width: 320, height: 800 });
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, 'horizontal overflow in CSS px').toBeLessThanOrEqual(0);
        expect(csp).toEqual([]);
        // Last: it takes the English names and titles out of the page to read the rest.
        if (lang !== 'en') expect(await englishLines(page), `English on ${path}`).toEqual([]);
      });
    }
  });
}

test.describe('glossary links', () => {
  for (const lang of LANGS) {
    test(`${lang}: the factsheet and the builds page link their terms to anchors the glossary has`, async ({
      page,
    }) => {
      await page.goto(`/${lang}/glossary/`);
      const anchors = await page.locator('main h2[id]').evaluateAll((headings) => headings.map((h) => h.id));
      expect(anchors).toContain('esu');
      const linked = async (path: string) => {
        await page.goto(path);
        return page
          .locator('main a.glossary-link')
          .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
      };
      const factsheet = await linked(`/${lang}/factsheet/`);
      expect(factsheet).toContain(`/${lang}/glossary/#cumulative-update`);
      const builds = await linked(`/${lang}/builds/`);
      expect(builds).toContain(`/${lang}/glossary/#modern-lifecycle`);
      expect(builds).toContain(`/${lang}/glossary/#esu`);
      const missing = [...factsheet, ...builds].filter((href) => !anchors.includes(href.split('#')[1] ?? ''));
      expect(missing).toEqual([]);
      // The lifecycle words are in the page's language; Microsoft's name stays only in parentheses.
      if (lang !== 'en') await expect(page.locator('main table').first()).not.toContainText(/Modern Lifecycle \(/);
    });
  }
});

test('the home page has the host form and the build form', async ({ page }) => {
  await page.goto('/en/');
  const form = page.locator('form[method="post"][action="/en/check"]');
  await expect(form.locator('input[name="host"]')).toBeVisible();
  await expect(page.locator('form[action="/en/build"] input[name="build"]')).toBeVisible();
});

test('the language switch is a plain link to the same page in the other language', async ({ browser }) => {
  // Without JavaScript, so that nothing but the link itself can do the switching.
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/en/advisory/');
  const german = page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Deutsch' });
  await expect(german).toHaveAttribute('href', '/de/advisory/');
  await expect(german).toHaveAttribute('hreflang', 'de');
  await german.click();
  await expect(page).toHaveURL(/\/de\/advisory\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await context.close();
});

test('the skip link is the first stop for the keyboard and moves focus to the main content', async ({ page }) => {
  await page.goto('/en/advisory/');
  await page.keyboard.press('Tab');
  const skip = page.locator('a.skip-link');
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
  await expect(page.locator('main#main')).toBeFocused();
  // The next Tab reaches a link inside the main content, with a visible focus indicator.
  await page.keyboard.press('Tab');
  const focused = page.locator(':focus');
  expect(await focused.evaluate((el) => el.closest('main') !== null)).toBe(true);
  const indicator = await focused.evaluate((el) => {
    const style = getComputedStyle(el);
    return { outline: style.outlineStyle, shadow: style.boxShadow, background: style.backgroundColor };
  });
  expect(indicator.outline !== 'none' || indicator.shadow !== 'none').toBe(true);
});

test('the advisory is under 30 KB (HTML and CSS, gzip), loads no script and nothing third-party', async ({
  page,
  baseURL,
}) => {
  const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
  const requests: Array<{ url: string; type: string }> = [];
  page.on('request', (request) => requests.push({ url: request.url(), type: request.resourceType() }));
  const sizes: Array<{ url: string; gzip: number }> = [];
  page.on('response', async (response) => {
    const type = response.request().resourceType();
    if (type === 'document' || type === 'stylesheet') {
      sizes.push({ url: response.url(), gzip: gzipSync(await response.body()).length });
    }
  });
  await page.goto('/en/advisory/', { waitUntil: 'networkidle' });
  expect(requests.filter((r) => new URL(r.url).origin !== origin)).toEqual([]);
  expect(requests.filter((r) => r.type === 'script')).toEqual([]);
  expect(sizes.some((s) => s.url.endsWith('.css'))).toBe(true);
  const total = sizes.reduce((sum, s) => sum + s.gzip, 0);
  expect(total, JSON.stringify(sizes)).toBeLessThan(ADVISORY_BUDGET_BYTES);
});

test.describe('security headers', () => {
  for (const path of ['/en/advisory/', '/pagefind/pagefind.js', '/api/health']) {
    test(`on ${path}`, async ({ request }) => {
      const response = await request.get(path);
      expect(response.status()).toBe(200);
      const headers = response.headers();
      const csp = headers['content-security-policy'] ?? '';
      expect(csp).toContain("default-src 'self'");
      expect(csp).toMatch(/script-src 'self'/);
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).toContain("frame-ancestors 'none'");
      expect(headers['strict-transport-security']).toMatch(/max-age=\d{8,}/);
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['referrer-policy']).toBeTruthy();
      expect(headers['permissions-policy']).toBeTruthy();
      expect(headers['x-frame-options']).toBe('DENY');
    });
  }
});

test.describe('feeds', () => {
  for (const lang of LANGS) {
    test(`/${lang}/feed.xml is Atom, linked from the head, its entries pointing at the advisory`, async ({
      page,
      request,
    }) => {
      await page.goto(`/${lang}/guides/`);
      await expect(page.locator('head link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute(
        'href',
        `/${lang}/feed.xml`,
      );
      const response = await request.get(`/${lang}/feed.xml`);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toContain('application/atom+xml');
      const xml = await response.text();
      const feed = await page.evaluate((source) => {
        const doc = new DOMParser().parseFromString(source, 'application/xml');
        const ns = 'http://www.w3.org/2005/Atom';
        const root = doc.documentElement;
        const child = (el: Element, name: string) =>
          [...el.children].filter((c) => c.namespaceURI === ns && c.localName === name);
        return {
          parseError: doc.getElementsByTagName('parsererror').length > 0,
          root: `${root.namespaceURI} ${root.localName}`,
          feedHas: ['id', 'title', 'updated', 'author'].filter((n) => child(root, n).length === 1),
          self: child(root, 'link')
            .find((l) => l.getAttribute('rel') === 'self')
            ?.getAttribute('href'),
          entries: child(root, 'entry').map((entry) => ({
            has: ['id', 'title', 'updated'].filter((n) => child(entry, n).length === 1),
            link: child(entry, 'link')
              .find((l) => (l.getAttribute('rel') ?? 'alternate') === 'alternate')
              ?.getAttribute('href'),
          })),
        };
      }, xml);
      expect(feed.parseError).toBe(false);
      expect(feed.root).toBe('http://www.w3.org/2005/Atom feed');
      expect(feed.feedHas).toEqual(['id', 'title', 'updated', 'author']);
      expect(new URL(feed.self ?? '').pathname).toBe(`/${lang}/feed.xml`);
      expect(feed.entries.length).toBeGreaterThan(0);
      for (const entry of feed.entries) {
        expect(entry.has).toEqual(['id', 'title', 'updated']);
        expect(new URL(entry.link ?? '').pathname).toMatch(new RegExp(`^/${lang}/advisory/`));
      }
    });
  }
});

test('the sitemap lists the advisory and no check result; robots.txt and security.txt exist', async ({ request }) => {
  const index = await request.get('/sitemap-index.xml');
  expect(index.status()).toBe(200);
  const sitemaps = [...(await index.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? '');
  expect(sitemaps.length).toBeGreaterThan(0);
  const urls: string[] = [];
  for (const sitemap of sitemaps) {
    const response = await request.get(new URL(sitemap).pathname);
    expect(response.status()).toBe(200);
    urls.push(
      ...[...(await response.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname),
    );
  }
  for (const lang of LANGS) expect(urls).toContain(`/${lang}/advisory/`);
  for (const lang of LANGS) expect(urls).toContain(`/${lang}/glossary/`);
  expect(urls.filter((url) => url.includes('/check/'))).toEqual([]);
  expect(urls.filter((url) => /\/(404|500)(\.html|\/)?$/.test(url))).toEqual([]);

  const robots = await request.get('/robots.txt');
  expect(robots.status()).toBe(200);
  expect(await robots.text()).toMatch(/^Sitemap: https?:\/\/\S+\/sitemap-index\.xml$/m);
  const security = await request.get('/.well-known/security.txt');
  expect(security.status()).toBe(200);
  expect(await security.text()).toMatch(/^Contact: mailto:\S+@\S+$/m);
});

test.describe('search', () => {
  for (const lang of LANGS) {
    test(`finds a guide in ${lang} with JavaScript (Pagefind)`, async ({ page }) => {
      const csp = watchCsp(page);
      await page.goto(`/${lang}/guides/`);
      const firstGuide = page.locator('.guide-list li h2 a').first();
      const title = (await firstGuide.textContent())?.trim() ?? '';
      const href = (await firstGuide.getAttribute('href')) ?? '';
      expect(title).not.toBe('');

      await page.goto(`/${lang}/search/`);
      await page.getByLabel(strings(lang).pages.search.label).fill(title);
      await page.getByRole('button', { name: strings(lang).pages.search.submit }).click();
      const results = page.locator('[data-search-results] a');
      await expect(results.first()).toBeVisible();
      // The link goes to the page, or to the section of it that matched best.
      const hrefs = await results.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
      expect(
        hrefs.some((h) => h === href || h.startsWith(`${href}#`)),
        hrefs.join(' '),
      ).toBe(true);
      await expect(page.getByRole('status')).toContainText(title);
      await expect(page).toHaveURL(/\?q=/);
      expect(csp).toEqual([]);
    });
  }

  test('a term deep in a guide links to the section that matched, not the top of the page', async ({ page }) => {
    await page.goto('/en/search/');
    await page.getByLabel(strings('en').pages.search.label).fill('krbtgt');
    await page.getByRole('button', { name: strings('en').pages.search.submit }).click();
    const first = page.locator('[data-search-results] a').first();
    await expect(first).toBeVisible();
    expect(await first.getAttribute('href')).toMatch(/^\/en\/guides\/respond-to-ransomware\/#[a-z0-9-]+$/);
    await expect(first).toContainText('›');
  });

  test('a glossary term is found and links to its section of the glossary', async ({ page }) => {
    await page.goto('/de/search/');
    await page.getByLabel(strings('de').pages.search.label).fill('AdminDisplayVersion');
    await page.getByRole('button', { name: strings('de').pages.search.submit }).click();
    const links = page.locator('[data-search-results] a');
    await expect(links.first()).toBeVisible();
    const hrefs = await links.evaluateAll((all) => all.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs).toContain('/de/glossary/#admin-display-version');
  });

  test('a build number finds its row of the build list, and snippets keep cells apart', async ({ page }) => {
    await page.goto('/fr/search/');
    await page.getByLabel(strings('fr').pages.search.label).fill('15.2.1748.39');
    await page.getByRole('button', { name: strings('fr').pages.search.submit }).click();
    const results = page.locator('[data-search-results] a');
    await expect(results.first()).toBeVisible();
    const hrefs = await results.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs).toContain('/fr/builds/2019/#build-15.2.1748.39');
    const snippets = (await page.locator('[data-search-results] p').allTextContents()).join(' ');
    expect(snippets).not.toMatch(/BuildMise|Mise à jourDate|DateKB/);
  });

  test('without JavaScript the search page lists every page from A to Z', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/fr/search/?q=exchange');
    const links = await page.locator('.az a[href^="/fr/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    for (const url of published.filter((u) => u.startsWith('/fr/') && u.endsWith('/') && u !== '/fr/search/')) {
      expect(links).toContain(url);
    }
    await context.close();
  });
});

test.describe('print', () => {
  for (const lang of LANGS) {
    test(`the factsheet prints on one A4 page in ${lang}`, async ({ page }) => {
      await page.goto(`/${lang}/factsheet/`);
      const pdf = await page.pdf({ preferCSSPageSize: true });
      const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? [];
      expect(pages).toHaveLength(1);
    });
  }

  test('print hides the navigation and prints link addresses', async ({ page }) => {
    await page.goto('/en/advisory/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(page.locator('.site-footer')).toBeHidden();
    const after = await page
      .locator('main .prose a[href^="http"]')
      .first()
      .evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toContain('http');
  });
});

test.describe('error pages', () => {
  for (const lang of LANGS) {
    test(`a missing page in /${lang}/ answers 404 with that language's error page`, async ({ page }) => {
      const response = await page.goto(`/${lang}/advisory/no-such-advisory/`);
      expect(response?.status()).toBe(404);
      await expect(page.locator('h1')).toHaveText(strings(lang).pages.notFound.title);
      await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
    });
  }

  test('the 500 pages exist in every language', async ({ request }) => {
    for (const lang of LANGS) {
      const response = await request.get(`/${lang}/500.html`);
      expect(response.status(), lang).toBe(200);
      expect(await response.text()).toContain(strings(lang).pages.serverError.title);
    }
  });
});

test('every published URL still answers', async ({ request }) => {
  const failures: string[] = [];
  for (const url of published) {
    const response = await request.get(url, { maxRedirects: 0 });
    if (response.status() !== 200) failures.push(`${url}: ${response.status()}`);
  }
  expect(failures).toEqual([]);
});

/**
 * Text a reader would copy as it is: a `{token}` left unfilled, an "[date]" to fill in, an editor's
 * note. Code (API syntax such as `{id}`, BibTeX braces) and scripts are not reader text.
 */
const PLACEHOLDERS: Array<[string, RegExp]> = [
  ['unfilled token', /\{[A-Za-z][A-Za-z0-9]*\}/],
  ['unfilled token in a link', /%7B[A-Za-z][A-Za-z0-9]*%7D/i],
  ['a blank to fill in', /\[(?:date|Datum|data|name|Name|nome|nom)\]/],
  ["an editor's note", /\b(?:TODO|FIXME|TBD|XXX)\b|lorem ipsum/i],
];

function readerText(html: string): string {
  return html
    .replace(/<(script|style|pre|code)\b[^>]*>[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]*?\b(?:href|src|content)="([^"]*)"[^>]*>/gi, ' $1 ')
    .replace(/<[^>]+>/g, ' ');
}

test('no page carries a placeholder', async ({ request }) => {
  const found: string[] = [];
  let pages = 0;
  for (const url of published) {
    const response = await request.get(url);
    if (!(response.headers()['content-type'] ?? '').startsWith('text/html')) continue;
    pages++;
    const text = readerText(await response.text());
    for (const [what, pattern] of PLACEHOLDERS) {
      const match = pattern.exec(text);
      if (match) found.push(`${url}: ${what} "${match[0]}"`);
    }
  }
  expect(pages).toBeGreaterThan(100);
  expect(found).toEqual([]);
});

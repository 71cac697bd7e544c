/**
 * Published URLs never change: journalists cite them, other sites link to them. published-urls.txt
 * holds every URL of the advisory site that has been published; this test derives the URLs from
 * content/ with the same route functions the pages use (src/lib/site/urls.ts) and fails when
 *
 * - a published URL is no longer produced (a page was renamed, moved or deleted), or
 * - a new page is not yet in the list (add it, so that it is protected from now on).
 *
 * The end-to-end suite (tests/e2e/site.spec.ts) also requests every listed URL from the built site.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import productsJson from '../../../content/data/exchange/products.json' with { type: 'json' };
import { LANGS } from '../../../src/i18n/languages.ts';
import { paths } from '../../../src/lib/site/urls.ts';
import { readPublishedUrls } from './published-urls.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));

function slugs(kind: string, lang: string): string[] {
  const dir = join(root, 'content', kind, lang);
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((name) => name.endsWith('.md'))
        .map((name) => name.slice(0, -3))
    : [];
}

/** The URLs the advisory site produces from content/ today. */
function derivedUrls(): Set<string> {
  const urls = new Set(['/sitemap-index.xml', '/robots.txt', '/.well-known/security.txt']);
  for (const lang of LANGS) {
    for (const url of [paths.home(lang), paths.guides(lang), paths.search(lang), paths.feed(lang)]) urls.add(url);
    for (const slug of slugs('advisories', lang)) urls.add(paths.advisory(lang, slug));
    for (const slug of slugs('guides', lang)) urls.add(paths.guide(lang, slug));
    for (const slug of slugs('pages', lang)) urls.add(paths.page(lang, slug));
    if (existsSync(join(root, 'content/factsheet', `${lang}.md`))) urls.add(paths.factsheet(lang));
    // Reference pages from the knowledge base: one per product line, plus the vulnerability lists.
    urls.add(paths.builds(lang));
    for (const product of productsJson) urls.add(paths.buildsOf(lang, product.version.toLowerCase()));
    urls.add(paths.vulnerabilities(lang));
    urls.add(paths.knownExploited(lang));
    urls.add(paths.glossary(lang));
  }
  for (const kind of ['builds', 'cves']) {
    for (const ext of ['json', 'csv', 'schema.json']) urls.add(paths.openData(`${kind}.${ext}`));
  }
  return urls;
}

describe('published URLs', () => {
  const published = readPublishedUrls();
  const derived = derivedUrls();

  it('are listed once each', () => {
    expect(published.filter((url, i) => published.indexOf(url) !== i)).toEqual([]);
  });

  it('are all still produced by the content', () => {
    expect(published.filter((url) => !derived.has(url))).toEqual([]);
  });

  it('include every page the content produces (add new ones to published-urls.txt)', () => {
    expect([...derived].filter((url) => !published.includes(url)).sort()).toEqual([]);
  });
});

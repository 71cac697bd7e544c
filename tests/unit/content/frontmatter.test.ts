/**
 * Every advisory and guide parses with its frontmatter schema, exists in every language with the
 * same slugs, and links only to pages of its own language that exist.
 * Frontmatter is read with js-yaml, the parser Astro itself uses for Markdown frontmatter.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { AdvisoryFrontmatter, ContentLang, GuideFrontmatter } from '../../../src/lib/schemas/content.ts';
import { publisher } from '../../../src/lib/site/publisher.ts';
import { MAIN_ADVISORY } from '../../../src/lib/site/urls.ts';

const require = createRequire(import.meta.url);
// js-yaml ships without type declarations; only `load` is used.
const yaml = require('js-yaml') as { load: (source: string) => unknown };

const root = fileURLToPath(new URL('../../../', import.meta.url));
const LANGS = ContentLang.options;

/** The frontmatter block as Astro finds it (leading `---` fence up to the next `---`). */
const FRONTMATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

type Page = { lang: string; file: string; slug: string; data: unknown; body: string; source: string };

function readKind(kind: 'advisories' | 'guides'): Page[] {
  const pages: Page[] = [];
  for (const lang of LANGS) {
    const dir = join(root, 'content', kind, lang);
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.md'))) {
      const file = join(dir, name);
      const source = readFileSync(file, 'utf8');
      const match = FRONTMATTER.exec(source);
      if (!match) throw new Error(`${file}: no frontmatter`);
      pages.push({
        lang,
        file: `content/${kind}/${lang}/${name}`,
        slug: basename(name, '.md'),
        data: yaml.load(match[1] ?? ''),
        body: source.slice(match[0].length),
        source,
      });
    }
  }
  return pages;
}

const advisories = readKind('advisories');
const guides = readKind('guides');
const guideSlugs = new Set(guides.map((g) => g.slug));

function slugsOf(pages: Page[], lang: string): string[] {
  return pages
    .filter((p) => p.lang === lang)
    .map((p) => p.slug)
    .sort();
}

/** Site-internal links in the Markdown body: `](/...)`. */
function internalLinks(body: string): string[] {
  return [...body.matchAll(/\]\((\/[^)\s]*)\)/g)].map((m) => m[1] ?? '');
}

/** Other site pages the advisory and guides may link to. */
const OTHER_PAGES = ['', 'advisory/', 'guides/', 'vulnerabilities/', 'builds/', 'factsheet/'];

/** Swiss Standard German writes ss, never ß; French puts a no-break space before : ; ? ! */
function checkTypography(page: Page): string[] {
  const text = page.source.replace(/`[^`\n]*`/g, '');
  if (page.lang === 'de' && /ß/.test(text)) return ['ß in German text'];
  if (page.lang === 'fr')
    return [...text.matchAll(/.{0,20} [:;?!]/g)].map((m) => `plain space before punctuation: ${m[0]}`);
  return [];
}

function checkLinks(page: Page): string[] {
  const problems: string[] = [];
  for (const href of internalLinks(page.body)) {
    const path = href.split('#')[0] ?? '';
    const prefix = `/${page.lang}/`;
    if (!path.startsWith(prefix)) {
      problems.push(`${href}: not in /${page.lang}/`);
      continue;
    }
    const rest = path.slice(prefix.length);
    const guide = /^guides\/([a-z0-9-]+)\/$/.exec(rest);
    const advisory = /^advisory\/([a-z0-9-]+)\/$/.exec(rest);
    if (guide) {
      if (!guideSlugs.has(guide[1] ?? '')) problems.push(`${href}: no such guide`);
    } else if (advisory) {
      // The main advisory lives at /{lang}/advisory/ and is linked there, not under its slug.
      if (advisory[1] === MAIN_ADVISORY || !advisories.some((a) => a.slug === advisory[1])) {
        problems.push(`${href}: no such advisory URL`);
      }
    } else if (!OTHER_PAGES.includes(rest)) {
      problems.push(`${href}: unknown page`);
    }
  }
  return problems;
}

describe('advisories', () => {
  it('exist in every language with the same slugs', () => {
    const en = slugsOf(advisories, 'en');
    expect(en).toContain('unpatched-exchange');
    for (const lang of LANGS) expect(slugsOf(advisories, lang), lang).toEqual(en);
  });

  it.each(advisories.filter((p) => p.slug === MAIN_ADVISORY).map((p) => [p.lang, p] as const))(
    "the main advisory in %s is dated as this site's and names the original it answers, as the footer links it",
    (lang, page) => {
      const data = AdvisoryFrontmatter.parse(page.data);
      expect(data.basedOn?.url).toBe(publisher.originalAdvisory[lang as keyof typeof publisher.originalAdvisory]);
      expect(data.basedOn?.url).toContain(`/ncsc/${lang}/`);
      expect(data.basedOn?.date).toBe('2022-02-16');
      // This site's own first publication, not the original's.
      expect(data.firstPublished > (data.basedOn?.date ?? '')).toBe(true);
      expect(data.sources.map((source) => source.url)).toContain(data.basedOn?.url);
    },
  );

  it.each(advisories.map((p) => [p.file, p] as const))('%s matches AdvisoryFrontmatter', (_file, page) => {
    const result = AdvisoryFrontmatter.safeParse(page.data);
    expect(result.success ? [] : result.error.issues).toEqual([]);
    if (!result.success) return;
    expect(result.data.lang).toBe(page.lang);
    expect(result.data.slug).toBe(page.slug);
    expect(checkLinks(page)).toEqual([]);
    expect(checkTypography(page)).toEqual([]);
  });

  it('keep the same dates in every language', () => {
    for (const slug of new Set(advisories.map((a) => a.slug))) {
      const dates = LANGS.map((lang) => {
        const page = advisories.find((a) => a.slug === slug && a.lang === lang);
        const data = AdvisoryFrontmatter.parse(page?.data);
        return [data.firstPublished, data.lastUpdated, data.history.map((h) => h.date)];
      });
      for (const d of dates) expect(d, slug).toEqual(dates[0]);
    }
  });
});

describe('guides', () => {
  it('exist in every language with the same slugs', () => {
    const en = slugsOf(guides, 'en');
    expect(en.length).toBeGreaterThan(0);
    for (const lang of LANGS) expect(slugsOf(guides, lang), lang).toEqual(en);
  });

  it.each(guides.map((p) => [p.file, p] as const))('%s matches GuideFrontmatter', (_file, page) => {
    const result = GuideFrontmatter.safeParse(page.data);
    expect(result.success ? [] : result.error.issues).toEqual([]);
    if (!result.success) return;
    expect(result.data.lang).toBe(page.lang);
    expect(result.data.slug).toBe(page.slug);
    // Task-shaped: the body has numbered steps.
    expect(page.body).toMatch(/^1\. /m);
    expect(page.body).toMatch(/^2\. /m);
    expect(checkLinks(page)).toEqual([]);
    expect(checkTypography(page)).toEqual([]);
  });

  it('keep order and dates in step across languages, and order is unique', () => {
    const orders = new Set<number>();
    for (const slug of guideSlugs) {
      const facts = LANGS.map((lang) => {
        const page = guides.find((g) => g.slug === slug && g.lang === lang);
        const data = GuideFrontmatter.parse(page?.data);
        return [data.order, data.totalTime, data.firstPublished, data.lastUpdated, data.history.map((h) => h.date)];
      });
      for (const f of facts) expect(f, slug).toEqual(facts[0]);
      const order = facts[0]?.[0] as number;
      expect(orders.has(order), `order ${order} used twice`).toBe(false);
      orders.add(order);
    }
  });
});

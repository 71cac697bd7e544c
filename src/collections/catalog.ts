/**
 * The advisory site's pages, read from the content collections: one place that knows which pages
 * exist in a language, their titles and URLs (for the A to Z index, the guide list and the feed).
 * Astro-specific (astro:content), so it lives here and not in src/lib.
 */
import { type CollectionEntry, getCollection } from 'astro:content';
import { fill } from '../i18n/fill.ts';
import type { Lang } from '../i18n/languages.ts';
import { allCves, sources } from '../lib/exchange/knowledge.ts';
import type { IndexedPage } from '../lib/site/a-to-z.ts';
import { linkGlossaryInHtml } from '../lib/site/glossary.ts';
import { enhanceProse, fillTokens } from '../lib/site/prose.ts';
import { publisher as site } from '../lib/site/publisher.ts';
import { siteTokenValues } from '../lib/site/tokens.ts';
import { paths, splitId } from '../lib/site/urls.ts';

export type Advisory = CollectionEntry<'advisories'>;
export type Guide = CollectionEntry<'guides'>;
export type ServicePage = CollectionEntry<'pages'>;
export type Factsheet = CollectionEntry<'factsheet'>;

export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

const inLang = (lang: Lang) => (entry: { id: string }) => splitId(entry.id).lang === lang;
export const slugOf = (entry: { id: string }) => splitId(entry.id).slug;

export async function advisories(lang: Lang): Promise<Advisory[]> {
  return (await getCollection('advisories', inLang(lang))).sort((a, b) =>
    a.data.firstPublished < b.data.firstPublished ? 1 : -1,
  );
}

export async function guides(lang: Lang): Promise<Guide[]> {
  return (await getCollection('guides', inLang(lang))).sort((a, b) => a.data.order - b.data.order);
}

export async function servicePages(lang: Lang): Promise<ServicePage[]> {
  return getCollection('pages', inLang(lang));
}

export async function factsheet(lang: Lang): Promise<Factsheet | undefined> {
  return (await getCollection('factsheet')).find((entry) => entry.id === lang);
}

/** The `{name}` token values of the texts in one language (the publisher's, the knowledge base's figures). */
export function tokensFor(lang: Lang): Record<string, string> {
  return siteTokenValues({ publisher: site, cves: allCves(), sources: sources() }, lang);
}

/**
 * The entry's HTML with the tokens filled in, tables made scrollable, print URLs added, and its
 * glossary markers (`[word](glossary:id)`) as links to the glossary (after the print URLs: a term's
 * link prints as its word, not as an address).
 */
export function proseHtml(entry: { id: string; rendered?: { html: string } | undefined }, tableLabel: string): string {
  const html = entry.rendered?.html ?? '';
  const lang = splitId(entry.id).lang as Lang;
  return linkGlossaryInHtml(enhanceProse(fillTokens(html, tokensFor(lang)), { siteUrl: site.url, tableLabel }), lang);
}

/** The entry's headings (h2 and h3), with tokens filled in their text. */
export function headingsOf(entry: {
  id: string;
  rendered?: { metadata?: Record<string, unknown> | undefined } | undefined;
}): Heading[] {
  const tokens = tokensFor(splitId(entry.id).lang as Lang);
  const headings = entry.rendered?.metadata?.headings;
  if (!Array.isArray(headings)) return [];
  return (headings as Heading[])
    .filter((h) => h.depth === 2 || h.depth === 3)
    .map((h) => ({ ...h, text: fill(h.text, tokens) }));
}

/**
 * Every page of the site in one language, for the A to Z index (the search page itself excluded):
 * the content pages, plus `others` (pages built from data, such as the reference tables).
 */
export async function allPages(
  lang: Lang,
  titles: { home: string; guides: string },
  others: IndexedPage[] = [],
): Promise<IndexedPage[]> {
  const sheet = await factsheet(lang);
  return [
    ...others,
    { title: titles.home, href: paths.home(lang) },
    ...(await advisories(lang)).map((a) => ({ title: a.data.title, href: paths.advisory(lang, slugOf(a)) })),
    { title: titles.guides, href: paths.guides(lang) },
    ...(await guides(lang)).map((g) => ({ title: g.data.title, href: paths.guide(lang, slugOf(g)) })),
    ...(sheet ? [{ title: sheet.data.title, href: paths.factsheet(lang) }] : []),
    ...(await servicePages(lang)).map((p) => ({ title: p.data.title, href: paths.page(lang, slugOf(p)) })),
  ];
}

/**
 * Schemas for the Markdown texts in content/ that code renders by slug: the factsheet and the
 * service pages (privacy, accessibility, ...). The words of the interface, the advice steps and
 * the messages are in content/i18n/ (schema: ./strings.ts).
 *
 * Pages and the factsheet may use `{name}` tokens (SITE_TOKENS), filled with fill()
 * (src/i18n/fill.ts) outside code spans.
 */
import { z } from 'zod';
import { FACT_NAMES } from '../limits.ts';
import { ContentDate, ContentLang, HistoryEntry } from './content.ts';

/** The languages every text exists in (the folder or file name under content/<kind>/). */
export const LANGS = ContentLang.options;
export const Lang = ContentLang;
export type Lang = ContentLang;

// ---------------------------------------------------------------------------------------------
// Pages and factsheet (Markdown with frontmatter)

/**
 * Tokens that the Markdown texts (pages, factsheet, advisories, guides) may use, and what each
 * stands for. The publisher's come from content/site.json (src/lib/site/publisher.ts), the figures
 * from the knowledge base (src/lib/exchange/kev-figures.ts); src/lib/site/tokens.ts gives their
 * values per language. The page that renders the Markdown substitutes them (outside code spans,
 * where `{id}` and the like are literal API syntax).
 */
export const SITE_TOKENS = {
  publisherName: "the publisher's name",
  siteUrl: "the site's origin",
  responsible: 'who answers for the content',
  address: "the publisher's postal address",
  contactEmail: 'the contact address',
  abuseEmail: 'the abuse and opt-out address',
  securityEmail: 'the address for security reports',
  sourceCodeUrl: 'where the source code is published',
  incidentReportName: "the national office incidents are reported to, in the page's language",
  incidentReportUrl: "its reporting form, in the page's language",
  cveCount: 'Exchange vulnerabilities in the knowledge base',
  kevCount: "of them in CISA's Known Exploited Vulnerabilities catalog",
  kevRansomwareCount: 'of those, marked as used in ransomware campaigns',
  kevCatalogDate: 'the catalog version they were read from, as a date in words',
} as const;
export type SiteToken = keyof typeof SITE_TOKENS;

/** Every token a Markdown text may use: the site's fields and the limits (FACTS of src/lib/limits.ts). */
export const PAGE_TOKENS: readonly string[] = [...Object.keys(SITE_TOKENS), ...FACT_NAMES];

/** The service pages, content/pages/{lang}/<slug>.md. The slug (and so the URL) is English in every language. */
export const PAGE_SLUGS = [
  'privacy',
  'accessibility',
  'imprint',
  'terms',
  'report-abuse',
  'how-the-check-works',
  'api',
] as const;
export const PageSlug = z.enum(PAGE_SLUGS);
export type PageSlug = z.infer<typeof PageSlug>;

export const PageFrontmatter = z
  .object({
    /** The page's h1 and <title>. */
    title: z.string().min(1).max(90),
    /** One sentence for search results and the meta description. */
    description: z.string().min(1).max(160),
    lang: Lang,
    /** Same English slug in every language; the file name without `.md`. */
    slug: PageSlug,
    /** Date of the last change of substance. */
    lastUpdated: ContentDate,
  })
  .strict();
export type PageFrontmatter = z.infer<typeof PageFrontmatter>;

/** content/factsheet/{lang}.md: the one-page factsheet for small businesses and communes. */
export const FactsheetFrontmatter = z
  .object({
    title: z.string().min(1).max(90),
    description: z.string().min(1).max(160),
    lang: Lang,
    firstPublished: ContentDate,
    lastUpdated: ContentDate,
    /** Every published change, oldest first: the first is firstPublished, the last lastUpdated. */
    history: z.array(HistoryEntry).min(1),
  })
  .strict()
  .superRefine((sheet, ctx) => {
    const dates = sheet.history.map((entry) => entry.date);
    if (dates.some((date, i) => i > 0 && date < (dates[i - 1] ?? ''))) {
      ctx.addIssue({ code: 'custom', path: ['history'], message: 'history must be oldest first' });
    }
    if (dates[0] !== sheet.firstPublished) {
      ctx.addIssue({
        code: 'custom',
        path: ['history', 0, 'date'],
        message: 'first history entry must be firstPublished',
      });
    }
    if (dates.at(-1) !== sheet.lastUpdated) {
      ctx.addIssue({ code: 'custom', path: ['lastUpdated'], message: 'lastUpdated must be the newest history entry' });
    }
  });
export type FactsheetFrontmatter = z.infer<typeof FactsheetFrontmatter>;

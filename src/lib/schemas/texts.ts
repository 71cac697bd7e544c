/**
 * Schemas for the texts in content/ that code renders by key: the factsheet, the service pages
 * (privacy, accessibility, ...), the advice steps and the result and error messages.
 *
 * The assessment returns advice ids with parameters, and the check and the API return verdicts,
 * outcomes, reasons and error codes (docs/api.md); the words for all of them live in
 * content/advice/{lang}.json and content/messages/{lang}.json, one file per language.
 *
 * Placeholders are written `{name}`. Advice and message placeholders are filled from the step's
 * params (or the values listed in MESSAGE_PARAMS); page and factsheet tokens from content/site.json
 * (see SITE_TOKENS). Advice and message texts are plain text, not Markdown (render the bare URLs
 * in them as links); pages and the factsheet are Markdown.
 */
import { z } from 'zod';
import { StepId } from '../exchange/advice.ts';
import { ErrorCode, Outcome, UnreachableReason, Verdict } from './api.ts';
import { ContentDate, ContentLang, HistoryEntry } from './content.ts';

/** The languages every text exists in (the folder or file name under content/<kind>/). */
export const LANGS = ContentLang.options;
export const Lang = ContentLang;
export type Lang = ContentLang;

/** `{name}` placeholders in a text, in order of appearance (duplicates kept). */
export const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9]*)\}/g;
export function placeholders(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((match) => match[1] ?? '');
}

/** Fill `{name}` placeholders; unknown names are left as they are. */
export function fill(text: string, values: Record<string, string | number | boolean | null | undefined>): string {
  return text.replace(PLACEHOLDER, (whole, name: string) => {
    const value = values[name];
    return value === undefined || value === null ? whole : String(value);
  });
}

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

// ---------------------------------------------------------------------------------------------
// Advice steps (content/advice/{lang}.json)

/** Guidance pages that advice steps link to, /{lang}/guides/<slug>/. */
export const GUIDE_SLUGS = [
  'install-updates',
  'mitigate-while-patching',
  'check-for-compromise',
  'run-health-checker',
  'harden-exchange',
  'leave-end-of-life',
] as const;
export const GuideSlug = z.enum(GUIDE_SLUGS);
export type GuideSlug = z.infer<typeof GuideSlug>;

/**
 * Every advice step the assessment can return (src/lib/exchange/advice.ts), with the params it
 * passes. The texts may use these params and no others; a param may be left unused (`esuOnly` is
 * shown by the result page, not by the step text).
 */
export const ADVICE_PARAMS = {
  'install-cu': ['product', 'cu', 'build', 'kb', 'url'],
  'install-update': ['product', 'cu', 'update', 'build', 'kb', 'url', 'released', 'esuOnly', 'last'],
  'install-esu-update': ['product', 'cu', 'update', 'build', 'kb', 'url', 'released', 'esuOnly', 'esuStart', 'esuEnd'],
  'mitigate-while-patching': [],
  'reduce-exposure': [],
  // cves is a list: the result page shows it below the text.
  'check-compromise': ['cves'],
  'run-health-checker': [],
  'read-installed-update': [],
  'check-configuration': ['cves'],
  'upgrade-2019-to-se': ['cu', 'installFirst'],
  'migrate-2016-to-se': [],
  'migrate-legacy-to-se': ['version', 'via'],
  'move-to-exchange-online': [],
  'check-newer-updates': ['dataVersion', 'url'],
  'keep-updated': [],
  'newer-than-data': ['dataVersion'],
  'verify-build': [],
} as const satisfies Record<StepId, readonly string[]>;
export const AdviceId = StepId;
export type AdviceId = StepId;
export const ADVICE_IDS = StepId.options;

export const AdviceText = z
  .object({
    /** Imperative, task-shaped: "Install CU15 for Exchange Server 2019". */
    title: z.string().min(1).max(120),
    /** Plain text with `{param}` placeholders; bare URLs are rendered as links. */
    body: z.string().min(1).max(1200),
    /** The guidance page for the step, or null. */
    guide: GuideSlug.nullable(),
  })
  .strict();
export type AdviceText = z.infer<typeof AdviceText>;

/** One language's advice texts: exactly one entry per advice id. */
export const AdviceFile = z.record(AdviceId, AdviceText);
export type AdviceFile = z.infer<typeof AdviceFile>;

// ---------------------------------------------------------------------------------------------
// Result and error messages (content/messages/{lang}.json)

/** Outcomes with their own page text (`assessed` shows the verdict instead). */
export const MESSAGE_OUTCOMES = Outcome.options.filter(
  (outcome): outcome is Exclude<Outcome, 'assessed'> => outcome !== 'assessed',
);

export type MessageKey =
  | `verdict.${Verdict}`
  | `outcome.${Exclude<Outcome, 'assessed'>}.${'title' | 'body'}`
  | `reason.${UnreachableReason}`
  | `error.${ErrorCode}`;

/** Every message key: the verdict sentence, the outcome title and body, the unreachable reason, the error message. */
export const MESSAGE_KEYS: MessageKey[] = [
  ...Verdict.options.map((verdict) => `verdict.${verdict}` as const),
  ...MESSAGE_OUTCOMES.flatMap((outcome) => [`outcome.${outcome}.title` as const, `outcome.${outcome}.body` as const]),
  ...UnreachableReason.options.map((reason) => `reason.${reason}` as const),
  ...ErrorCode.options.map((code) => `error.${code}` as const),
];
export const MessageKey = z.enum(MESSAGE_KEYS as [MessageKey, ...MessageKey[]]);

/**
 * The placeholders a message may use, and what the renderer passes. Keys not listed take none.
 * - count: open vulnerabilities (confirmed); kevCount: those of them in CISA's KEV catalog.
 * - retryAfter: seconds from the Retry-After header.
 */
export const MESSAGE_PARAMS: Partial<Record<MessageKey, readonly string[]>> = {
  'verdict.vulnerable': ['count', 'kevCount'],
  'error.rate_limited': ['retryAfter'],
};

/** One language's messages: exactly one non-empty plain-text string per key. */
export const MessagesFile = z.record(MessageKey, z.string().min(1).max(800));
export type MessagesFile = z.infer<typeof MessagesFile>;

/**
 * Frontmatter of the advisory and guide pages (content/advisories/{lang}/*.md and
 * content/guides/{lang}/*.md). Plain zod, so that src/content.config.ts can use these schemas
 * for Astro's collections and the unit tests can check every file without Astro.
 *
 * Notes for the collection config:
 * - Astro's glob loader uses a frontmatter `slug` as the entry id. The same slug exists in every
 *   language, so the loader needs `generateId: ({ entry }) => entry.replace(/\.md$/, '')`
 *   (ids like `de/install-updates`), or the languages overwrite each other.
 * - Dates are `YYYY-MM-DD` strings after parsing, whether or not the YAML quotes them.
 */
import { z } from 'zod';
import { LANGS } from '../../i18n/languages.ts';

/** The languages the site is written in; the folder name under content/<kind>/. */
export const ContentLang = z.enum(LANGS);
export type ContentLang = z.infer<typeof ContentLang>;

function isCalendarDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/**
 * A calendar date, `YYYY-MM-DD`. YAML reads an unquoted date as a Date object (Astro parses
 * frontmatter with js-yaml), so a Date is accepted too and turned back into the string.
 */
export const ContentDate = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'use YYYY-MM-DD')
    .refine(isCalendarDate, 'not a calendar date'),
);

/** A page slug: lower-case English words joined by hyphens; the same in every language. */
export const ContentSlug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lower-case words joined by hyphens');

/** One dated change of a page, in the page's language; the page renders these as its version history. */
export const HistoryEntry = z.object({
  /** The day the change was published. */
  date: ContentDate,
  /** What changed, in one or two sentences. */
  summary: z.string().trim().min(1).max(600),
});
export type HistoryEntry = z.infer<typeof HistoryEntry>;

/** A public source that backs the page's facts. */
export const ContentSource = z.object({
  /** The source's own title (and publisher where it helps), as the reader will see it. */
  title: z.string().trim().min(1).max(200),
  /** Absolute https URL of the source. */
  url: z.url({ protocol: /^https$/ }),
  /** The title's language where it is not the page's (Microsoft's English titles: `en`), for lang= (WCAG 3.1.2). */
  lang: z.enum(LANGS).optional(),
});
export type ContentSource = z.infer<typeof ContentSource>;

/** CVE id as CVE records write it. */
export const CveId = z.string().regex(/^CVE-\d{4}-\d{4,}$/);

/** Fields every advisory and guide has. */
const PageFields = {
  /** The page title (h1 and <title>), in the page's language. */
  title: z.string().trim().min(1).max(120),
  /** Meta description for search engines and link previews; at most 160 characters. */
  description: z.string().trim().min(1).max(160),
  /** The page's language; must match the folder the file is in. */
  lang: ContentLang,
  /** Stable URL segment, identical in all languages; must match the file name. Never change it once published. */
  slug: ContentSlug,
  /** First publication date. */
  firstPublished: ContentDate,
  /** Date of the latest change; equals the newest history entry. */
  lastUpdated: ContentDate,
  /** Every change, oldest first; the first entry is the first publication. */
  history: z.array(HistoryEntry).min(1),
  /** The sources the page's facts rest on (rendered as its source list; facts also link inline). */
  sources: z.array(ContentSource).min(1),
};

type DatedPage = {
  firstPublished: string;
  lastUpdated: string;
  history: HistoryEntry[];
};

/** Checks that the dates tell one story: history sorted, first = firstPublished, last = lastUpdated. */
function checkDates(page: DatedPage, ctx: z.RefinementCtx): void {
  const dates = page.history.map((entry) => entry.date);
  for (let i = 1; i < dates.length; i++) {
    const previous = dates[i - 1] ?? '';
    const current = dates[i] ?? '';
    if (current < previous) {
      ctx.addIssue({ code: 'custom', path: ['history', i, 'date'], message: 'history must be oldest first' });
    }
  }
  if (dates[0] !== page.firstPublished) {
    ctx.addIssue({
      code: 'custom',
      path: ['history', 0, 'date'],
      message: 'first history entry must be firstPublished',
    });
  }
  if (dates[dates.length - 1] !== page.lastUpdated) {
    ctx.addIssue({ code: 'custom', path: ['lastUpdated'], message: 'lastUpdated must be the newest history entry' });
  }
  if (page.lastUpdated < page.firstPublished) {
    ctx.addIssue({ code: 'custom', path: ['lastUpdated'], message: 'lastUpdated is before firstPublished' });
  }
}

/**
 * The advisory of another publisher that an advisory answers: shown as the original it is based on,
 * with its own date and link, and its recommendations of the time kept readable in the history.
 * It is not a version of this site's page.
 */
export const OriginalAdvisory = z
  .object({
    /** Its title, in the language of the page (the publisher's own title where it has one). */
    title: z.string().trim().min(1).max(200),
    /** Who published it, as named at the time (and today, where that changed). */
    publisher: z.string().trim().min(1).max(200),
    /** The day it was published. */
    date: ContentDate,
    /** The original itself, in the page's language where the publisher has one. */
    url: z.url({ protocol: /^https$/ }),
    /** Its recommended measures as it gave them then, in the page's language. */
    recommendations: z.array(z.string().trim().min(1).max(400)).min(1),
  })
  .strict();
export type OriginalAdvisory = z.infer<typeof OriginalAdvisory>;

/** Frontmatter of an advisory (content/advisories/{lang}/{slug}.md). */
export const AdvisoryFrontmatter = z
  .object({
    ...PageFields,
    /** The CVEs the advisory names, for links to the vulnerability pages and structured data. */
    cves: z.array(CveId).optional(),
    basedOn: OriginalAdvisory.optional(),
  })
  .superRefine(checkDates)
  .superRefine((page, ctx) => {
    if (page.basedOn && page.basedOn.date > page.firstPublished) {
      ctx.addIssue({ code: 'custom', path: ['basedOn', 'date'], message: 'the original is older than the page' });
    }
  });
export type AdvisoryFrontmatter = z.infer<typeof AdvisoryFrontmatter>;

/** Frontmatter of a guide (content/guides/{lang}/{slug}.md): one task, in numbered steps. */
export const GuideFrontmatter = z
  .object({
    ...PageFields,
    /** Who the guide is for, in one sentence in the page's language (shown above the steps). */
    audience: z.string().trim().min(1).max(300),
    /** How long the task takes, in words in the page's language (e.g. "1 to 3 hours per server"). */
    timeNeeded: z.string().trim().min(1).max(120),
    /** The same as an ISO 8601 duration (upper estimate), for structured data (HowTo totalTime). */
    totalTime: z
      .string()
      .regex(/^P(?:\d+D)?(?:T(?:\d+H)?(?:\d+M)?)?$/, 'ISO 8601 duration such as PT2H30M')
      .refine((value) => /\d/.test(value), 'empty duration')
      .optional(),
    /** One or two sentences for guide lists and the search index. */
    summary: z.string().trim().min(1).max(300),
    /** Position in the guide list (1 first); the same number for a guide in every language. */
    order: z.number().int().min(1),
  })
  .superRefine(checkDates);
export type GuideFrontmatter = z.infer<typeof GuideFrontmatter>;

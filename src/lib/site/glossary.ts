/**
 * The glossary (/{lang}/glossary/): its terms, the links of each term, the facts its definitions
 * quote from the knowledge base, and the one way texts link a term.
 *
 * A text links a term with a marker, `[cumulative update](glossary:cumulative-update)`: in the
 * interface strings (content/i18n) and in the Markdown pages alike. The label is the text's own
 * word in its language and grammar; the id is the term's anchor on the glossary page, the same in
 * every language. Renderers turn the marker into a link (LinkedText, proseHtml) or, in plain
 * text, into its label (withoutGlossaryMarkers). Words live in content/i18n/{lang}/glossary.json.
 */
import { formatDate } from '../../i18n/format.ts';
import type { Lang } from '../../i18n/languages.ts';
import { kevFigures } from '../exchange/kev-figures.ts';
import type { CveRecord, ProductRecord, Source } from '../schemas/knowledge.ts';
import { splitMatches } from './split-matches.ts';
import { paths } from './urls.ts';

/** Every term's anchor id, in the order of the glossary's sections (the page sorts by each language's words). */
export const GLOSSARY_TERM_IDS = [
  'build',
  'cumulative-update',
  'security-update',
  'hotfix-update',
  'hotfix',
  'admin-display-version',
  'end-of-support',
  'modern-lifecycle',
  'esu',
  'subscription-edition',
  'exchange-online',
  'hybrid',
  'cve',
  'known-exploited',
  'kb-article',
  'health-checker',
  'extended-protection',
  'mitigation',
] as const;
export type GlossaryTermId = (typeof GLOSSARY_TERM_IDS)[number];

export const isGlossaryTermId = (id: string): id is GlossaryTermId =>
  (GLOSSARY_TERM_IDS as readonly string[]).includes(id);

/** Where a term leads further: one of our guides, one of our pages, and Microsoft's (or CISA's) page. */
export interface TermLinks {
  guide?: string;
  page?: 'vulnerabilities' | 'knownExploited' | 'builds';
  /** Locale-free Microsoft Learn addresses, as the guides use them: Microsoft picks the reader's language. */
  external?: string;
}

export const GLOSSARY_LINKS: Record<GlossaryTermId, TermLinks> = {
  build: {
    page: 'builds',
    external: 'https://learn.microsoft.com/exchange/new-features/build-numbers-and-release-dates',
  },
  'cumulative-update': {
    guide: 'install-updates',
    external: 'https://learn.microsoft.com/exchange/plan-and-deploy/install-cumulative-updates',
  },
  'security-update': {
    guide: 'install-updates',
    external:
      'https://learn.microsoft.com/exchange/plan-and-deploy/post-installation-tasks/security-best-practices/exchange-server-update-faq',
  },
  'hotfix-update': {
    guide: 'install-updates',
    external:
      'https://learn.microsoft.com/exchange/plan-and-deploy/post-installation-tasks/security-best-practices/exchange-server-update-faq',
  },
  hotfix: {},
  'admin-display-version': { guide: 'install-updates' },
  'end-of-support': {
    guide: 'leave-end-of-life',
    external: 'https://learn.microsoft.com/lifecycle/products/exchange-server-2019',
  },
  'modern-lifecycle': {
    external: 'https://learn.microsoft.com/lifecycle/products/exchange-server-subscription-edition',
  },
  esu: {
    guide: 'leave-end-of-life',
    external:
      'https://techcommunity.microsoft.com/blog/exchange/announcing-period-2-exchange-20162019-extended-security-update-esu-program/4511603',
  },
  'subscription-edition': {
    guide: 'leave-end-of-life',
    external: 'https://learn.microsoft.com/lifecycle/products/exchange-server-subscription-edition',
  },
  'exchange-online': { guide: 'leave-end-of-life' },
  hybrid: { external: 'https://learn.microsoft.com/exchange/hybrid-deployment/deploy-dedicated-hybrid-app' },
  cve: { page: 'vulnerabilities' },
  'known-exploited': {
    page: 'knownExploited',
    external: 'https://www.cisa.gov/known-exploited-vulnerabilities-catalog',
  },
  'kb-article': {},
  'health-checker': { guide: 'run-health-checker' },
  'extended-protection': {
    guide: 'harden-exchange',
    external:
      'https://learn.microsoft.com/exchange/plan-and-deploy/post-installation-tasks/security-best-practices/exchange-extended-protection',
  },
  mitigation: {
    guide: 'mitigate-while-patching',
    external: 'https://learn.microsoft.com/exchange/exchange-emergency-mitigation-service',
  },
};

/** A link to a term: its section of the glossary page in the language. */
export const glossaryHref = (lang: Lang, id: GlossaryTermId): string => `${paths.glossary(lang)}#${id}`;

// ---------------------------------------------------------------------------------------------
// Facts: what the definitions quote from the knowledge base, as `{placeholders}`

/** The placeholders the definitions may use, filled by glossaryFacts. */
export const GLOSSARY_FACTS = [
  'end2013',
  'end2016',
  'end2019',
  'esuStart',
  'esuEnd',
  'seReleased',
  'supportedCus',
  'kevCount',
  'kevDate',
] as const;
export type GlossaryFact = (typeof GLOSSARY_FACTS)[number];

/** A date of the knowledge base; a missing one is an error in the data, not a blank in a sentence. */
function required(value: string | null | undefined, what: string): string {
  if (!value) throw new Error(`The knowledge base has no ${what}, which the glossary quotes`);
  return value;
}

/** The values of the facts in one language, from the knowledge base's products, CVEs and sources. */
export function glossaryFacts(
  kb: { products: readonly ProductRecord[]; cves: readonly CveRecord[]; sources: readonly Source[] },
  lang: Lang,
): Record<GlossaryFact, string> {
  const product = (version: string) => kb.products.find((p) => p.version === version);
  const p2019 = product('2019');
  const esu = [...(p2019?.esu ?? [])].sort((a, b) => (a.start < b.start ? -1 : 1));
  const figures = kevFigures(kb.cves, kb.sources);
  const date = (value: string) => formatDate(value, lang);
  return {
    end2013: date(required(product('2013')?.extendedEnd, 'end of support of Exchange 2013')),
    end2016: date(required(product('2016')?.extendedEnd, 'end of support of Exchange 2016')),
    end2019: date(required(p2019?.extendedEnd, 'end of support of Exchange 2019')),
    esuStart: date(required(esu[0]?.start, 'ESU start of Exchange 2019')),
    esuEnd: date(required(esu.at(-1)?.end, 'ESU end of Exchange 2019')),
    seReleased: date(required(product('SE')?.released, 'release date of Exchange SE')),
    supportedCus: required(String(product('SE')?.supportedCus ?? ''), 'number of serviced CUs of Exchange SE'),
    kevCount: String(figures.kevCount),
    kevDate: date(figures.catalogDate),
  };
}

// ---------------------------------------------------------------------------------------------
// Markers: `[label](glossary:id)`

/**
 * The interface strings (dotted paths in content/i18n) that may carry markers: those whose
 * renderers link them or show their label (tests/unit/site/glossary.test.ts holds every other
 * string to plain text, so that no raw marker reaches a page, a letter or the text to forward).
 */
export const MARKED_STRINGS: readonly RegExp[] = [
  /^glossary\.terms\.[a-z0-9-]+\.definition$/, // the glossary page (LinkedText)
  /^messages\.verdict\.[a-z_]+\.text$/, // Verdict
  /^judged\.answers\.[A-Za-z]+$/, // SupportAnswers (answer-texts.ts)
  /^advice\.[a-z0-9-]+\.body$/, // Steps and the text to forward (step-texts.ts)
  /^judged\.tracked\.untracked[A-Za-z]*$/, // Vulnerabilities
  /^reference\.(modernPolicy|esu)$/, // LifecycleTable
];

const MARKER = /\[([^[\]]+)\]\(glossary:([a-z0-9-]+)\)/g;

export type GlossaryPart = { text: string; term?: undefined } | { text: string; term: string };

/** The text cut into plain parts and marked terms (ids as written, known or not). */
export function glossaryParts(text: string): GlossaryPart[] {
  return splitMatches(text, MARKER).map(({ text, match }) =>
    match ? { text: match[1] ?? '', term: match[2] ?? '' } : { text },
  );
}

/** The ids a text marks, in order, each once. */
export const glossaryTermsIn = (text: string): string[] => [
  ...new Set(glossaryParts(text).flatMap((p) => (p.term === undefined ? [] : [p.term]))),
];

/** The text as plain words: every marker becomes its label (text to copy, letters, titles). */
export const withoutGlossaryMarkers = (text: string): string => text.replace(MARKER, '$1');

/**
 * Which text links which term when several texts are shown in reading order: each term is linked
 * where it first appears, and only there. Keyed by the text itself, so that a renderer needs no
 * shared state and the order in which components render does not matter.
 */
export type FirstMentions = ReadonlyMap<string, string>;

export function firstMentions(texts: readonly string[]): FirstMentions {
  const first = new Map<string, string>();
  for (const text of texts) for (const id of glossaryTermsIn(text)) if (!first.has(id)) first.set(id, text);
  return first;
}

/** The parts of one text with `href` on the markers this text links (the first mention of a known term). */
export function linkedParts(
  text: string,
  lang: Lang,
  mentions: FirstMentions | 'all' | 'none',
): Array<{ text: string; href?: string; term?: string }> {
  const done = new Set<string>();
  return glossaryParts(text).map((part) => {
    if (part.term === undefined) return { text: part.text };
    const id = part.term;
    const links =
      isGlossaryTermId(id) &&
      !done.has(id) &&
      (mentions === 'all' || (mentions !== 'none' && mentions.get(id) === text));
    done.add(id);
    return links ? { text: part.text, href: glossaryHref(lang, id as GlossaryTermId), term: id } : { text: part.text };
  });
}

/**
 * The glossary markers of rendered Markdown (`<a href="glossary:id">`) as links to the glossary
 * page of the language. Every mention links: a page of prose is read section by section.
 */
export function linkGlossaryInHtml(html: string, lang: Lang): string {
  return html.replace(/<a href="glossary:([a-z0-9-]+)"/g, (whole, id: string) =>
    isGlossaryTermId(id) ? `<a href="${glossaryHref(lang, id)}" class="glossary-link"` : whole,
  );
}

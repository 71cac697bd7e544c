import { formatCount, formatDate } from '../../i18n/format.ts';
import type { Lang } from '../../i18n/languages.ts';
import { kevFigures } from '../exchange/kev-figures.ts';
import { FACTS, type Fact } from '../limits.ts';
import type { CveRecord, Source } from '../schemas/knowledge.ts';
import type { SiteToken } from '../schemas/texts.ts';
import type { PublisherConfig } from './publisher.ts';

/** What the token values are computed from: the publisher and the knowledge base. */
export interface TokenSources {
  publisher: PublisherConfig;
  cves: readonly CveRecord[];
  sources: readonly Source[];
}

/**
 * The values of the `{name}` tokens of the Markdown texts in one language: SITE_TOKENS, and the
 * limits of the check (FACTS of src/lib/limits.ts).
 */
export function siteTokenValues(
  { publisher, cves, sources }: TokenSources,
  lang: Lang,
): Record<SiteToken | Fact, string> {
  const figures = kevFigures(cves, sources);
  return {
    publisherName: publisher.name,
    siteUrl: publisher.url,
    responsible: publisher.responsible,
    address: publisher.address,
    contactEmail: publisher.contactEmail,
    abuseEmail: publisher.abuseEmail,
    securityEmail: publisher.securityEmail,
    sourceCodeUrl: publisher.sourceCodeUrl,
    incidentReportName: publisher.incidentReport.name[lang],
    incidentReportUrl: publisher.incidentReport.url[lang],
    cveCount: formatCount(lang, figures.cveCount),
    kevCount: formatCount(lang, figures.kevCount),
    kevRansomwareCount: formatCount(lang, figures.ransomwareCount),
    kevCatalogDate: formatDate(figures.catalogDate, lang),
    ...(Object.fromEntries(Object.entries(FACTS).map(([fact, value]) => [fact, formatCount(lang, value)])) as Record<
      Fact,
      string
    >),
  };
}

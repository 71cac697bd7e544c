import type { Lang } from '../../i18n/languages.ts';
import { kevFigures } from '../exchange/kev-figures.ts';
import type { CveRecord, Source } from '../schemas/knowledge.ts';
import type { SiteToken } from '../schemas/texts.ts';
import { formatDate } from './dates.ts';
import type { PublisherConfig } from './publisher.ts';

/** What the token values are computed from: the publisher and the knowledge base. */
export interface TokenSources {
  publisher: PublisherConfig;
  cves: readonly CveRecord[];
  sources: readonly Source[];
}

/** The values of the `{name}` tokens of the Markdown texts in one language (SITE_TOKENS). */
export function siteTokenValues({ publisher, cves, sources }: TokenSources, lang: Lang): Record<SiteToken, string> {
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
    cveCount: String(figures.cveCount),
    kevCount: String(figures.kevCount),
    kevRansomwareCount: String(figures.ransomwareCount),
    kevCatalogDate: formatDate(lang, figures.catalogDate),
  };
}

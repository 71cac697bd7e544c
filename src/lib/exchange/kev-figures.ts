/**
 * The totals readers quote: how many Exchange vulnerabilities the knowledge base lists, how many
 * CISA's Known Exploited Vulnerabilities catalog has, how many of those CISA marks as used in
 * ransomware campaigns, and the catalog version they were read from. Computed from
 * content/data/exchange (cves.json, meta.json), never typed into a text.
 */
import type { CveRecord, Source } from '../schemas/knowledge.ts';

/** The id of the KEV catalog in meta.json's sources. */
export const KEV_SOURCE_ID = 'cisa-kev';

export interface KevFigures {
  /** Every vulnerability record in the knowledge base. */
  cveCount: number;
  /** Records that are in the KEV catalog. */
  kevCount: number;
  /** KEV records that CISA marks as known to be used in ransomware campaigns. */
  ransomwareCount: number;
  /** The catalog version the KEV fields were read from (YYYY-MM-DD). */
  catalogDate: string;
}

export function kevFigures(cves: readonly CveRecord[], sources: readonly Source[]): KevFigures {
  const catalogDate = sources.find((source) => source.id === KEV_SOURCE_ID)?.date;
  if (!catalogDate) throw new Error(`meta.json: the source "${KEV_SOURCE_ID}" has no date`);
  const kev = cves.filter((cve) => cve.kev !== null);
  return {
    cveCount: cves.length,
    kevCount: kev.length,
    ransomwareCount: kev.filter((cve) => cve.kev?.ransomware === true).length,
    catalogDate,
  };
}

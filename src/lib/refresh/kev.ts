/** CISA's Known Exploited Vulnerabilities feed (known_exploited_vulnerabilities.json), Exchange entries only. */
import { z } from 'zod';
import { RefreshError } from './errors.ts';

const Feed = z.object({
  catalogVersion: z.string(),
  dateReleased: z.string(),
  vulnerabilities: z.array(
    z.object({
      cveID: z.string(),
      vendorProject: z.string(),
      product: z.string(),
      vulnerabilityName: z.string(),
      dateAdded: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
      dueDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
      knownRansomwareCampaignUse: z.string(),
      cwes: z.array(z.string()).optional(),
    }),
  ),
});

export interface KevEntry {
  cveID: string;
  name: string;
  dateAdded: string;
  dueDate: string;
  ransomware: boolean;
  cwes: string[];
}

export interface KevCatalog {
  catalogVersion: string;
  /** The catalog's release day, `YYYY-MM-DD`. */
  released: string;
  exchange: KevEntry[];
}

export function parseKev(json: unknown): KevCatalog {
  const parsed = Feed.safeParse(json);
  if (!parsed.success) {
    const where = parsed.error.issues[0]?.path.join('.') || 'the top level';
    throw new RefreshError('source_malformed', 'kev', `The answer is not the KEV catalog (unexpected ${where}).`);
  }
  const feed = parsed.data;
  const exchange = feed.vulnerabilities
    .filter((v) => v.vendorProject === 'Microsoft' && /exchange/i.test(v.product))
    .map((v) => ({
      cveID: v.cveID,
      name: v.vulnerabilityName,
      dateAdded: v.dateAdded,
      dueDate: v.dueDate,
      // CISA says "Known" or "Unknown": false means not known, never "not used".
      ransomware: v.knownRansomwareCampaignUse === 'Known',
      cwes: (v.cwes ?? []).filter((c) => /^CWE-\d+$/.test(c)).sort(),
    }));
  return { catalogVersion: feed.catalogVersion, released: feed.dateReleased.slice(0, 10), exchange };
}

import { FACTS, type Fact } from '../limits.ts';
import { SITE_TOKENS, type SiteToken } from '../schemas/texts.ts';

/**
 * The values of the `{name}` tokens that Markdown pages, guides and the factsheet use: the
 * publisher's fields from content/site.json and the limits of src/lib/limits.ts.
 */
export function siteTokenValues(site: Readonly<Record<string, unknown>>): Record<SiteToken | Fact, string> {
  const values = {} as Record<SiteToken | Fact, string>;
  for (const [token, field] of Object.entries(SITE_TOKENS) as Array<[SiteToken, string]>) {
    const value = site[field];
    if (typeof value !== 'string') throw new Error(`content/site.json: "${field}" (token {${token}}) must be a string`);
    values[token] = value;
  }
  for (const [fact, value] of Object.entries(FACTS) as Array<[Fact, number]>) values[fact] = String(value);
  return values;
}

import { SITE_TOKENS, type SiteToken } from '../schemas/texts.ts';

/** The values of the `{name}` tokens that pages and the factsheet use, from content/site.json. */
export function siteTokenValues(site: Readonly<Record<string, unknown>>): Record<SiteToken, string> {
  const values = {} as Record<SiteToken, string>;
  for (const [token, field] of Object.entries(SITE_TOKENS) as Array<[SiteToken, string]>) {
    const value = site[field];
    if (typeof value !== 'string') throw new Error(`content/site.json: "${field}" (token {${token}}) must be a string`);
    values[token] = value;
  }
  return values;
}

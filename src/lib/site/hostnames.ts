/**
 * The one setting of the site's own address: `url` in content/site.json. The Worker refuses to
 * check (or follow a redirect to) this name and every name below it, the User-Agent of each probe
 * names it, and a production build refuses to start while it is still the placeholder.
 */
import site from '../../../content/site.json' with { type: 'json' };

/** The address the repository ships with; no deployment may keep it. */
export const PLACEHOLDER_HOSTNAME = 'exchange-self-check.example.org';

export const SITE_HOSTNAME: string = new URL(site.url).hostname;

/** Throws while content/site.json still names the placeholder: a production build must not. */
export function assertPublishable(hostname: string = SITE_HOSTNAME): void {
  if (hostname === PLACEHOLDER_HOSTNAME || hostname.endsWith(`.${PLACEHOLDER_HOSTNAME}`)) {
    throw new Error(
      `content/site.json: "url" is still the placeholder ${PLACEHOLDER_HOSTNAME}. Set the address the site is published at (npm start builds for local use and allows it).`,
    );
  }
}

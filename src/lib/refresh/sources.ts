/**
 * The four public sources of a refresh, as configuration variables (wrangler.toml holds the
 * production defaults). Outside production a source may be a loopback server
 * (`http://127.0.0.1:PORT`), so that tests and `npm start` never reach the internet; production
 * takes HTTPS only and refuses loopback, so that a mistaken variable cannot feed it local data.
 */
import { RefreshError, type SourceName } from './errors.ts';

export interface SourceVariables {
  SOURCE_MSRC?: string | undefined;
  SOURCE_BUILDS?: string | undefined;
  SOURCE_KEV?: string | undefined;
  SOURCE_CVE?: string | undefined;
}

export type SourceUrls = Readonly<Record<SourceName, string>>;

const VARIABLE: Record<SourceName, keyof SourceVariables> = {
  msrc: 'SOURCE_MSRC',
  builds: 'SOURCE_BUILDS',
  kev: 'SOURCE_KEV',
  cve: 'SOURCE_CVE',
};

/** Answer size caps: a month's CVRF document is a few MB, the KEV catalog about 1.5 MB. */
export const MAX_BYTES: Readonly<Record<SourceName, number>> = {
  msrc: 24_000_000,
  builds: 4_000_000,
  kev: 8_000_000,
  cve: 1_000_000,
};
export const SOURCE_TIMEOUT_MS = 20_000;
/** CVE records read per refresh: new CVEs and those still without CVSS, newest first. */
export const MAX_CVE_RECORDS = 20;

const LOOPBACK = /^http:\/\/127\.0\.0\.1:\d{1,5}(?:\/|$)/;

export function sourceUrls(vars: SourceVariables, production: boolean): SourceUrls {
  const read = (name: SourceName): string => {
    const variable = VARIABLE[name];
    const value = vars[variable]?.trim() ?? '';
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      throw new RefreshError('source_url_refused', name, `${variable} is not a URL: set it in wrangler.toml.`);
    }
    const loopback = LOOPBACK.test(value);
    const allowed = production
      ? url.protocol === 'https:' && !isLocalName(url.hostname)
      : url.protocol === 'https:' || loopback;
    if (!allowed || url.username || url.password) {
      throw new RefreshError(
        'source_url_refused',
        name,
        production
          ? `${variable} must be an https URL of the public source (http and loopback addresses are for local runs only).`
          : `${variable} must be an https URL or http://127.0.0.1:PORT.`,
      );
    }
    return value.replace(/\/+$/, '');
  };
  return { msrc: read('msrc'), builds: read('builds'), kev: read('kev'), cve: read('cve') };
}

const isLocalName = (host: string): boolean =>
  host === 'localhost' || host.endsWith('.localhost') || /^\[?(?:127\.|0\.|::1|::ffff:127\.)/.test(host);

/** MSRC's list of monthly documents and one month's document. */
export const msrcUpdatesUrl = (base: string): string => `${base}/updates`;
export const msrcDocumentUrl = (base: string, id: string): string => `${base}/cvrf/${encodeURIComponent(id)}`;
/** A CVE record: the id is appended to SOURCE_CVE (cveawg.mitre.org/api/cve/CVE-2025-1234). */
export const cveRecordUrl = (base: string, id: string): string => `${base}/${encodeURIComponent(id)}`;

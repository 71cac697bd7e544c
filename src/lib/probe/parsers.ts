/**
 * Readers for what an Exchange server tells anyone who asks: the X-OWA-Version header, the OWA
 * logon page's resource paths and the ECP export tool manifest. Input is untrusted and already cut
 * to the body cap; scanning is indexOf plus bounded loops (no regular expression), so a megabyte
 * of bait costs linear time, and only builds that passed readServerBuild come out.
 */
import { type Build, readServerBuild } from '../exchange/build.ts';

/** Response headers the check reads; no other header is ever looked at, stored or echoed. */
export const HEADER_ALLOW_LIST = [
  'x-owa-version',
  'location',
  'content-type',
  'content-length',
  'x-feserver',
  'x-beserver',
  'x-calculatedbetarget',
  'x-diaginfo',
  'x-feproxyinfo',
  'x-firsthopcafeefz',
] as const;
export type AllowedHeader = (typeof HEADER_ALLOW_LIST)[number];
/** Each header value is cut here; a longer one is dropped as if absent. */
export const MAX_HEADER_LENGTH = 256;

/** Headers that only Exchange's front end (CAS) sets. */
const EXCHANGE_HEADERS: readonly AllowedHeader[] = ['x-feserver', 'x-beserver', 'x-calculatedbetarget', 'x-diaginfo'];
/** Headers that Exchange Online's front doors add on top. */
const MICROSOFT_365_HEADERS: readonly AllowedHeader[] = ['x-feproxyinfo', 'x-firsthopcafeefz'];

/** Registrable domains whose hosts are Microsoft 365 (Exchange Online sign-in and front doors). */
const MICROSOFT_365_DOMAINS = ['office365.com', 'outlook.com', 'office.com', 'microsoftonline.com', 'live.com'];

export type HeaderReader = (name: AllowedHeader) => string | null;

export interface HeaderSignals {
  /** X-OWA-Version as a full build, when it is one. */
  build: Build | null;
  /** An Exchange-only header was present (X-OWA-Version with any value counts). */
  exchange: boolean;
  microsoft365: boolean;
}

export function readHeaderSignals(header: HeaderReader): HeaderSignals {
  const owaVersion = header('x-owa-version');
  return {
    build: owaVersion === null ? null : readServerBuild(owaVersion.trim(), 4),
    exchange: owaVersion !== null || EXCHANGE_HEADERS.some((name) => header(name) !== null),
    microsoft365: MICROSOFT_365_HEADERS.some((name) => header(name) !== null),
  };
}

export function isMicrosoft365Host(host: string): boolean {
  return MICROSOFT_365_DOMAINS.some((domain) => host === domain || host.endsWith(`.${domain}`));
}

const MAX_DISTINCT = 8;
const MAX_TOKEN = 24;

function isBuildCharacter(c: string | undefined): boolean {
  return c === '.' || (c !== undefined && c >= '0' && c <= '9');
}

/** The run of digits and dots at `start`, if a `/` follows it within the token limit. */
function tokenAt(text: string, start: number): string | null {
  let end = start;
  while (end < text.length && end - start <= MAX_TOKEN && isBuildCharacter(text[end])) end++;
  if (end === start || text[end] !== '/') return null;
  return text.slice(start, end);
}

export interface LogonPage {
  /** CU levels (`15.2.1748`, 2013 and later) and 2010's full builds (`14.3.123.4`), distinct. */
  builds: Build[];
  /** The page is an OWA logon page (form target or resource paths), build or not. */
  exchange: boolean;
}

/**
 * `/owa/auth/15.2.1748/themes/...` gives the CU (2013 and later); `/owa/14.3.123.4/themes/...`
 * gives 2010's full build. Every distinct value is returned: a page that names two builds is a
 * finding, never resolved by taking the first.
 */
export function parseLogonPage(html: string): LogonPage {
  const text = html.toLowerCase();
  const builds: Build[] = [];
  let exchange = text.includes('/owa/auth.owa') || text.includes('/owa/auth/owaauth.dll');
  for (let at = text.indexOf('/owa/'); at !== -1 && builds.length < MAX_DISTINCT; at = text.indexOf('/owa/', at + 5)) {
    const afterOwa = at + 5;
    let build: Build | null = null;
    if (text.startsWith('auth/', afterOwa)) {
      exchange = true;
      const token = tokenAt(text, afterOwa + 5);
      build = token === null ? null : readServerBuild(token, 3);
      if (build !== null && build.major !== 15) build = null;
    } else {
      const token = tokenAt(text, afterOwa);
      build = token === null ? null : readServerBuild(token, 4);
      if (build !== null && build.major !== 14) build = null;
    }
    if (build !== null && !includes(builds, build)) builds.push(build);
  }
  return { builds, exchange: exchange || builds.length > 0 };
}

const MAX_ELEMENT = 1024;
const MAX_ATTRIBUTE = 40;

/**
 * The `version` attribute of each `assemblyIdentity` element of the ClickOnce manifest: the
 * deployment's own identity and the dependent assembly's, normally equal. Distinct full builds.
 */
export function parseExportToolManifest(xml: string): Build[] {
  const builds: Build[] = [];
  let at = xml.indexOf('assemblyIdentity');
  for (let seen = 0; at !== -1 && seen < MAX_DISTINCT * 2; seen++) {
    const close = xml.indexOf('>', at);
    const element = xml.slice(at, close === -1 ? at + MAX_ELEMENT : Math.min(close, at + MAX_ELEMENT));
    const version = attributeValue(element, 'version');
    const build = version === null ? null : readServerBuild(version, 4);
    if (build?.major === 15 && !includes(builds, build)) builds.push(build);
    at = xml.indexOf('assemblyIdentity', at + 16);
  }
  return builds;
}

const includes = (builds: readonly Build[], b: Build): boolean => builds.some((seen) => seen.text === b.text);

/** A quoted attribute preceded by whitespace, so that `manifestVersion=` is not `version=`. */
function attributeValue(element: string, name: string): string | null {
  const key = `${name}=`;
  for (let at = element.indexOf(key); at !== -1; at = element.indexOf(key, at + key.length)) {
    const before = element[at - 1];
    if (before !== ' ' && before !== '\t' && before !== '\n' && before !== '\r') continue;
    const quote = element[at + key.length];
    if (quote !== '"' && quote !== "'") return null;
    const start = at + key.length + 1;
    const end = element.indexOf(quote, start);
    if (end === -1 || end - start > MAX_ATTRIBUTE) return null;
    return element.slice(start, end);
  }
  return null;
}

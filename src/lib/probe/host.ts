/**
 * The hostname policy of tests/fixtures/hostile-hosts/README.md, steps 1 to 8 (step 9, DNS,
 * lives in functions/probe/validate.ts). Pure, so the same rules run on user input, on every
 * redirect hop and on test configuration, in Node and in workerd alike.
 */
import { parse as parseDomain } from 'tldts';
import { type AppError, invalidHost, portNotAllowed, privateAddress } from '../errors.ts';
import { isDottedQuad, isPublicAddress } from './address.ts';
import { decodePunycode } from './punycode.ts';

export const MAX_INPUT_LENGTH = 2000;
const MAX_HOSTNAME_LENGTH = 253;

/**
 * Control characters, every kind of space, format characters (zero-width, bidi overrides, soft
 * hyphen, BOM) and backslashes. One character class, so no backtracking whatever the input.
 */
export const FORBIDDEN_CHARACTER = /[\p{Cc}\p{Cf}\p{Z}\\]/u;

/** Names that only ever point into a private network (RFC 6761, RFC 8375, ICANN's .internal). */
const PRIVATE_SUFFIXES = ['localhost', 'local', 'internal', 'home.arpa'];
/** Reserved names that never lead to a real server (RFC 2606, RFC 6761, RFC 7686, RFC 9476). */
const RESERVED_TLDS = new Set(['test', 'example', 'invalid', 'onion', 'alt', 'arpa']);

const ENTER_INSTEAD = 'Enter the name of your Exchange server, for example mail.example.com.';

function isAsciiWhitespace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0c || code === 0x0d;
}

/** Like String.prototype.trim, but ASCII only: U+FEFF and other invisibles must stay to be refused. */
function trimAsciiWhitespace(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && isAsciiWhitespace(text.charCodeAt(start))) start++;
  while (end > start && isAsciiWhitespace(text.charCodeAt(end - 1))) end--;
  return text.slice(start, end);
}

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isAsciiDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/**
 * The scheme, if the text starts with one: `^[a-z][a-z0-9+.-]*:` with no dot in it and no digit
 * right after the colon, so that `localhost:80` and `example.com:443` read as host and port.
 */
export function schemeOf(text: string): { scheme: string; rest: string } | null {
  if (text.length === 0 || !isAsciiLetter(text.charCodeAt(0))) return null;
  let i = 1;
  for (; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!(isAsciiLetter(code) || isAsciiDigit(code) || code === 43 || code === 45 || code === 46)) break;
  }
  if (text.charCodeAt(i) !== 58) return null;
  const scheme = text.slice(0, i).toLowerCase();
  if (scheme.includes('.') || isAsciiDigit(text.charCodeAt(i + 1))) return null;
  return { scheme, rest: text.slice(i + 1) };
}

/** The authority: from `start` up to the first `/`, `?` or `#`. */
export function authorityOf(text: string, start: number): string {
  let end = start;
  while (end < text.length) {
    const c = text[end];
    if (c === '/' || c === '?' || c === '#') break;
    end++;
  }
  return text.slice(start, end);
}

/**
 * Turns what a person pastes (a name, a URL, `name:443`, an IDN) into the hostname that will be
 * checked: lower case, punycode, no trailing dot. Throws `invalid_host`, `private_address` or
 * `port_not_allowed` with a message that says what to enter instead.
 */
export function normaliseHostInput(input: string): { host: string } {
  // Step 1: characters.
  const text = trimAsciiWhitespace(input);
  if (text.length === 0) throw invalidHost(`The host is empty. ${ENTER_INSTEAD}`);
  if (text.length > MAX_INPUT_LENGTH) throw tooLong();
  if (FORBIDDEN_CHARACTER.test(text)) {
    throw invalidHost(`The host contains spaces, invisible or control characters, or a backslash. ${ENTER_INSTEAD}`);
  }

  // Step 2: scheme. Only http(s) URLs or a bare host[:port][/path].
  const scheme = schemeOf(text);
  let authorityStart = 0;
  let urlText = `https://${text}`;
  if (scheme !== null) {
    if ((scheme.scheme !== 'http' && scheme.scheme !== 'https') || !scheme.rest.startsWith('//')) {
      throw invalidHost(`Only a hostname or an https:// address can be checked. ${ENTER_INSTEAD}`);
    }
    authorityStart = scheme.scheme.length + 3;
    urlText = text;
  } else if (text.startsWith('/')) {
    throw invalidHost(`The host is missing. ${ENTER_INSTEAD}`);
  }

  // Step 3: no user info and no percent-encoding in the authority; both hide the real host.
  const authority = authorityOf(text, authorityStart);
  if (authority.length === 0) throw invalidHost(`The host is missing. ${ENTER_INSTEAD}`);
  if (authority.includes('@') || authority.includes('%')) {
    throw invalidHost(`The address contains "@" or "%" before the host name. ${ENTER_INSTEAD}`);
  }

  // Step 4: the WHATWG parser does IDNA mapping and IPv4 normalisation (0x7f.1 → 127.0.0.1).
  let url: URL;
  try {
    url = new URL(urlText);
  } catch {
    throw invalidHost(`This is not a valid host name. ${ENTER_INSTEAD}`);
  }

  // Steps 5 and 6: addresses and private names.
  const host = classifyHostname(url.hostname);

  // Step 7: the check always connects with https on 443; another port means another service.
  if (url.port !== '' && url.port !== '443') {
    throw portNotAllowed(
      `The check only connects to port 443 (https), not to port ${url.port}. Enter the host name without a port.`,
    );
  }

  // Step 8: syntax and public suffix.
  checkHostnameSyntax(host);
  return { host };
}

function tooLong(): AppError {
  return invalidHost(`The host is longer than ${MAX_INPUT_LENGTH} characters. ${ENTER_INSTEAD}`);
}

/**
 * Steps 5 and 6 on a hostname as the URL parser gives it: refuses address literals (private ones
 * as `private_address`) and private names; returns the name without its trailing dot.
 */
export function classifyHostname(hostname: string): string {
  if (hostname.startsWith('[') || isDottedQuad(hostname)) {
    const address = hostname.startsWith('[') ? hostname.slice(1, -1) : hostname;
    if (!isPublicAddress(address)) {
      throw privateAddress(
        `This address belongs to a private or reserved network and cannot be checked. ${ENTER_INSTEAD}`,
      );
    }
    throw invalidHost(`Only host names can be checked, not IP addresses. ${ENTER_INSTEAD}`);
  }
  const host = hostname.endsWith('.') ? hostname.slice(0, -1) : hostname;
  for (const suffix of PRIVATE_SUFFIXES) {
    if (host === suffix || host.endsWith(`.${suffix}`)) {
      throw privateAddress(
        `"${suffix}" names only exist inside private networks and cannot be checked. ${ENTER_INSTEAD}`,
      );
    }
  }
  return host;
}

/** Step 8: length, labels, IDN labels, and a real ICANN public suffix below the name. */
export function checkHostnameSyntax(host: string): void {
  if (host.length > MAX_HOSTNAME_LENGTH) {
    throw invalidHost(`The host name is longer than ${MAX_HOSTNAME_LENGTH} characters. ${ENTER_INSTEAD}`);
  }
  const labels = host.split('.');
  if (labels.length < 2) throw invalidHost(`A full host name with a domain is needed. ${ENTER_INSTEAD}`);
  for (const label of labels) {
    if (!isLdhLabel(label) || (label.startsWith('xn--') && !isCanonicalIdnLabel(label))) {
      throw invalidHost(`This is not a valid host name. ${ENTER_INSTEAD}`);
    }
  }
  const tld = labels[labels.length - 1] ?? '';
  if (!(tld.startsWith('xn--') || [...tld].every((c) => c >= 'a' && c <= 'z')) || RESERVED_TLDS.has(tld)) {
    throw invalidHost(`"${tld}" is not a public top-level domain. ${ENTER_INSTEAD}`);
  }
  const parsed = parseDomain(host, { allowPrivateDomains: false });
  if (parsed.isIcann !== true) {
    throw invalidHost(`"${tld}" is not a public top-level domain. ${ENTER_INSTEAD}`);
  }
  if (parsed.domain === null || parsed.publicSuffix === host) {
    throw invalidHost(`"${host}" is a public suffix, not a server. ${ENTER_INSTEAD}`);
  }
}

/** `[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?`, written out so that nothing can backtrack. */
function isLdhLabel(label: string): boolean {
  if (label.length === 0 || label.length > 63) return false;
  for (let i = 0; i < label.length; i++) {
    const code = label.charCodeAt(i);
    const alnum = isAsciiDigit(code) || (code >= 97 && code <= 122);
    if (!alnum && !(code === 45 && i > 0 && i < label.length - 1)) return false;
  }
  return true;
}

/** An `xn--` label must hold non-ASCII text and be exactly what encoding that text gives again. */
function isCanonicalIdnLabel(label: string): boolean {
  const decoded = decodePunycode(label.slice(4));
  if (decoded === null || [...decoded].every((c) => c.charCodeAt(0) < 0x80)) return false;
  try {
    return new URL(`https://${decoded}.com`).hostname === `${label}.com`;
  } catch {
    return false;
  }
}

/**
 * The site a name belongs to: its registrable domain under the public suffix list, private
 * section included, so that `a.cloudapp.azure.com` and `b.cloudapp.azure.com` (or two EC2 names)
 * are two sites of two owners, not one. The unit of redirect following and of per-target budgets.
 */
export function registrableDomain(host: string): string {
  for (const suffix of SHARED_ZONES_BY_REGION) {
    if (!host.endsWith(`.${suffix}`)) continue;
    const labels = host.slice(0, -suffix.length - 1).split('.');
    return labels.length < 2 ? host : `${labels.slice(-2).join('.')}.${suffix}`;
  }
  // A name that is itself a public suffix (an EC2 name under *.compute-1.amazonaws.com) is its own site.
  return parseDomain(host, { allowPrivateDomains: true }).domain ?? host;
}

/**
 * Cloud zones that hand out `name.region.<zone>` to customers but are missing from the public
 * suffix list's private section (checked against the list that tldts ships): `*.<zone>` is a suffix.
 */
const SHARED_ZONES_BY_REGION = ['cloudapp.azure.com'];

/** True for one of the checker's own names or a name below it (a whole zone is ours). */
export function isOwnHostname(host: string, siteHostnames: readonly string[]): boolean {
  return siteHostnames.some((site) => host === site || host.endsWith(`.${site}`));
}

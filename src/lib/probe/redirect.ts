import { authorityOf, FORBIDDEN_CHARACTER, schemeOf } from './host.ts';

/** Longer than any real redirect of an Exchange server; longer ones are junk or an attack. */
export const MAX_LOCATION_LENGTH = 2048;

/**
 * Resolves a `Location` header against the URL that sent it, under the same rules as user input:
 * https only (a downgrade to http is refused, not upgraded), port 443 only, no user info, no `%`
 * or backslash in the authority, no control or invisible characters. Returns null when the hop
 * must not be followed. The host itself still goes through classifyHostname/checkHostnameSyntax
 * and DNS validation, since the WHATWG parser turns `http://2130706433/` into 127.0.0.1.
 */
export function resolveRedirect(location: string, base: URL): URL | null {
  if (location.length === 0 || location.length > MAX_LOCATION_LENGTH) return null;
  if (FORBIDDEN_CHARACTER.test(location)) return null;
  const scheme = schemeOf(location);
  let authorityStart = -1;
  if (scheme !== null) {
    if (scheme.scheme !== 'https' || !scheme.rest.startsWith('//')) return null;
    authorityStart = scheme.scheme.length + 3;
  } else if (location.startsWith('//')) {
    authorityStart = 2;
  }
  if (authorityStart >= 0) {
    const authority = authorityOf(location, authorityStart);
    if (authority.length === 0 || authority.includes('@') || authority.includes('%')) return null;
  }
  let url: URL;
  try {
    url = new URL(location, base);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || url.username !== '' || url.password !== '' || url.port !== '') return null;
  return url;
}

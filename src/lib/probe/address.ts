import ipaddr from 'ipaddr.js';

/** Global unicast space; everything outside it (mapped, compatible, NAT64, discard ...) is refused. */
const GLOBAL_UNICAST_V6 = ipaddr.parseCIDR('2000::/3');

/**
 * True only for an address a checked server may have: IPv4 whose range is plain unicast, or IPv6
 * inside 2000::/3 whose range is plain unicast. ipaddr.js names every IANA special-purpose range
 * (6to4, Teredo, NAT64, documentation, benchmarking ...), so anything it names is refused.
 */
export function isPublicAddress(text: string): boolean {
  if (!ipaddr.isValid(text)) return false;
  const address = ipaddr.parse(text);
  if (address.range() !== 'unicast') return false;
  return address.kind() === 'ipv4' || (address as ipaddr.IPv6).match(GLOBAL_UNICAST_V6);
}

/** A dotted-quad, as the WHATWG URL parser writes every IPv4 host it recognised. */
export function isDottedQuad(hostname: string): boolean {
  const parts = hostname.split('.');
  if (parts.length !== 4) return false;
  return parts.every((part) => part.length >= 1 && part.length <= 3 && [...part].every((c) => c >= '0' && c <= '9'));
}

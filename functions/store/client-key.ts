import ipaddr from 'ipaddr.js';

/**
 * The part of a client address that identifies one client: an IPv4 address, or the /64 of an IPv6
 * address (one subscriber usually holds a whole /64, so its addresses must share one counter).
 */
export function clientPrefix(address: string): string {
  return prefixOf(address, 64);
}

/**
 * The network a client sits in: the /48 of an IPv6 address (what a site or a small provider
 * customer is given: 65,536 /64s, so 65,536 client keys), the address itself for IPv4.
 */
export function clientNetwork(address: string): string {
  return prefixOf(address, 48);
}

function prefixOf(address: string, bits: 48 | 64): string {
  if (!ipaddr.isValid(address)) return address;
  const parsed = ipaddr.process(address);
  if (parsed.kind() === 'ipv4') return parsed.toString();
  const parts = (parsed as ipaddr.IPv6).parts.slice(0, bits / 16);
  return `${parts.map((p) => p.toString(16)).join(':')}::/${bits}`;
}

/**
 * A key for per-client counters that is not the client's address: HMAC-SHA-256 of its prefix under
 * a secret combined with the day, so keys cannot be reversed by hashing the IPv4 space and cannot
 * be linked across days. Production refuses to run without the secret.
 */
export async function clientKey(
  address: string,
  secret: string | undefined,
  day: string,
  environment = 'production',
  prefix: (address: string) => string = clientPrefix,
): Promise<string> {
  if (!secret && environment === 'production') {
    throw new Error('CLIENT_KEY_SECRET is not set: run `wrangler secret put CLIENT_KEY_SECRET`.');
  }
  const encoder = new TextEncoder();
  const key = await crypto.subtle.importKey(
    'raw',
    encoder.encode(`${secret ?? 'exchange-self-check-local'}:${day}`),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(prefix(address))));
  return Array.from(mac.slice(0, 16), (b) => b.toString(16).padStart(2, '0')).join('');
}

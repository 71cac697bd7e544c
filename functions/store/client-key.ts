/**
 * A key for per-client counters that is not the client's address: HMAC-SHA-256 of the address under
 * a secret combined with the day, so keys cannot be reversed by hashing the IPv4 space and cannot
 * be linked across days.
 */
export async function clientKey(address: string, secret: string | undefined, day: string): Promise<string> {
  const encoder = new TextEncoder();
  const key = await crypto.subtle.importKey(
    'raw',
    encoder.encode(`${secret ?? 'exchange-self-check-local'}:${day}`),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(address)));
  return Array.from(mac.slice(0, 16), (b) => b.toString(16).padStart(2, '0')).join('');
}

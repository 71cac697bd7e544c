import { describe, expect, it } from 'vitest';
import { clientKey, clientPrefix } from '../../../functions/store/client-key.ts';

describe('clientPrefix', () => {
  it.each([
    ['an IPv4 address stays whole', '203.0.113.7', '203.0.113.7'],
    ['an IPv6 address becomes its /64', '2001:db8:1:2:aaaa:bbbb:cccc:dddd', '2001:db8:1:2::/64'],
    ['two addresses of one /64 agree', '2001:db8:1:2::1', '2001:db8:1:2::/64'],
    ['an IPv4-mapped IPv6 address is its IPv4 address', '::ffff:203.0.113.7', '203.0.113.7'],
    ['anything else is kept as it is', 'unknown', 'unknown'],
  ])('%s', (_why, address, prefix) => {
    expect(clientPrefix(address)).toBe(prefix);
  });
});

describe('clientKey', () => {
  it('is not the address and changes with the day', async () => {
    const a = await clientKey('203.0.113.7', 'secret', '2026-11-29', 'local');
    const b = await clientKey('203.0.113.7', 'secret', '2026-11-30', 'local');
    expect(a).toMatch(/^[0-9a-f]{32}$/);
    expect(a).not.toContain('203');
    expect(a).not.toBe(b);
  });

  it('refuses to run in production without a secret', async () => {
    await expect(clientKey('203.0.113.7', undefined, '2026-11-29', 'production')).rejects.toThrow(/CLIENT_KEY_SECRET/);
  });
});

/**
 * The pure hostname policy beyond the sample corpus: properties over address encodings (a private
 * IPv4 address written in any of the forms the WHATWG parser accepts is always refused), IPv6
 * forms, and the rules the corpus shows only once.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src/lib/errors.ts';
import { isPublicAddress } from '../../../src/lib/probe/address.ts';
import { normaliseHostInput } from '../../../src/lib/probe/host.ts';
import { decodePunycode } from '../../../src/lib/probe/punycode.ts';

function codeOf(input: string): string {
  try {
    return `accept:${normaliseHostInput(input).host}`;
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
}

/** Private and special-purpose IPv4 blocks, as [first octets, prefix length]. */
const PRIVATE_V4: ReadonlyArray<readonly [number[], number]> = [
  [[0], 8],
  [[10], 8],
  [[100, 64], 10],
  [[127], 8],
  [[169, 254], 16],
  [[172, 16], 12],
  [[192, 0, 0], 24],
  [[192, 0, 2], 24],
  [[192, 88, 99], 24],
  [[192, 168], 16],
  [[198, 18], 15],
  [[198, 51, 100], 24],
  [[203, 0, 113], 24],
  [[224], 4],
  [[240], 4],
];

/** A random address inside one of the blocks above, as a 32-bit number. */
const privateV4 = fc
  .tuple(fc.constantFrom(...PRIVATE_V4), fc.integer({ min: 0, max: 0xffffffff }))
  .map(([[octets, prefix], random]) => {
    const base = octets.reduce((acc, octet, i) => acc + octet * 256 ** (3 - i), 0);
    const hostBits = 32 - prefix;
    return (base - (base % 2 ** hostBits) + (random % 2 ** hostBits)) >>> 0;
  });

const octetsOf = (n: number) => [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];

/** The encodings the WHATWG IPv4 parser understands: decimal, octal, hex, short forms, mixed. */
const encodings: Record<string, (n: number) => string> = {
  dotted: (n) => octetsOf(n).join('.'),
  decimal: (n) => String(n),
  hex: (n) => `0x${n.toString(16)}`,
  octal: (n) => `0${n.toString(8)}`,
  octalParts: (n) =>
    octetsOf(n)
      .map((o) => `0${o.toString(8)}`)
      .join('.'),
  hexParts: (n) =>
    octetsOf(n)
      .map((o) => `0x${o.toString(16)}`)
      .join('.'),
  twoParts: (n) => `${n >>> 24}.${n & 0xffffff}`,
  threeParts: (n) => `${n >>> 24}.${(n >>> 16) & 255}.${n & 0xffff}`,
  trailingDot: (n) => `${octetsOf(n).join('.')}.`,
  mappedV6: (n) => `[::ffff:${octetsOf(n).join('.')}]`,
  mappedV6Hex: (n) => `[::ffff:${(n >>> 16).toString(16)}:${(n & 0xffff).toString(16)}]`,
  compatibleV6: (n) => `[::${(n >>> 16).toString(16)}:${(n & 0xffff).toString(16)}]`,
  nat64: (n) => `[64:ff9b::${(n >>> 16).toString(16)}:${(n & 0xffff).toString(16)}]`,
  sixToFour: (n) => `[2002:${(n >>> 16).toString(16)}:${(n & 0xffff).toString(16)}::1]`,
};

describe('address encodings (properties)', () => {
  it.each(Object.keys(encodings))('a private IPv4 address written as %s is always refused as private', (name) => {
    const encode = encodings[name] as (n: number) => string;
    fc.assert(
      fc.property(
        privateV4,
        fc.constantFrom('', 'https://', 'http://'),
        fc.constantFrom('', ':443', '/owa/'),
        (n, scheme, tail) => {
          expect(codeOf(`${scheme}${encode(n)}${tail}`)).toBe('private_address');
        },
      ),
      { numRuns: 300 },
    );
  });

  it('any IPv4 literal, public or not, is refused (hostnames only)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 0xffffffff }),
        fc.constantFrom(...Object.values(encodings)),
        (n, encode) => {
          expect(codeOf(encode(n))).toMatch(/^(private_address|invalid_host)$/);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('any IPv6 literal is refused, and one outside 2000::/3 always as private', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 0xffff }), { minLength: 8, maxLength: 8 }), (groups) => {
        const text = groups.map((g) => g.toString(16)).join(':');
        const code = codeOf(`[${text}]`);
        if ((groups[0] ?? 0) < 0x2000 || (groups[0] ?? 0) >= 0x4000) expect(code).toBe('private_address');
        else expect(code).toMatch(/^(private_address|invalid_host)$/);
      }),
      { numRuns: 2000 },
    );
  });

  it('isPublicAddress agrees with the special ranges at their edges', () => {
    const cases: Array<[string, boolean]> = [
      ['172.15.255.255', true],
      ['172.16.0.0', false],
      ['172.31.255.255', false],
      ['172.32.0.0', true],
      ['100.63.255.255', true],
      ['100.64.0.0', false],
      ['100.127.255.255', false],
      ['100.128.0.0', true],
      ['198.17.255.255', true],
      ['198.18.0.0', false],
      ['198.19.255.255', false],
      ['198.20.0.0', true],
      ['223.255.255.255', true],
      ['224.0.0.0', false],
      ['2001:200::1', true],
      ['2001:1ff:ffff::1', false],
      ['2001:db8::1', false],
      ['2002::1', false],
      ['3fff::1', false],
      ['64:ff9b::1.1.1.1', false],
      ['64:ff9b:1::1', false],
      ['::ffff:1.1.1.1', false],
      ['fe80::1', false],
      ['2606:4700:4700::1111', true],
      ['not an address', false],
    ];
    for (const [address, expected] of cases) expect([address, isPublicAddress(address)]).toEqual([address, expected]);
  });
});

describe('input forms', () => {
  it.each([
    ['MAIL.Example.ch.', 'accept:mail.example.ch'],
    ['https://mail.example.ch/owa/', 'accept:mail.example.ch'],
    ['https://mail.example.ch:443/owa/auth/logon.aspx?x=1#y', 'accept:mail.example.ch'],
    ['  mail.example.ch\t', 'accept:mail.example.ch'],
    ['bücher.example.ch', 'accept:xn--bcher-kva.example.ch'],
    ['mail.例え.jp', 'accept:mail.xn--r8jz45g.jp'],
    ['https://mail.example.ch:8443/', 'port_not_allowed'],
    ['https:///mail.example.ch', 'invalid_host'],
    ['https:mail.example.ch', 'invalid_host'],
    ['ws://mail.example.ch', 'invalid_host'],
    ['mail.example.ch\u2028', 'invalid_host'],
    ['\ufeffmail.example.ch', 'invalid_host'],
    ['mail.exam\u00adple.ch', 'invalid_host'],
    ['', 'invalid_host'],
    ['   ', 'invalid_host'],
    [`${'a'.repeat(1990)}.example.ch`, 'invalid_host'],
    ['xn--bcher-kva.example.ch', 'accept:xn--bcher-kva.example.ch'],
    ['xn--BCHER-KVA.example.ch', 'accept:xn--bcher-kva.example.ch'],
    ['xn--abc.example.ch', 'invalid_host'],
    // Encodings of text that IDNA would map first (upper case, full width, combining accent).
    ['xn--bung-fna.example.ch', 'invalid_host'],
    ['xn--tda5321kdae.example.ch', 'invalid_host'],
    ['xn--ab-8tb.example.ch', 'invalid_host'],
    ['foo.blogspot.com', 'accept:foo.blogspot.com'],
    ['co.uk', 'invalid_host'],
    ['example.onion', 'invalid_host'],
    ['wpad.home.arpa', 'private_address'],
    ['a.b.c.d.e.f.example.internal', 'private_address'],
  ])('%s → %s', (input, expected) => {
    expect(codeOf(input)).toBe(expected);
  });

  it('messages never carry characters outside the validated alphabet', () => {
    for (const input of ['<script>.example.com', 'exa"mple.com', 'https://x.example.com:99999/']) {
      // Each is refused; an accepted input would have no message to check.
      const error = (() => {
        try {
          normaliseHostInput(input);
        } catch (caught) {
          return caught;
        }
        return null;
      })();
      expect(error, input).toBeInstanceOf(AppError);
      expect((error as AppError).message).not.toMatch(/[<>"]/u);
    }
  });
});

describe('punycode', () => {
  it.each([
    ['bcher-kva', 'bücher'],
    ['80ak6aa92e', 'аррӏе'],
    ['r8jz45g', '例え'],
    ['a', '\u0080'],
    ['', ''],
  ])('%s decodes to %s', (encoded, decoded) => {
    expect(decodePunycode(encoded)).toBe(decoded);
  });

  it.each([['99999999999'], ['a!b'], ['é-a']])('%s is not Punycode', (encoded) => {
    expect(decodePunycode(encoded)).toBeNull();
  });
});

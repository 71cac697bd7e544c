import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src/lib/errors.ts';
import {
  compareBuilds,
  isExchangeOnline,
  knownBuild,
  MAX_BUILD_INPUT,
  makeBuild,
  parseBuild,
  readServerBuild,
} from '../../../src/lib/exchange/build.ts';

describe('parseBuild accepts the forms Exchange and its admins write', () => {
  it.each([
    ['15.2.1748.24', '15.2.1748.24', 'update', 'X-OWA-Version header, ExSetup.exe FileVersionInfo'],
    ['15.2.1748', '15.2.1748', 'cu', 'OWA logon page path: CU level only'],
    ['15.02.1748.024', '15.2.1748.24', 'update', 'long form with padding zeros (registry, file versions)'],
    ['15.00.0847.032', '15.0.847.32', 'update', 'long form with a padded build part'],
    [
      'Version 15.2 (Build 1748.24)',
      '15.2.1748',
      'cu',
      'AdminDisplayVersion as the cmdlets print it: it does not change with a security update, so CU only',
    ],
    ['version 15.1 (build 2507.6)', '15.1.2507', 'cu', 'case does not matter'],
    ['Version 15.2 (Build 1748)', '15.2.1748', 'cu', 'cmdlet form without an update level'],
    ['  15.2.1748.24\n', '15.2.1748.24', 'update', 'pasted with surrounding whitespace'],
    ['14.3.513.0', '14.3.513.0', 'update', 'Exchange 2010 four-part build'],
    ['15.20.7452.35', '15.20.7452.35', 'update', 'Exchange Online builds parse (the assessment says Online)'],
    ['8.3.83.6', '8.3.83.6', 'update', 'well-formed build of an unknown product still parses'],
  ])('%j → %s (%s): %s', (input, text, precision) => {
    const b = parseBuild(input);
    expect(b.text).toBe(text);
    expect(b.precision).toBe(precision);
  });
});

describe('parseBuild refuses anything else with invalid_build and a helpful message', () => {
  it.each([
    ['', 'empty'],
    ['   ', 'whitespace only'],
    ['15.2', 'two parts say nothing about the CU'],
    ['15.2.1748.24.1', 'five parts'],
    ['15.2.1748.', 'trailing dot'],
    ['.15.2.1748', 'leading dot'],
    ['15..1748.24', 'empty part'],
    ['v15.2.1748.24', 'prefix letter'],
    ['15.2.1748.24 CU15', 'trailing words'],
    ['15.2.1748.-1', 'negative part'],
    ['15.2.1748.2e1', 'exponent'],
    ['15.2.123456.1', 'build part longer than five digits'],
    ['150.2.1748.24', 'major part longer than two digits'],
    ['15,2,1748,24', 'commas'],
    ['１５.２.１７４８.２４', 'full-width digits'],
    ['Version 15.2 (Build 1748.24', 'unclosed parenthesis'],
    ['<script>alert(1)</script>', 'markup'],
    ['15.2.1748.24\u0000', 'NUL byte'],
    ['x'.repeat(MAX_BUILD_INPUT + 1), 'longer than the cap'],
  ])('%j (%s)', (input) => {
    let error: unknown;
    try {
      parseBuild(input);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('invalid_build');
    expect((error as AppError).status).toBe(400);
    expect((error as AppError).message).toMatch(/15\.2\.1748\.24/);
  });

  it('never echoes the input in the message', () => {
    expect(() => parseBuild('<img src=x onerror=alert(1)>')).toThrow(/^(?!.*<img)/s);
  });
});

describe('readServerBuild: strict, for what a checked server sends', () => {
  it.each([
    ['15.2.1748.24', '15.2.1748.24', 'X-OWA-Version as sent'],
    ['15.02.1748.024', '15.2.1748.24', 'the long form'],
    ['15.2.1748', '15.2.1748', 'a CU level'],
    ['14.3.513.0', '14.3.513.0', 'Exchange 2010 SP3, revision 0'],
    ['15.20.8632.12', '15.20.8632.12', 'Exchange Online'],
    ['15.1.225.16', '15.1.225.16', '2016 RTM'],
  ])('%s → %s (%s)', (text, expected) => {
    expect(readServerBuild(text)?.text).toBe(expected);
  });

  it.each([
    ['', 'empty'],
    ['15', 'one part'],
    ['15.2', 'two parts'],
    ['15.2.1748.24.1', 'five parts'],
    ['15.2.1748.24 ', 'trailing space'],
    ['15.2.1748.a', 'letters'],
    ['15..1748.24', 'an empty part'],
    ['+15.2.1748.24', 'a sign'],
    ['8.3.83.6', 'Exchange 2007, out of scope'],
    ['16.0.1.1', 'no such product'],
    ['15.3.1.1', 'no such minor version'],
    ['14.4.1.1', 'no such 2010 service pack'],
    ['15.2.0.1', 'build 0'],
    ['15.2.123456.1', 'build too wide'],
    ['15.2.1748.123456', 'revision too wide'],
    ['15.2.1748.24<script>', 'markup'],
    ['１５.２.１７４８.２４', 'full-width digits'],
    ['1'.repeat(40), 'over the length cap'],
  ])('%s is refused (%s)', (text) => {
    expect(readServerBuild(text)).toBeNull();
  });

  it('orders numerically, a CU before its full builds', () => {
    const sorted = ['15.2.1748.24', '15.2.1544.14', '15.2.1748', '15.10.1.1', '15.2.1748.3', '14.3.513.0']
      .map(knownBuild)
      .sort(compareBuilds)
      .map((b) => b.text);
    expect(sorted).toEqual(['14.3.513.0', '15.2.1544.14', '15.2.1748', '15.2.1748.3', '15.2.1748.24', '15.10.1.1']);
  });
});

describe('ordering', () => {
  const build = fc
    .tuple(fc.nat(99), fc.nat(99), fc.nat(99999), fc.option(fc.nat(99999), { nil: null }))
    .map(([a, b, c, d]) => makeBuild(a, b, c, d));

  it('is a total order: antisymmetric and transitive', () => {
    fc.assert(
      fc.property(build, build, build, (a, b, c) => {
        expect(Math.sign(compareBuilds(a, b))).toBe(-Math.sign(compareBuilds(b, a)));
        if (compareBuilds(a, b) <= 0 && compareBuilds(b, c) <= 0) expect(compareBuilds(a, c)).toBeLessThanOrEqual(0);
      }),
    );
  });

  it('compares numerically, not as text (1748 > 986, .10 > .9)', () => {
    expect(compareBuilds(parseBuild('15.2.1748.10'), parseBuild('15.2.986.42'))).toBeGreaterThan(0);
    expect(compareBuilds(parseBuild('15.2.1748.10'), parseBuild('15.2.1748.9'))).toBeGreaterThan(0);
  });

  it('puts a CU-level build before every full build of its CU', () => {
    fc.assert(
      fc.property(build, (b) => {
        if (b.revision === null) return;
        expect(compareBuilds(makeBuild(b.major, b.minor, b.build, null), b)).toBeLessThan(0);
      }),
    );
  });

  it('reads the padded long form as the same build as the short one', () => {
    fc.assert(
      fc.property(build, (b) => {
        const pad = (n: number, w: number) => String(n).padStart(w, '0');
        const long = [
          pad(b.major, 2),
          pad(b.minor, 2),
          pad(b.build, 4),
          ...(b.revision === null ? [] : [pad(b.revision, 3)]),
        ];
        expect(compareBuilds(parseBuild(long.join('.')), b)).toBe(0);
        expect(parseBuild(b.text).text).toBe(b.text);
      }),
    );
  });
});

describe('hostile input', () => {
  it('returns a result or an AppError for any string', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.stringMatching(/^[\d. ()a-zA-Z]{0,40}$/)),
        (s) => {
          try {
            parseBuild(s);
          } catch (e) {
            expect(e).toBeInstanceOf(AppError);
          }
        },
      ),
    );
  });

  it.each([
    ['a megabyte of digits and dots', '1.'.repeat(512 * 1024)],
    ['a megabyte inside the cmdlet form', `Version 15.2 (Build ${'1'.repeat(1024 * 1024)})`],
    ['a megabyte of spaces before a valid build', `${' '.repeat(1024 * 1024)}15.2.1748.24`],
  ])('refuses %s quickly', (_, input) => {
    const started = performance.now();
    expect(() => parseBuild(input)).toThrow(AppError);
    expect(performance.now() - started).toBeLessThan(500); // a length check, not a scan: catches a hang
  });
});

describe('Exchange Online is decided once, by major.minor 15.20', () => {
  it.each([
    ['15.20.8632.12', true],
    ['15.20.1', true],
    ['15.2.1748.24', false],
    ['15.2.2062.20', false],
    ['14.3.513.0', false],
  ])('%s: %s', (text, expected) => {
    expect(isExchangeOnline(knownBuild(text))).toBe(expected);
    expect(isExchangeOnline(parseBuild(text))).toBe(expected);
  });
});

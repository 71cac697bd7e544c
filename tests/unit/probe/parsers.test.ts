/** The response readers on the fixtures of tests/fixtures/exchange, and on bait. */
import { describe, expect, it } from 'vitest';
import { compareBuilds, parseBuild } from '../../../src/lib/probe/build.ts';
import {
  isMicrosoft365Host,
  parseExportToolManifest,
  parseLogonPage,
  readHeaderSignals,
} from '../../../src/lib/probe/parsers.ts';
import { fixture, renderFixture } from '../../support/fake-exchange.ts';

describe('parseBuild', () => {
  it.each([
    ['15.2.1748.24', '15.2.1748.24', 'X-OWA-Version as sent'],
    ['15.02.1748.024', '15.2.1748.24', 'the long form'],
    ['15.2.1748', '15.2.1748', 'a CU level'],
    ['14.3.513.0', '14.3.513.0', 'Exchange 2010 SP3, revision 0'],
    ['15.20.8632.12', '15.20.8632.12', 'Exchange Online'],
    ['15.1.225.16', '15.1.225.16', '2016 RTM'],
  ])('%s → %s (%s)', (text, expected) => {
    expect(parseBuild(text)).toBe(expected);
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
    expect(parseBuild(text)).toBeNull();
  });

  it('orders numerically, a CU before its full builds', () => {
    const sorted = ['15.2.1748.24', '15.2.1544.14', '15.2.1748', '15.10.1.1', '15.2.1748.3', '14.3.513.0'].sort(
      compareBuilds,
    );
    expect(sorted).toEqual(['14.3.513.0', '15.2.1544.14', '15.2.1748', '15.2.1748.3', '15.2.1748.24', '15.10.1.1']);
  });
});

describe('readHeaderSignals', () => {
  const reader = (headers: Record<string, string>) => (name: string) => headers[name] ?? null;

  it.each([
    [{ 'x-owa-version': '15.2.1748.24' }, { build: '15.2.1748.24', exchange: true, microsoft365: false }],
    [{ 'x-owa-version': ' 15.1.2507.75 ' }, { build: '15.1.2507.75', exchange: true, microsoft365: false }],
    [{ 'x-owa-version': '15.2.1748' }, { build: null, exchange: true, microsoft365: false }],
    [{ 'x-owa-version': '<img src=x onerror=alert(1)>' }, { build: null, exchange: true, microsoft365: false }],
    [{ 'x-owa-version': '15.2.1748.24, 15.2.1748.24' }, { build: null, exchange: true, microsoft365: false }],
    [{ 'x-feserver': 'EXCH01' }, { build: null, exchange: true, microsoft365: false }],
    [{ 'x-calculatedbetarget': 'exch02.corp.example.com' }, { build: null, exchange: true, microsoft365: false }],
    [
      { 'x-owa-version': '15.20.8632.12', 'x-feproxyinfo': 'AM0PR04CA0012.EURPRD04.PROD.OUTLOOK.COM' },
      { build: '15.20.8632.12', exchange: true, microsoft365: true },
    ],
    [{ server: 'nginx' }, { build: null, exchange: false, microsoft365: false }],
  ])('%j', (headers, expected) => {
    expect(readHeaderSignals(reader(headers))).toEqual(expected);
  });

  it.each([
    ['outlook.office365.com', true],
    ['login.microsoftonline.com', true],
    ['autodiscover-s.outlook.com', true],
    ['outlook.office.com', true],
    ['outlook.office365.com.evil.example.com', false],
    ['notoffice365.com', false],
  ])('%s is Microsoft 365: %s', (host, expected) => {
    expect(isMicrosoft365Host(host)).toBe(expected);
  });
});

describe('parseLogonPage', () => {
  it.each([
    ['15.0.1497.48', '15.0.1497'],
    ['15.1.2507.75', '15.1.2507'],
    ['15.2.1748.24', '15.2.1748'],
    ['15.2.2562.53', '15.2.2562'],
  ])('2013 and later (%s): the CU from the resource paths', (build, cu) => {
    expect(parseLogonPage(renderFixture('logon-2013plus.html', build))).toEqual({ builds: [cu], exchange: true });
  });

  it('2010: the full build from the four-part resource paths', () => {
    expect(parseLogonPage(renderFixture('logon-2010.html', '14.3.513.0'))).toEqual({
      builds: ['14.3.513.0'],
      exchange: true,
    });
  });

  it('a page with rewritten paths is still OWA, with no build', () => {
    expect(parseLogonPage(fixture('logon-hidden.html'))).toEqual({ builds: [], exchange: true });
  });

  it('conflicting paths: every plausible CU, none taken for the only one; junk dropped', () => {
    expect(parseLogonPage(fixture('logon-conflicting.html'))).toEqual({
      builds: ['15.2.1544', '15.2.1748'],
      exchange: true,
    });
  });

  it.each([['not-exchange-404.html'], ['spa-index.html']])('%s is no logon page', (name) => {
    expect(parseLogonPage(fixture(name))).toEqual({ builds: [], exchange: false });
  });

  it.each([
    ['/owa/auth/15.2.1748', 'no slash after the token'],
    ['/owa/auth/15.2.1748.24/x', 'four parts after auth/'],
    ['/owa/15.2.1748.24/x', 'a four-part 2013+ build outside auth/'],
    ['/owa/14.3.513/x', 'a three-part 2010 path'],
    ['/owa/auth/<b>15.2.1748</b>/x', 'markup around the build'],
    ['/OWA/AUTH/15.2.1748.', 'trailing dot, no slash'],
  ])('%s gives no build (%s)', (html) => {
    expect(parseLogonPage(html).builds).toEqual([]);
  });

  it('stops collecting after a handful of distinct values', () => {
    const html = Array.from({ length: 50 }, (_, i) => `/owa/auth/15.2.${1000 + i}/a`).join(' ');
    expect(parseLogonPage(html).builds).toHaveLength(8);
  });
});

describe('parseExportToolManifest', () => {
  it('reads the assemblyIdentity version', () => {
    expect(parseExportToolManifest(renderFixture('exporttool.application', '15.2.1748.24'))).toEqual(['15.2.1748.24']);
  });

  it.each([
    ['<assemblyIdentity manifestVersion="15.2.1748.24" />', 'another attribute ending in version'],
    ['<assemblyIdentity version=15.2.1748.24 />', 'unquoted'],
    ['<assemblyIdentity version="15.2.1748" />', 'three parts'],
    ['<assemblyIdentity version="14.3.513.0" />', 'Exchange 2010 has no export tool'],
    ['<assemblyIdentity version="15.2.1748.24<script>" />', 'markup'],
    ['<assembly version="15.2.1748.24" />', 'another element'],
    ['<assemblyIdentity name="x" />   version="15.2.1748.24"', 'outside the element'],
  ])('%s gives nothing (%s)', (xml) => {
    expect(parseExportToolManifest(xml)).toEqual([]);
  });

  it('returns every distinct version when the identities disagree', () => {
    const xml = `<assemblyIdentity version='15.2.1748.24'/><assemblyIdentity\tversion="15.2.1544.14"/><assemblyIdentity version="15.2.1748.24"/>`;
    expect(parseExportToolManifest(xml)).toEqual(['15.2.1748.24', '15.2.1544.14']);
  });
});

/** The response readers on the fixtures of tests/fixtures/exchange, and on bait. */
import { describe, expect, it } from 'vitest';
import {
  isMicrosoft365Host,
  parseExportToolManifest,
  parseLogonPage,
  readHeaderSignals,
} from '../../../src/lib/probe/parsers.ts';
import { fixture, renderFixture } from '../../support/fake-exchange.ts';

// The readers return parsed builds; the tables below name them by their text.
const logon = (html: string) => {
  const page = parseLogonPage(html);
  return { builds: page.builds.map((b) => b.text), exchange: page.exchange };
};
const manifest = (xml: string) => parseExportToolManifest(xml).map((b) => b.text);

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
    const { build, ...signals } = readHeaderSignals(reader(headers));
    expect({ build: build?.text ?? null, ...signals }).toEqual(expected);
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
    expect(logon(renderFixture('logon-2013plus.html', build))).toEqual({ builds: [cu], exchange: true });
  });

  it('2010: the full build from the four-part resource paths', () => {
    expect(logon(renderFixture('logon-2010.html', '14.3.513.0'))).toEqual({
      builds: ['14.3.513.0'],
      exchange: true,
    });
  });

  it('a page with rewritten paths is still OWA, with no build', () => {
    expect(logon(fixture('logon-hidden.html'))).toEqual({ builds: [], exchange: true });
  });

  it('conflicting paths: every plausible CU, none taken for the only one; junk dropped', () => {
    expect(logon(fixture('logon-conflicting.html'))).toEqual({
      builds: ['15.2.1544', '15.2.1748'],
      exchange: true,
    });
  });

  it.each([['not-exchange-404.html'], ['spa-index.html']])('%s is no logon page', (name) => {
    expect(logon(fixture(name))).toEqual({ builds: [], exchange: false });
  });

  it.each([
    ['/owa/auth/15.2.1748', 'no slash after the token'],
    ['/owa/auth/15.2.1748.24/x', 'four parts after auth/'],
    ['/owa/15.2.1748.24/x', 'a four-part 2013+ build outside auth/'],
    ['/owa/14.3.513/x', 'a three-part 2010 path'],
    ['/owa/auth/<b>15.2.1748</b>/x', 'markup around the build'],
    ['/OWA/AUTH/15.2.1748.', 'trailing dot, no slash'],
  ])('%s gives no build (%s)', (html) => {
    expect(logon(html).builds).toEqual([]);
  });

  it('stops collecting after a handful of distinct values', () => {
    const html = Array.from({ length: 50 }, (_, i) => `/owa/auth/15.2.${1000 + i}/a`).join(' ');
    expect(logon(html).builds).toHaveLength(8);
  });
});

describe('parseExportToolManifest', () => {
  it('reads the assemblyIdentity version', () => {
    expect(manifest(renderFixture('exporttool.application', '15.2.1748.24'))).toEqual(['15.2.1748.24']);
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
    expect(manifest(xml)).toEqual([]);
  });

  it('returns every distinct version when the identities disagree', () => {
    const xml = `<assemblyIdentity version='15.2.1748.24'/><assemblyIdentity\tversion="15.2.1544.14"/><assemblyIdentity version="15.2.1748.24"/>`;
    expect(manifest(xml)).toEqual(['15.2.1748.24', '15.2.1544.14']);
  });
});

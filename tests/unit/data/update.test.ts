/**
 * The refresh pipeline's pure parts against the fixtures in the sources' real formats
 * (tests/fixtures/sources, tests/fixtures/data-update): parsers, merge rules, the guard.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { committedFiles } from '../../../src/lib/exchange/knowledge.ts';
import { validateKnowledgeBase } from '../../../src/lib/exchange/validate.ts';
import { longDate, parseBuildPage } from '../../../src/lib/refresh/build-page.ts';
import { parseCveRecord } from '../../../src/lib/refresh/cve-record.ts';
import { RefreshError } from '../../../src/lib/refresh/errors.ts';
import { parseKev } from '../../../src/lib/refresh/kev.ts';
import { confirmedMonth, mergeKnowledge, monthsToRead } from '../../../src/lib/refresh/merge.ts';
import { exchangeProduct, parseMsrcDocument, parseMsrcUpdates } from '../../../src/lib/refresh/msrc.ts';
import { guard } from '../../../src/lib/refresh/refresh.ts';
import { sourceUrls } from '../../../src/lib/refresh/sources.ts';
import { type KnowledgeBase, OverridesFile } from '../../../src/lib/schemas/knowledge.ts';
import { repoRoot } from './reference.ts';

const read = (dir: string, name: string) => readFileSync(path.join(repoRoot, 'tests/fixtures', dir, name), 'utf8');
const source = (scenario: string, name: string) => read(`sources/${scenario}`, name);
const current = (): KnowledgeBase => validateKnowledgeBase(structuredClone(committedFiles()));
const overrides = OverridesFile.parse(
  JSON.parse(readFileSync(path.join(repoRoot, 'content/data/exchange/overrides.json'), 'utf8')),
);

describe("Microsoft's build-number page (HTML)", () => {
  const { builds, skipped } = parseBuildPage(source('base', 'builds.html'));
  const find = (build: string) => builds.find((b) => b.build === build);

  it.each<[string, Record<string, string | null>, string]>([
    [
      '14.3.513.0',
      { version: '2010', cu: 'SP3', update: 'RU32', released: '2021-03-02' },
      '"Update Rollup 32 for Exchange Server 2010 SP3"',
    ],
    [
      '15.2.1748.24',
      { version: '2019', cu: 'CU15', update: 'Apr25HU', kb: 'KB5050672', url: null },
      'KB from the link; a KB link is no announcement',
    ],
    ['15.2.2562.46', { version: 'SE', cu: 'RTM', update: 'Aug26SU', released: '2026-08-11' }, 'SE'],
    ['15.1.2308.14', { kb: 'KB5004778' }, "the page's known wrong KB, which overrides.json corrects"],
  ])('%s → %j (%s)', (build, expected) => {
    expect(find(build)).toMatchObject(expected);
  });

  it('reads every row of the tables but Exchange 2007, and no markup leaks into a value', () => {
    expect(builds).toHaveLength(288);
    expect(skipped).toEqual([]);
    expect(builds.some((b) => b.build.startsWith('8.'))).toBe(false);
    expect(JSON.stringify(builds)).not.toMatch(/[<>]/);
  });

  it('reports a row it cannot read and refuses a page without a build table', () => {
    const row = '<tr><td>Exchange Server 2019 CU99 <b>x</b></td><td>Someday</td><td>15.2.1.1</td><td></td></tr>';
    const page = source('base', 'builds.html').replace('<tbody>', `<tbody>${row}`);
    expect(parseBuildPage(page).skipped).toEqual(['Exchange Server 2019 CU99 x | Someday | 15.2.1.1']);
    expect(() => parseBuildPage('<html>rate limited</html>')).toThrow(RefreshError);
  });

  it.each([
    ['April 18, 2025', '2025-04-18'],
    ['November 10, 2026', '2026-11-10'],
    ['4/18/2025', null],
    ['Smarch 1, 2025', null],
  ])('reads the date %s as %s', (text, iso) => expect(longDate(text)).toBe(iso));
});

describe("MSRC's CVRF API", () => {
  it('lists the published months, leaving other ids out', () => {
    const json = JSON.parse(source('november', 'msrc/updates.json'));
    json.value.push({ ID: '2017-May-B' });
    expect(parseMsrcUpdates(json).map((m) => m.id)).toEqual([
      '2026-Jul',
      '2026-Aug',
      '2026-Sep',
      '2026-Oct',
      '2026-Nov',
    ]);
  });

  it('reads the Exchange CVEs of a month with title, CVSS, KB and fixed build per CU, and nothing else', () => {
    const month = parseMsrcDocument(JSON.parse(source('se-cu1', 'msrc/2026-Nov.json')), '2026-Nov');
    expect(month).toEqual({
      id: '2026-Nov',
      month: { year: 2026, month: 11 },
      released: '2026-11-10',
      cves: [
        {
          id: 'CVE-2026-99001',
          title: 'Microsoft Exchange Server Remote Code Execution Vulnerability',
          cvss: 8.8,
          cvssVector: 'CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H/E:U/RL:O/RC:C',
          fixes: [
            { version: 'SE', cu: 'RTM', build: '15.2.2562.60', kb: 'KB5131001' },
            { version: 'SE', cu: 'CU1', build: '15.2.2650.8', kb: 'KB5131002' },
          ],
        },
      ],
    });
  });

  it('confirms a month without Exchange updates with no CVEs', () => {
    expect(parseMsrcDocument(JSON.parse(source('base', 'msrc/2026-Oct.json')), '2026-Oct').cves).toEqual([]);
  });

  it.each([
    [{ DocumentTracking: {} }, 'not a CVRF document'],
    [JSON.parse(source('base', 'msrc/2026-Oct.json')), 'Asked for the document 2026-Nov'],
  ])('refuses %#: %s', (json, message) => {
    expect(() => parseMsrcDocument(json, '2026-Nov')).toThrow(message);
  });

  it.each([
    ['Microsoft Exchange Server 2019 Cumulative Update 15', { version: '2019', cu: 'CU15' }],
    ['Microsoft Exchange Server 2016 Cumulative Update 23', { version: '2016', cu: 'CU23' }],
    ['Microsoft Exchange Server Subscription Edition RTM', { version: 'SE', cu: 'RTM' }],
    ['Microsoft Exchange Server Subscription Edition Cumulative Update 1', { version: 'SE', cu: 'CU1' }],
    ['Microsoft Exchange Server 2010 Service Pack 3', { version: '2010', cu: 'SP3' }],
    ['Windows Server 2025', null],
  ])('names %s %j', (name, expected) => expect(exchangeProduct(name)).toEqual(expected));
});

describe('CISA KEV catalog and CVE records', () => {
  it('keeps the Exchange entries of the catalog with its version and day', () => {
    const catalog = parseKev(JSON.parse(read('data-update', 'kev.json')));
    expect(catalog.catalogVersion).toBe('2026.10.20');
    expect(catalog.released).toBe('2026-10-20');
    expect(catalog.exchange.map((e) => e.cveID)).toEqual(['CVE-2021-26855', 'CVE-2026-69380', 'CVE-2026-99999']);
    expect(catalog.exchange[0]).toMatchObject({ ransomware: true, cwes: ['CWE-918'], dueDate: '2022-05-03' });
    expect(() => parseKev({ vulnerabilities: 'none' })).toThrow(RefreshError);
  });

  it('reads title, CVSS and dates from the CNA container, and skips a rejected record', () => {
    expect(parseCveRecord(JSON.parse(read('data-update', 'CVE-2026-69356.json')))).toEqual({
      id: 'CVE-2026-69356',
      title: 'Microsoft Exchange Server Spoofing Vulnerability',
      cvss: 9,
      cvssVector: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:H/I:H/A:N/E:U/RL:O/RC:C',
      published: '2026-09-08',
      updated: '2026-10-09',
    });
    expect(parseCveRecord(JSON.parse(read('data-update', 'CVE-2026-00000-rejected.json')))).toBeNull();
  });
});

describe('which months a refresh reads', () => {
  it.each([
    ['2026-10-02', '2026-12-01', '2026-9', ['2026-9', '2026-10', '2026-11']],
    ['2026-11-10', '2026-12-01', '2026-11', ['2026-11']],
    ['2026-11-10', '2026-12-08', '2026-11', ['2026-11', '2026-12']],
  ])('data of %s on %s: confirmed through %s, reads %j', (version, today, confirmed, months) => {
    const name = (m: { year: number; month: number }) => `${m.year}-${m.month}`;
    expect(name(confirmedMonth(version))).toBe(confirmed);
    expect(monthsToRead(version, today).map(name)).toEqual(months);
  });
});

describe('merging', () => {
  const page = (scenario: string) =>
    parseBuildPage(
      source('base', 'builds.html').replace(
        /(<h2 id="exchange-server-se">[\s\S]*?<tbody>\n)/,
        `$1${scenario === 'base' ? '' : source(scenario, 'builds-rows.html')}`,
      ),
    ).builds;
  const month = (scenario: string, id: string) =>
    parseMsrcDocument(JSON.parse(source(scenario, `msrc/${id}.json`)), id);
  const november = () =>
    mergeKnowledge(
      current(),
      {
        today: '2026-12-01',
        buildPage: page('november'),
        months: [month('base', '2026-Sep'), month('base', '2026-Oct'), month('november', '2026-Nov')],
        kev: parseKev(JSON.parse(source('november', 'kev.json'))),
        cveRecords: [parseCveRecord(JSON.parse(source('november', 'cve/CVE-2026-99001.json')))].filter(
          (r) => r !== null,
        ),
      },
      overrides,
    );

  it('adds the new build and CVE, and moves dataVersion to the confirmed Update Tuesday', () => {
    const { next, changes } = november();
    expect(next.builds.find((b) => b.build === '15.2.2562.60')).toMatchObject({
      update: 'Nov26SU',
      kb: 'KB5131001',
      esuOnly: false,
      source: 'ms-build-list',
    });
    expect(next.cves.find((c) => c.id === 'CVE-2026-99001')).toMatchObject({
      cvss: 8.8,
      fixingUpdate: 'Nov26SU',
      fixedBuilds: [{ version: 'SE', cu: 'RTM', build: '15.2.2562.60', source: 'msrc' }],
      kev: { dateAdded: '2026-11-18', ransomware: false },
    });
    expect(next.meta.dataVersion).toBe('2026-11-10');
    expect(changes).toContain('~ dataVersion 2026-10-02 → 2026-11-10');
    expect(() => guard(current(), next)).not.toThrow();
  });

  it('keeps reviewed overrides against the page', () => {
    const { next, changes } = november();
    expect(next.builds.find((b) => b.build === '15.1.2308.14')?.kb).toBe('KB5004779');
    expect(changes.some((c) => c.includes('15.1.2308.14'))).toBe(false);
  });

  it('never moves dataVersion past an unconfirmed month: a build of it waits', () => {
    const { next, changes } = mergeKnowledge(
      current(),
      { today: '2026-12-01', buildPage: page('november'), months: [month('base', '2026-Sep')] },
      overrides,
    );
    expect(next.meta.dataVersion).toBe('2026-10-02');
    expect(next.builds.some((b) => b.build === '15.2.2562.60')).toBe(false);
    expect(changes).toContain('… build 15.2.2562.60 (2026-11-10) waits until MSRC confirms its month');
  });

  it('takes a new SE CU and its update from the page and MSRC; the CU before stays serviced (N-1)', () => {
    const { next } = mergeKnowledge(
      current(),
      {
        today: '2026-12-01',
        buildPage: page('se-cu1'),
        months: [month('base', '2026-Oct'), month('se-cu1', '2026-Nov')],
      },
      overrides,
    );
    expect(next.builds.filter((b) => b.cu === 'CU1' && b.version === 'SE').map((b) => b.build)).toEqual([
      '15.2.2650.4',
      '15.2.2650.8',
    ]);
    expect(() => validateKnowledgeBase(next)).not.toThrow();
  });

  it('changes nothing when the sources say nothing', () => {
    expect(mergeKnowledge(current(), { today: '2026-10-21' }, overrides).changes).toEqual([]);
  });

  it('changes nothing when every source says what the data says', () => {
    // Every source present, each saying exactly what the data says: a merge that still reports a
    // change (or changes anything) compares something it should not.
    const kb = current();
    const sourceDate = (id: string) => kb.meta.sources.find((s) => s.id === id)?.date ?? '2000-01-01';
    const buildPage = kb.builds.map((b) => ({
      build: b.build,
      version: b.version,
      cu: b.cu,
      update: b.update,
      released: b.released,
      kb: b.kb,
      url: b.url,
    }));
    const kevCves = kb.cves.filter((c) => c.kev);
    const same = mergeKnowledge(
      kb,
      {
        buildPage,
        kev: {
          catalogVersion: 'same',
          released: sourceDate('cisa-kev'),
          exchange: kevCves.map((c) => ({ cveID: c.id, ...(c.kev as NonNullable<typeof c.kev>) })),
        },
        cveRecords: kb.cves.map((c) => ({
          id: c.id,
          title: c.kev ? null : c.title,
          cvss: c.cvss,
          cvssVector: c.cvssVector ?? null,
          published: c.published ?? null,
          updated: null,
        })),
        today: '2026-10-21',
      },
      overrides,
    );
    expect(buildPage.length).toBeGreaterThan(100);
    expect(kevCves.length).toBeGreaterThan(5);
    expect(same.changes).toEqual([]);
    expect(same.next).toEqual(current());
  });

  it('refuses a result that would lose a build or a CVE', () => {
    const next = current();
    next.builds.pop();
    next.cves.shift();
    expect(() => guard(current(), next)).toThrow(/would lose/);
  });
});

describe('source URLs', () => {
  const https = {
    SOURCE_MSRC: 'https://api.msrc.microsoft.com/cvrf/v3.0',
    SOURCE_BUILDS: 'https://learn.microsoft.com/x',
    SOURCE_KEV: 'https://www.cisa.gov/k.json',
    SOURCE_CVE: 'https://cveawg.mitre.org/api/cve/',
  };
  const loopback = { ...https, SOURCE_KEV: 'http://127.0.0.1:8080/kev' };
  it.each([
    [https, true, null],
    [loopback, false, null],
    [loopback, true, 'SOURCE_KEV must be an https URL'],
    [{ ...https, SOURCE_KEV: 'https://127.0.0.1/kev' }, true, 'SOURCE_KEV must be an https URL'],
    [
      { ...https, SOURCE_MSRC: 'http://example.org/' },
      false,
      'SOURCE_MSRC must be an https URL or http://127.0.0.1:PORT',
    ],
    [{ ...https, SOURCE_CVE: '' }, false, 'SOURCE_CVE is not a URL'],
  ])('%j in production %s: %s', (vars, production, refusal) => {
    if (refusal === null) expect(() => sourceUrls(vars, production)).not.toThrow();
    else expect(() => sourceUrls(vars, production)).toThrow(refusal);
  });
});

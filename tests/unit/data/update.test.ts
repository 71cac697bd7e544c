import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergeKnowledge } from '../../../scripts/data/merge.ts';
import { parseBuildList, usDate } from '../../../scripts/data/parse-build-list.ts';
import { cveRecordPath, parseCveRecord } from '../../../scripts/data/parse-cve-record.ts';
import { parseKev } from '../../../scripts/data/parse-kev.ts';
import { committedFiles } from '../../../src/lib/exchange/knowledge.ts';
import { validateKnowledgeBase } from '../../../src/lib/exchange/validate.ts';
import { repoRoot } from './reference.ts';

const fixture = (name: string) => readFileSync(path.join(repoRoot, 'tests/fixtures/data-update', name), 'utf8');
const current = () => validateKnowledgeBase(structuredClone(committedFiles()));

describe("Microsoft's build list (CSV)", () => {
  const { builds, skipped } = parseBuildList(fixture('ExchangeBuildNumbers.csv'));
  const find = (build: string) => builds.find((b) => b.build === build);

  it.each<[string, Record<string, string | null>, string]>([
    ['14.0.682.1', { version: '2010', cu: 'RTM', update: 'RU1' }, '2010 rollup of the release itself'],
    ['14.1.218.15', { version: '2010', cu: 'SP1', update: null }, '"SP1 RTM" is the service pack itself'],
    ['14.3.513.0', { version: '2010', cu: 'SP3', update: 'RU32', released: '2021-03-02' }, 'long form build, US date'],
    ['15.0.847.64', { version: '2013', cu: 'SP1', update: 'Mar21SU' }, '2013 SP1 security update'],
    ['15.1.225.16', { version: '2016', cu: 'Preview', update: null, kb: null, url: null }, 'no KB, no post'],
    ['15.2.1258.12', { version: '2019', cu: 'CU13', update: null }, 'the "(2023H1)" label is not an update'],
    ['15.2.2562.55', { version: 'SE', cu: 'RTM', update: 'Oct26HU', kb: 'KB5130001' }, 'quoted cells'],
  ])('%s → %j (%s)', (build, expected) => {
    expect(find(build)).toMatchObject(expected);
  });

  it('leaves out Exchange 2007 and reports unreadable rows', () => {
    expect(builds.some((b) => b.build.startsWith('8.'))).toBe(false);
    expect(skipped).toEqual(['Exchange 2019 CU16,not-a-build,1/1/2027,,']);
  });

  it('refuses a file that is not the build list', () => {
    expect(() => parseBuildList('<html>rate limited</html>')).toThrow(/unexpected header/);
  });

  it.each([
    ['4/18/2025', '2025-04-18'],
    ['02/14/2023', '2023-02-14'],
    ['2025-04-18', null],
  ])('reads the date %s as %s', (text, iso) => expect(usDate(text)).toBe(iso));
});

describe('CISA KEV feed', () => {
  const catalog = parseKev(JSON.parse(fixture('kev.json')));

  it('keeps the Exchange entries only, with the catalog version and day', () => {
    expect(catalog.catalogVersion).toBe('2026.10.20');
    expect(catalog.released).toBe('2026-10-20');
    expect(catalog.exchange.map((e) => e.cveID)).toEqual(['CVE-2021-26855', 'CVE-2026-69380', 'CVE-2026-99999']);
    expect(catalog.exchange[0]).toMatchObject({ ransomware: true, cwes: ['CWE-918'], dueDate: '2022-05-03' });
  });

  it('refuses a feed of another shape', () => {
    expect(() => parseKev({ vulnerabilities: 'none' })).toThrow();
  });
});

describe('CVE records (cvelistV5)', () => {
  it('reads title, CVSS and dates from the CNA container', () => {
    expect(parseCveRecord(JSON.parse(fixture('CVE-2026-69356.json')))).toEqual({
      id: 'CVE-2026-69356',
      title: 'Microsoft Exchange Server Spoofing Vulnerability',
      cvss: 9,
      cvssVector: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:H/I:H/A:N/E:U/RL:O/RC:C',
      published: '2026-09-08',
      updated: '2026-10-09',
    });
  });

  it('refuses a rejected record', () => {
    expect(() => parseCveRecord(JSON.parse(fixture('CVE-2026-00000-rejected.json')))).toThrow(/REJECTED/);
  });

  it.each([
    ['CVE-2026-42897', 'cves/2026/42xxx/CVE-2026-42897.json'],
    ['CVE-2020-0688', 'cves/2020/0xxx/CVE-2020-0688.json'],
    ['CVE-2021-34473', 'cves/2021/34xxx/CVE-2021-34473.json'],
  ])('finds %s at %s', (id, where) => expect(cveRecordPath(id)).toBe(where));
});

describe('merging', () => {
  const { builds } = parseBuildList(fixture('ExchangeBuildNumbers.csv'));
  const kev = parseKev(JSON.parse(fixture('kev.json')));
  const record = parseCveRecord(JSON.parse(fixture('CVE-2026-69356.json')));
  const { next, changes } = mergeKnowledge(current(), {
    buildList: builds,
    kev,
    cveRecords: [record],
    today: '2026-10-21',
  });

  it('adds new builds, flags ESU-only ones, and moves dataVersion to the newest release', () => {
    expect(next.builds.find((b) => b.build === '15.2.2562.55')).toMatchObject({
      update: 'Oct26HU',
      esuOnly: false,
      source: 'ms-build-list',
    });
    expect(next.builds.find((b) => b.build === '15.2.1748.55')).toMatchObject({ esuOnly: true });
    expect(next.meta.dataVersion).toBe('2026-10-13');
    expect(changes).toContain('~ dataVersion 2026-10-02 → 2026-10-13');
  });

  it('keeps corrected KBs (records with a note) against the list', () => {
    expect(next.builds.find((b) => b.build === '15.1.2308.14')?.kb).toBe('KB5004779');
    expect(changes.some((c) => c.includes('15.1.2308.14'))).toBe(false);
  });

  it('updates KEV facts and asks a person to add CVEs it does not know', () => {
    expect(next.cves.find((c) => c.id === 'CVE-2026-69380')?.kev).toMatchObject({ dateAdded: '2026-10-15' });
    expect(changes).toContain(
      '! CVE-2026-99999 was added to the KEV catalog on 2026-10-20 and is not in cves.json: add it with its fixed builds',
    );
    expect(next.meta.sources.find((s) => s.id === 'cisa-kev')?.date).toBe('2026-10-20');
  });

  it('takes CVSS from the CVE record and prints the change', () => {
    expect(next.cves.find((c) => c.id === 'CVE-2026-69356')?.cvss).toBe(9);
    expect(changes).toContain('~ CVE-2026-69356: cvss 9.3 → 9');
  });

  it('produces a knowledge base that still validates', () => {
    expect(() => validateKnowledgeBase(next)).not.toThrow();
  });

  it('changes nothing when the sources say what the data says', () => {
    // Every source present, each saying exactly what the data says: a merge that still reports a
    // change (or changes anything) compares something it should not.
    const kb = current();
    const sourceDate = (id: string) => kb.meta.sources.find((s) => s.id === id)?.date ?? '2000-01-01';
    const buildList = kb.builds.map((b) => ({
      build: b.build,
      version: b.version,
      cu: b.cu,
      update: b.update,
      released: b.released,
      kb: b.kb,
      url: b.url,
    }));
    const kevCves = kb.cves.filter((c) => c.kev);
    const same = mergeKnowledge(kb, {
      buildList,
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
    });
    expect(buildList.length).toBeGreaterThan(100);
    expect(kevCves.length).toBeGreaterThan(5);
    expect(same.changes).toEqual([]);
    expect(same.next).toEqual(current());
  });
});

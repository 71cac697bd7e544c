import { describe, expect, it } from 'vitest';
import {
  BuildsOpenData,
  buildsCsv,
  buildsJsonSchema,
  buildsOpenData,
  CvesOpenData,
  csvCell,
  cvesCsv,
  cvesJsonSchema,
  cvesOpenData,
  toCsv,
} from '../../../src/lib/exchange/open-data.ts';
import { parseCsv } from '../../support/csv.ts';

describe('open data', () => {
  it('wraps builds in the envelope api.md fixes, with every build', () => {
    const data = BuildsOpenData.parse(buildsOpenData());
    expect(data.dataVersion).toBe('2026-10-02');
    expect(data.licence.id).toBe('CC-BY-4.0');
    expect(data.sources.map((s) => s.id)).toContain('cisa-kev');
    expect(data.builds).toHaveLength(396);
    expect(data.builds.find((b) => b.build === '15.2.1748.24')).toMatchObject({
      product: 'Exchange Server 2019',
      version: '2019',
      cu: 'CU15',
      update: 'Apr25HU',
      released: '2025-04-18',
      kb: 'KB5050672',
    });
  });

  it('wraps CVEs with their fixed builds as a list', () => {
    const data = CvesOpenData.parse(cvesOpenData());
    const proxyLogon = data.cves.find((c) => c.id === 'CVE-2021-26855');
    expect(proxyLogon).toMatchObject({ kev: true, kevAdded: '2021-11-03', ransomware: true, cvss: 9.1 });
    expect(proxyLogon?.fixedIn).toContain('15.2.792.10');
  });

  it('writes CSV that reads back to the same values', () => {
    for (const [csv, records] of [
      [buildsCsv(), buildsOpenData().builds],
      [cvesCsv(), cvesOpenData().cves.map((c) => ({ ...c, fixedIn: c.fixedIn.join(' ') }))],
    ] as const) {
      const [header, ...rows] = parseCsv(csv);
      expect(rows).toHaveLength(records.length);
      const first = records[0] as Record<string, unknown>;
      expect(header).toEqual(Object.keys(first));
      expect(rows[0]).toEqual(Object.values(first).map((v) => (v === null ? '' : String(v))));
    }
  });

  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    [null, ''],
    [true, 'true'],
    [9.1, '9.1'],
  ] as const)('escapes %j as %j', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it('writes nothing for no rows', () => expect(toCsv([])).toBe(''));

  it('publishes JSON Schemas that describe the envelopes', () => {
    const builds = buildsJsonSchema() as { properties: Record<string, unknown>; required: string[] };
    expect(builds.required).toEqual(expect.arrayContaining(['dataVersion', 'sources', 'licence', 'builds']));
    const cves = cvesJsonSchema() as { properties: Record<string, unknown> };
    expect(Object.keys(cves.properties)).toContain('cves');
  });
});

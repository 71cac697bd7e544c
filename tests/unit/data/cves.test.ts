import { describe, expect, it } from 'vitest';
import { allBuilds, allCves, cveById } from '../../../src/lib/exchange/index.ts';
import { normalBuild, readReference, versionOf } from './reference.ts';

const fixedRows = readReference('cve-fixed-builds.tsv');
const keyRows = readReference('key-cves.tsv');
const kevRows = readReference('kev.tsv');
const rows2026 = readReference('cves-2026.tsv');
const buildSet = new Set(allBuilds().map((b) => b.build));

describe('cve-fixed-builds.tsv: every row is a fixed build of its CVE', () => {
  it('has the 692 rows the reference describes', () => expect(fixedRows).toHaveLength(692));

  it.each(fixedRows.map((r, i) => [`${r.cve} ${r.exchange_version} ${r.cu}`, i, r] as const))(
    '%s (row %i)',
    (_, __, row) => {
      const cve = cveById(row.cve ?? '');
      expect(cve, 'CVE missing').toBeDefined();
      if (!cve) return;
      expect(cve.fixingUpdate).toBe(row['fixing_update(HealthChecker SU key)']);
      const fixed = cve.fixedBuilds.find(
        (f) =>
          f.build === normalBuild(row.first_fixed_build_for_that_cu ?? '') &&
          f.version === versionOf(row.exchange_version ?? ''),
      );
      expect(fixed, 'fixed build missing').toBeDefined();
      expect(fixed?.cu).toBe(row.cu);
      expect(buildSet.has(fixed?.build ?? '')).toBe(true);
      // "yes": the update fixes it but a setting override can switch the fix off.
      expect(cve.settingOverride).toBe(row['also_needs_setting_override(config)'] === 'yes');
    },
  );

  it('keeps ADV190018 as an advisory id', () => {
    expect(cveById('ADV190018')?.title).toMatch(/Defense in Depth/);
  });
});

describe('key-cves.tsv: the headline CVEs', () => {
  it.each(keyRows.map((r) => [r.cve, r] as const))('%s', (id, row) => {
    const cve = cveById(id ?? '');
    expect(cve).toBeDefined();
    if (!cve) return;
    const cvss = /^(\d+\.\d)/.exec(row.ms_cna_cvss31 ?? '')?.[1];
    expect(cve.cvss).toBe(cvss ? Number(cvss) : null);
    const kevDate = /^\d{4}-\d{2}-\d{2}/.exec(row.kev_dateAdded ?? '')?.[0];
    expect(cve.kev?.dateAdded ?? null).toBe(kevDate ?? null);
    // The CVE-2024-21410 row has one cell fewer, so look for the "NO" wherever it sits.
    const decidable = !Object.values(row).some((cell) => cell.startsWith('NO'));
    expect(cve.buildDecidable).toBe(decidable);
    if (!decidable) {
      expect(cve.what).toBeTruthy();
      expect(cve.affects).toEqual(['2016', '2019', 'SE']);
    }
    // Every build named in the fixed-builds column that the data lists is a fixed build of the CVE.
    const named = (row['fixed_builds_per_cu (first fixed build; any later CU is also fixed)'] ?? '').match(
      /\b1[45]\.\d+\.\d+\.\d+\b/g,
    );
    const listed = new Set(cve.fixedBuilds.map((f) => f.build));
    const proxyLogonRange = ['CVE-2021-26855', 'CVE-2021-26858', 'CVE-2021-27065'].includes(cve.id);
    for (const build of named ?? []) {
      if (cve.id === 'CVE-2024-21410') continue; // CU14 turns Extended Protection on; the data lists the first build that can
      if (proxyLogonRange && build === '14.3.513.0') continue; // 2010: only CVE-2021-26857
      expect(listed.has(build), `${cve.id} ${build}`).toBe(true);
    }
  });

  it('holds ProxyShell, which the Health Checker lacks, with the CVE records’ builds', () => {
    for (const id of ['CVE-2021-34473', 'CVE-2021-34523']) {
      expect(cveById(id)?.fixedBuilds.map((f) => f.build)).toEqual([
        '15.0.1497.15',
        '15.1.2176.12',
        '15.1.2242.8',
        '15.2.792.13',
        '15.2.858.10',
      ]);
    }
  });
});

describe('kev.tsv: every Exchange entry of the KEV catalog', () => {
  it.each(kevRows.map((r) => [r.cveID, r] as const))('%s', (id, row) => {
    const kev = cveById(id ?? '')?.kev;
    expect(kev).toBeTruthy();
    expect(kev?.dateAdded).toBe(row.dateAdded);
    expect(kev?.dueDate).toBe(row.dueDate);
    expect(kev?.ransomware).toBe(row.knownRansomwareCampaignUse === 'Known');
    expect(kev?.name).toBe(row.vulnerabilityName);
    expect(cveById(id ?? '')?.title).toBe(row.vulnerabilityName);
  });

  it('marks no CVE as KEV that the catalog does not hold', () => {
    const ids = new Set(kevRows.map((r) => r.cveID));
    for (const c of allCves()) if (c.kev) expect(ids.has(c.id), c.id).toBe(true);
  });
});

describe('cves-2026.tsv: the CVEs of May to September 2026', () => {
  const columns = {
    E16_CU23_fixed: ['2016', 'CU23'],
    E19_CU14_fixed: ['2019', 'CU14'],
    E19_CU15_fixed: ['2019', 'CU15'],
    SE_RTM_fixed: ['SE', 'RTM'],
  } as const;

  it.each(rows2026.map((r) => [r.cve, r] as const))('%s', (id, row) => {
    const cve = cveById(id ?? '');
    expect(cve).toBeDefined();
    if (!cve) return;
    expect(cve.cvss).toBe(Number(row['cvss31_base(MS CNA)']));
    expect(cve.cvssVector).toBe(row.vector);
    expect(cve.published).toBe(row.cve_datePublished);
    expect(cve.fixingUpdate).toBe(row.fixing_update_per_current_CVE_record);
    expect(cve.source).toBe('cvelistv5');
    for (const [column, [version, cu]] of Object.entries(columns)) {
      const value = row[column] ?? '';
      const fixed = cve.fixedBuilds.filter((f) => f.version === version && f.cu === cu).map((f) => f.build);
      // CVE-2026-55007 does not affect 2016.
      expect(fixed).toEqual(value === 'not affected' ? [] : [value]);
    }
  });
});

describe('the CVE table as a whole', () => {
  it('covers every CVE of the reference tables', () => {
    const ids = new Set([...fixedRows, ...keyRows, ...rows2026].map((r) => r.cve));
    for (const r of kevRows) ids.add(r.cveID);
    for (const id of ids) expect(cveById(id ?? ''), id).toBeDefined();
  });

  it('names a title, a source and (for decidable CVEs) a fixed build for every CVE', () => {
    for (const c of allCves()) {
      expect(c.title.length).toBeGreaterThan(10);
      expect(c.source).toMatch(/^[a-z0-9-]+$/);
      if (c.buildDecidable) expect(c.fixedBuilds.length).toBeGreaterThan(0);
    }
  });

  it('leaves exactly CVE-2024-21410 and CVE-2025-53786 to configuration', () => {
    expect(
      allCves()
        .filter((c) => !c.buildDecidable)
        .map((c) => c.id),
    ).toEqual(['CVE-2024-21410', 'CVE-2025-53786']);
  });
});

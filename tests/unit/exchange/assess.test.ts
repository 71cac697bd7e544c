import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src/lib/errors.ts';
import { StepId } from '../../../src/lib/exchange/advice.ts';
import { assess, assessBuild } from '../../../src/lib/exchange/assess.ts';
import { parseBuild, toCuLevel } from '../../../src/lib/exchange/build.ts';
import { committedFiles, indexKnowledge } from '../../../src/lib/exchange/knowledge.ts';
import { Assessment } from '../../../src/lib/schemas/api.ts';
import { KnowledgeBaseFiles } from '../../../src/lib/schemas/knowledge.ts';
import { CU_ALIASES, normalBuild, readReference, versionOf } from '../data/reference.ts';

/** A fixed "today" after both ESU periods, so the lifecycle answers do not drift. */
const TODAY = '2026-11-29';
const run = (build: string, opts?: Parameters<typeof assess>[2]) => Assessment.parse(assess(build, TODAY, opts));
const ids = (a: Assessment) => a.vulnerabilities.map((v) => v.id);
const stepIds = (a: Assessment) => a.steps.map((s) => s.id);
const NAMES = {
  '2010': 'Exchange Server 2010',
  '2013': 'Exchange Server 2013',
  '2016': 'Exchange Server 2016',
  '2019': 'Exchange Server 2019',
  SE: 'Exchange Server SE',
} as const;

describe('every build of the reference tables: product and CU', () => {
  const rows = [
    ...readReference('builds.tsv').map((r) => ({ build: r.build ?? '', product: r.product ?? '', cu: r.cu ?? '' })),
    ...readReference('builds-missing.tsv').map((r) => ({
      build: r.build ?? '',
      product: r.product ?? '',
      cu: CU_ALIASES[r.cu ?? ''] ?? r.cu ?? '',
    })),
  ];

  it.each(rows.map((r) => [r.build, r] as const))('%s', (build, row) => {
    const a = run(build);
    const version = versionOf(row.product);
    expect(a.version).toBe(version);
    expect(a.product).toBe(NAMES[version]);
    expect(a.cu).toBe(row.cu);
    expect(a.precision).toBe('update');
    expect(a.build).toBe(normalBuild(build));
    expect(a.released).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(a.latest?.build).toBeDefined();
    expect(['unknown_build', 'exchange_online', 'newer_than_data']).not.toContain(a.verdict);
    for (const step of a.steps) expect(StepId.options).toContain(step.id);
  });

  it.each(
    [
      ...new Set(
        rows
          .filter((r) => !r.product.includes('2010'))
          .map((r) => normalBuild(r.build).split('.').slice(0, 3).join('.')),
      ),
    ]
      .filter((prefix) => prefix !== '15.1.225') // 2016 Preview and RTM share it
      .map((prefix) => [prefix, rows.find((r) => normalBuild(r.build).startsWith(`${prefix}.`))] as const),
  )('CU level %s', (prefix, row) => {
    const a = run(prefix);
    expect(a.precision).toBe('cu');
    expect(a.cu).toBe(row?.cu);
    expect(a.update).toBeNull();
    expect(a.upToDate).toBe(false);
    expect(a.vulnerabilities.every((v) => v.confidence === 'confirmed' || v.confidence === 'possible')).toBe(true);
  });
});

/** The known build just below a fixed build: same CU, one update level lower. */
function justBelow(build: string): string {
  const parts = build.split('.').map(Number);
  const revision = parts[3] ?? 0;
  if (revision > 0) return [...parts.slice(0, 3), revision - 1].join('.');
  // 2010 update rollups end in .0: the rollup before.
  return ({ '14.3.496.0': '14.3.468.0', '14.3.513.0': '14.3.509.0' } as Record<string, string>)[build] ?? build;
}

describe('every fixed build of the CVE reference: the build below is open, the fixed build is not', () => {
  type Row = { cve: string; version: string; cu: string; fixed: string };
  const rows: Row[] = readReference('cve-fixed-builds.tsv').map((r) => ({
    cve: r.cve ?? '',
    version: versionOf(r.exchange_version ?? ''),
    cu: r.cu ?? '',
    fixed: normalBuild(r.first_fixed_build_for_that_cu ?? ''),
  }));
  // ProxyShell (CVE records) and the two Exchange 2010 fixes from key-cves.tsv.
  for (const cve of ['CVE-2021-34473', 'CVE-2021-34523']) {
    for (const [version, cu, fixed] of [
      ['2013', 'CU23', '15.0.1497.15'],
      ['2016', 'CU19', '15.1.2176.12'],
      ['2016', 'CU20', '15.1.2242.8'],
      ['2019', 'CU8', '15.2.792.13'],
      ['2019', 'CU9', '15.2.858.10'],
    ] as const)
      rows.push({ cve, version, cu, fixed });
  }
  rows.push({ cve: 'CVE-2020-0688', version: '2010', cu: 'SP3', fixed: '14.3.496.0' });
  rows.push({ cve: 'CVE-2021-26857', version: '2010', cu: 'SP3', fixed: '14.3.513.0' });
  for (const r of readReference('cves-2026.tsv')) {
    for (const [column, version, cu] of [
      ['E16_CU23_fixed', '2016', 'CU23'],
      ['E19_CU14_fixed', '2019', 'CU14'],
      ['E19_CU15_fixed', '2019', 'CU15'],
      ['SE_RTM_fixed', 'SE', 'RTM'],
    ] as const) {
      const fixed = r[column] ?? '';
      if (fixed !== 'not affected') rows.push({ cve: r.cve ?? '', version, cu, fixed });
    }
  }
  // Where one CU has several rows for one CVE, the highest counts (Health Checker rule 3).
  const highest = new Map<string, string>();
  for (const r of rows) {
    const key = `${r.cve} ${r.version} ${r.cu}`;
    const seen = highest.get(key);
    if (!seen || run(r.fixed).build.localeCompare(seen, 'en', { numeric: true }) > 0) highest.set(key, r.fixed);
  }
  const cases = [...highest.entries()].map(([key, fixed]) => [key, fixed] as const);

  it.each(cases)('%s fixed in %s', (key, fixed) => {
    const cve = key.split(' ')[0] ?? '';
    const below = run(justBelow(fixed));
    const at = run(fixed);
    if (cve === 'CVE-2025-53786') {
      // Configuration decides, once the build has the update its fix needs (April 2025 HU):
      // below it an open vulnerability like any other, at it a configuration finding.
      expect(ids(below)).toContain(cve);
      expect(below.configurationDependent.map((c) => c.id)).not.toContain(cve);
      expect(ids(at)).not.toContain(cve);
      expect(at.configurationDependent.map((c) => c.id)).toContain(cve);
      return;
    }
    const open = below.vulnerabilities.find((v) => v.id === cve);
    expect(open, `${justBelow(fixed)} should be open`).toBeDefined();
    expect(open?.confidence).toBe('confirmed');
    expect(open?.fixedIn).toBe(fixed);
    expect(below.verdict).toBe('vulnerable');
    expect(ids(at)).not.toContain(cve);
  });
});

describe('Health Checker semantics', () => {
  it.each([
    [
      '15.1.1415.10',
      'CVE-2021-26855',
      false,
      "builds.tsv's Mar21SU for 2016 CU8 is above the Health Checker's threshold .8",
    ],
    ['15.1.1415.7', 'CVE-2021-26855', true, 'below both'],
    ['15.2.1118.7', 'CVE-2021-26855', false, 'a CU newer than every listed one (2019 CU12) is fixed (rule 2)'],
    ['15.0.1367.3', 'CVE-2021-26855', true, 'a CU older than every listed one (2013 CU20) is open (rule 4)'],
    ['15.2.986.42', 'CVE-2023-28310', true, 'a CU the fix skipped (2019 CU11, out of support) stays open'],
    ['15.0.1497.48', 'CVE-2023-28310', false, 'no row for 2013: not reported for it (rule 1); untracked instead'],
    ['15.2.2562.17', 'CVE-2021-26855', false, 'SE was never affected'],
    ['15.2.1748.51', 'CVE-2026-96940', true, 'only the re-release Sep26SUv2 fixes CVE-2026-96940'],
    ['15.2.1748.51', 'CVE-2026-69355', false, 'Sep26SU itself fixes the other September CVEs'],
    ['15.1.2507.72', 'CVE-2026-55007', false, 'CVE-2026-55007 does not affect 2016'],
    ['15.2.1748.46', 'CVE-2026-45500', true, 'June CVEs revised on 2026-07-28: first fixed in July'],
    ['14.3.468.0', 'CVE-2020-0688', true, '2010 SP3 before RU30'],
    ['14.3.509.0', 'CVE-2020-17144', false, '2010 SP3 RU31 fixes CVE-2020-17144'],
  ])('%s %s open=%s: %s', (build, cve, open) => {
    expect(ids(run(build)).includes(cve)).toBe(open);
  });

  it('counts a build with an override-switchable fix as fixed, and says to check the override', () => {
    const a = run('15.2.1748.39');
    expect(ids(a)).not.toContain('CVE-2025-53782');
    const check = a.steps.find((s) => s.id === 'check-configuration');
    expect(check?.params.cves).toContain('CVE-2025-53782');
  });
});

describe('CU-level input: confirmed vs possible', () => {
  it('marks CVEs fixed by a later update of the same CU as possible', () => {
    const a = run('15.2.2562');
    expect(a.verdict).toBe('possibly_vulnerable');
    expect(a.vulnerabilities.length).toBeGreaterThan(0);
    expect(a.vulnerabilities.every((v) => v.confidence === 'possible')).toBe(true);
    expect(a.vulnerabilities.find((v) => v.id === 'CVE-2026-96940')?.fixedIn).toBe('15.2.2562.53');
    expect(a.released).toBe('2025-07-01');
  });

  it('confirms CVEs that no update of the CU fixes (2019 CU11 missed everything after March 2023)', () => {
    const a = run('15.2.986');
    expect(a.verdict).toBe('vulnerable');
    expect(a.vulnerabilities.find((v) => v.id === 'CVE-2023-28310')).toMatchObject({
      confidence: 'confirmed',
      fixedIn: null,
    });
    expect(a.vulnerabilities.find((v) => v.id === 'CVE-2023-21707')).toMatchObject({
      confidence: 'possible',
      fixedIn: '15.2.986.42',
    });
  });

  it('downgrades a full build when the caller says only the CU is reliable', () => {
    const a = Assessment.parse(assessBuild(toCuLevel(parseBuild('15.2.1748.53')), TODAY));
    expect(a).toMatchObject({ build: '15.2.1748', precision: 'cu', cu: 'CU15', update: null, upToDate: false });
  });
});

describe('verdicts and steps', () => {
  it.each([
    [
      '15.2.2562.53',
      'up_to_date',
      ['check-newer-updates', 'run-health-checker', 'check-configuration', 'keep-updated'],
      'SE on its newest build, on 29 November after two Update Tuesdays the data cannot know',
    ],
    [
      '15.2.2562.49',
      'vulnerable',
      ['install-update', 'mitigate-while-patching', 'check-newer-updates', 'run-health-checker', 'check-configuration'],
      'SE on Sep26SU: CVE-2026-96940 (not known-exploited)',
    ],
    [
      '15.2.2562.41',
      'vulnerable',
      [
        'install-update',
        'check-compromise',
        'mitigate-while-patching',
        'check-newer-updates',
        'run-health-checker',
        'check-configuration',
      ],
      'SE on May26HU: CVE-2026-42897 is known-exploited: the compromise check right after the update',
    ],
    [
      '15.2.2562.60',
      'newer_than_data',
      ['check-newer-updates', 'run-health-checker', 'check-configuration', 'newer-than-data'],
      'SE update newer than the data',
    ],
    [
      '15.2.2600.5',
      'newer_than_data',
      ['check-newer-updates', 'run-health-checker', 'check-configuration', 'newer-than-data'],
      'SE CU1, which the data does not know yet',
    ],
    [
      '15.2.1748.53',
      'end_of_life',
      [
        'upgrade-2019-to-se',
        'reduce-exposure',
        'check-compromise',
        'run-health-checker',
        'check-configuration',
        'move-to-exchange-online',
      ],
      '2019 CU15 on its last (ESU) build: the way out first',
    ],
    [
      '15.2.1748.60',
      'end_of_life',
      [
        'upgrade-2019-to-se',
        'reduce-exposure',
        'check-compromise',
        'run-health-checker',
        'check-configuration',
        'newer-than-data',
        'move-to-exchange-online',
      ],
      'end of life also when newer than the data',
    ],
    [
      '15.1.2507.75',
      'end_of_life',
      [
        'migrate-2016-to-se',
        'reduce-exposure',
        'check-compromise',
        'run-health-checker',
        'check-configuration',
        'move-to-exchange-online',
      ],
      '2016 needs a migration',
    ],
    [
      '15.0.1497.48',
      'end_of_life',
      ['migrate-legacy-to-se', 'reduce-exposure', 'check-compromise', 'move-to-exchange-online'],
      '2013 on its last build: no Health Checker (it supports 2016, 2019 and SE only)',
    ],
    [
      '14.3.513.0',
      'end_of_life',
      ['migrate-legacy-to-se', 'reduce-exposure', 'check-compromise', 'move-to-exchange-online'],
      '2010 SP3 RU32, the last 2010 build: nothing to install',
    ],
    ['15.20.7452.35', 'exchange_online', [], 'Exchange Online'],
    [
      '8.3.83.6',
      'end_of_life',
      ['migrate-legacy-to-se', 'reduce-exposure', 'check-compromise', 'move-to-exchange-online'],
      'Exchange 2007 is end of life, not an unknown build',
    ],
    ['16.0.1.1', 'unknown_build', ['verify-build'], 'no such product'],
    ['15.1.2000.1', 'unknown_build', ['verify-build'], 'a 2016 CU between known ones that does not exist'],
  ])('%s → %s', (build, verdict, steps) => {
    const a = run(build);
    expect(a.verdict).toBe(verdict);
    expect(stepIds(a)).toEqual(steps);
  });

  it('climbs an old 2019 CU: the way to SE first, through CU15 and its last public update', () => {
    const a = run('15.2.986.14');
    expect(a.verdict).toBe('vulnerable');
    expect(stepIds(a)).toEqual([
      'upgrade-2019-to-se',
      'install-cu',
      'install-update',
      'check-compromise',
      'reduce-exposure',
      'install-esu-update',
      'run-health-checker',
      'move-to-exchange-online',
    ]);
    expect(a.steps[0]?.params).toEqual({ cu: 'CU11', installFirst: 'CU15' });
    expect(a.steps[1]?.params).toEqual({
      product: 'Exchange Server 2019',
      cu: 'CU15',
      build: '15.2.1748.10',
      kb: 'KB5042461',
      url: 'https://techcommunity.microsoft.com/blog/exchange/released-2025-h1-cumulative-update-for-exchange-server/4362055',
    });
    // The last update anyone could download, never the ESU-only one, comes before anything else.
    expect(a.steps[2]?.params).toMatchObject({
      cu: 'CU15',
      update: 'Oct25SU',
      build: '15.2.1748.39',
      kb: 'KB5066367',
      esuOnly: false,
      last: true,
    });
    expect(a.steps[5]?.params).toMatchObject({
      update: 'Sep26SUv2',
      build: '15.2.1748.53',
      esuOnly: true,
      esuStart: '2025-10-15',
      esuEnd: '2026-10-31',
    });
    const cves = a.steps.find((s) => s.id === 'check-compromise')?.params.cves;
    expect(Array.isArray(cves) && cves.includes('CVE-2022-41040')).toBe(true);
  });

  it('keeps 2019 CU14 on CU14 (both got the last updates) and upgrades from it', () => {
    const a = run('15.2.1544.48');
    expect(a.upToDate).toBe(true);
    expect(stepIds(a)).not.toContain('install-cu');
    expect(a.steps.find((s) => s.id === 'upgrade-2019-to-se')?.params).toEqual({ cu: 'CU14', installFirst: null });
  });

  it('flags the newest CU15 build as ESU-only and says the product is untracked', () => {
    const a = run('15.2.1748.39');
    expect(a.latest).toEqual({ build: '15.2.1748.53', update: 'Sep26SUv2', released: '2026-10-02', esuOnly: true });
    expect(a).toMatchObject({ supported: false, endOfSupport: '2025-10-14', untracked: true });
  });

  it('says SE is supported with no end date', () => {
    expect(run('15.2.2562.53')).toMatchObject({
      supported: true,
      endOfSupport: null,
      untracked: false,
      upToDate: true,
    });
  });

  it('answers update_available for a supported build with only a newer non-security update', () => {
    const files = KnowledgeBaseFiles.parse(structuredClone(committedFiles()));
    const base = files.builds.find((b) => b.build === '15.2.2562.53');
    if (!base) throw new Error('fixture');
    files.builds.push({ ...base, build: '15.2.2562.55', update: 'Oct26HU', kb: null, url: null });
    const a = assess('15.2.2562.53', TODAY, { knowledge: indexKnowledge(files) });
    expect(a.verdict).toBe('update_available');
    expect(a.upToDate).toBe(false);
    expect(a.steps[0]).toMatchObject({ id: 'install-update', params: { build: '15.2.2562.55', update: 'Oct26HU' } });
  });

  // CVE-2024-21410 is fixed by Extended Protection, which a server can turn on only from the
  // August 2022 update of 2016 CU22/CU23 and 2019 CU11/CU12, or any later CU (Microsoft Learn).
  it.each([
    ['15.2.986.5', '2019 CU11 before the August 2022 update', 'open'],
    ['15.2.1118.12', '2019 CU12 with the August 2022 update', 'configuration'],
    ['15.2.1258.12', '2019 CU13', 'configuration'],
    ['15.2.1544.4', '2019 CU14, Extended Protection on at setup', 'configuration'],
    ['15.1.2308.8', '2016 CU21, which never got Extended Protection', 'open'],
    ['15.1.2507.6', '2016 CU23 before the August 2022 update', 'open'],
    ['15.1.2507.12', '2016 CU23 with the August 2022 update', 'configuration'],
    ['15.2.2562.17', 'SE RTM', 'configuration'],
  ])('CVE-2024-21410 on %s (%s) is %s', (build, _what, where) => {
    const a = run(build);
    const open = a.vulnerabilities.some((v) => v.id === 'CVE-2024-21410');
    const configuration = a.configurationDependent.some((c) => c.id === 'CVE-2024-21410');
    expect({ open, configuration }).toEqual({ open: where === 'open', configuration: where === 'configuration' });
  });

  it('lists the configuration-dependent CVEs apart, with what to check', () => {
    const a = run('15.1.2507.75');
    expect(a.configurationDependent.map((c) => c.id)).toEqual(['CVE-2024-21410', 'CVE-2025-53786']);
    expect(a.configurationDependent[0]?.what).toMatch(/Extended Protection/);
    expect(run('15.0.1497.48').configurationDependent).toEqual([]);
  });

  it('puts known-exploited CVEs first', () => {
    const v = run('15.0.1497.2').vulnerabilities;
    const firstNonKev = v.findIndex((x) => !x.kev);
    expect(v.slice(firstNonKev).some((x) => x.kev)).toBe(false);
    expect(v[0]?.kev).toBe(true);
  });
});

describe('SE and 2019 share 15.2', () => {
  it.each([
    ['15.2.1748.24', 'Exchange Server 2019', 'CU15'],
    ['15.2.2562.17', 'Exchange Server SE', 'RTM'],
    ['15.2.2562', 'Exchange Server SE', 'RTM'],
    ['15.2.1544', 'Exchange Server 2019', 'CU14'],
  ])('%s is %s %s', (build, product, cu) => {
    expect(run(build)).toMatchObject({ product, cu });
  });

  it('calls a 15.2 build between 2019 CU15 and SE 2019 beyond the data (end of life), not SE', () => {
    expect(run('15.2.2561.1')).toMatchObject({ product: 'Exchange Server 2019', verdict: 'end_of_life', cu: null });
  });
});

describe('Exchange 2010', () => {
  it.each([
    ['14.3.513.0', 'SP3', 'RU32', 'end_of_life'],
    ['14.3.496.0', 'SP3', 'RU30', 'vulnerable'],
    ['14.3.123.4', 'SP3', null, 'vulnerable'],
    ['14.0.639.21', 'RTM', null, 'vulnerable'], // CVE-2020-0688: an unlisted older SP is open (rule 4)
    ['14.2.390.3', 'SP2', 'RU8', 'vulnerable'],
  ] as const)('%s is %s %s: %s', (build, cu, update, verdict) => {
    const a = run(build);
    expect(a).toMatchObject({ version: '2010', cu, update, verdict, untracked: true, supported: false });
  });

  it('sends an older service pack to SP3, right after the way out', () => {
    expect(run('14.2.390.3').steps[1]).toMatchObject({ id: 'install-cu', params: { cu: 'SP3', build: '14.3.123.4' } });
  });

  it('reads a three-part 2010 build as its update rollup', () => {
    expect(run('14.3.513')).toMatchObject({ precision: 'cu', cu: 'SP3', update: 'RU32', verdict: 'end_of_life' });
  });
});

describe('Exchange Online', () => {
  it('recognises 15.20.x and assesses nothing', () => {
    expect(run('15.20.8901.12')).toMatchObject({
      product: 'Exchange Online',
      version: 'Online',
      verdict: 'exchange_online',
      vulnerabilities: [],
      steps: [],
    });
  });
});

describe('malformed input', () => {
  it.each(['', 'latest', '15.2', '15.2.1748.24; DROP TABLE', '2019 CU15'])('%j is invalid_build', (input) => {
    expect(() => assess(input, TODAY)).toThrow(AppError);
  });

  it('refuses a today that is not a date (a programming error, not user input)', () => {
    expect(() => assess('15.2.1748.24', 'now')).toThrow(TypeError);
  });
});

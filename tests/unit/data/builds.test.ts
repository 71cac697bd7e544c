import { describe, expect, it } from 'vitest';
import { allBuilds, dataVersion, productName } from '../../../src/lib/exchange/index.ts';
import { CU_ALIASES, normalBuild, readReference, updateOf, versionOf } from './reference.ts';

const byBuild = new Map(allBuilds().map((b) => [b.build, b]));
const builds = readReference('builds.tsv');
const missing = readReference('builds-missing.tsv');
const kbDiscrepancies = new Map(readReference('kb-discrepancies.tsv').map((r) => [r.build, r]));

describe('builds.tsv: every row is in the data with the same facts', () => {
  it('has the 296 rows the reference describes', () => expect(builds).toHaveLength(296));

  it.each(builds.map((r) => [r.build, r] as const))('%s', (build, row) => {
    const record = byBuild.get(normalBuild(build ?? ''));
    expect(record, 'build missing from the data').toBeDefined();
    if (!record) return;
    expect(normalBuild(row.build_long ?? '')).toBe(record.build);
    expect(record.version).toBe(versionOf(row.product ?? ''));
    expect(productName(record.version)).toMatch(new RegExp(`^Exchange Server ${record.version}$`));
    expect(record.cu).toBe(row.cu);
    expect(record.update).toBe(updateOf(row.update ?? ''));
    expect(record.released).toBe(row.release_date);
    expect(record.url).toBe(row.announcement || null);
    expect(record.releasedEstimated).toBeUndefined();
    const fix = kbDiscrepancies.get(record.build);
    if (fix) {
      // Corrected where the reference knows the likely right KB; the note says why.
      expect(record.kb).not.toBe(row.kb);
      if (fix['righel_kb(url)'] !== '-') expect(record.kb).toBe(fix['righel_kb(url)']);
      expect(record.note).toContain(row.kb ?? '');
    } else {
      expect(record.kb).toBe(row.kb || null);
    }
  });
});

describe('builds-missing.tsv: every build Microsoft’s list lacks is in the data, dated', () => {
  it('has the 100 rows the reference describes', () => expect(missing).toHaveLength(100));

  it.each(missing.map((r) => [r.build, r] as const))('%s', (build, row) => {
    const record = byBuild.get(normalBuild(build ?? ''));
    expect(record, 'build missing from the data').toBeDefined();
    if (!record) return;
    expect(record.version).toBe(versionOf(row.product ?? ''));
    expect(record.cu).toBe(CU_ALIASES[row.cu ?? ''] ?? row.cu);
    if (row['update(CSS name)']) expect(record.update).toBe(row['update(CSS name)']);
    expect(record.released).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(record.releasedEstimated).toBe(true);
    expect(record.released <= dataVersion()).toBe(true);
    // Where a source gives the month, the derived day lies in it (the Health Checker's update
    // name wins over the scanner's month: 15.1.1531.8 is Oct18SU, the scanner says December).
    const month = /^(\w+), (\d{4})$/.exec(row.date_per_righel ?? '');
    if (month && row.source === 'righel') {
      const monthIndex = new Date(`${month[1]} 1, ${month[2]}`).getMonth() + 1;
      const sameMonth = record.released.startsWith(`${month[2]}-${String(monthIndex).padStart(2, '0')}`);
      const likeCu = record.update === null;
      expect(sameMonth || likeCu).toBe(true);
    }
    if (row.date_hint?.includes('2021-03-02')) expect(record.released).toBe('2021-03-02');
  });

  it('dates a build like the other builds of its update (Mar21SU → 2021-03-02)', () => {
    expect(byBuild.get('15.1.1415.8')?.released).toBe('2021-03-02');
    expect(byBuild.get('15.1.1466.13')?.released).toBe('2021-03-02');
  });
});

describe('the build table as a whole', () => {
  it('holds exactly the reference builds', () => expect(allBuilds()).toHaveLength(396));

  it('flags 2016/2019 builds after October 2025 as ESU-only, and nothing else', () => {
    for (const b of allBuilds()) {
      const expected = (b.version === '2016' || b.version === '2019') && b.released > '2025-10-14';
      expect(b.esuOnly, b.build).toBe(expected);
    }
    expect(byBuild.get('15.2.1748.39')?.esuOnly).toBe(false); // Oct25SU: the last public one
    expect(byBuild.get('15.2.1748.42')?.esuOnly).toBe(true);
  });

  it('names a source for every record', () => {
    for (const b of allBuilds()) expect(b.source).toMatch(/^[a-z0-9-]+$/);
  });

  it('has its newest builds no later than dataVersion (Sep26SUv2 is dated dataVersion itself)', () => {
    expect(byBuild.get('15.2.2562.53')?.released).toBe(dataVersion());
  });
});

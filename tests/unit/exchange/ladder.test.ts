import { describe, expect, it } from 'vitest';
import { updateLadder } from '../../../src/lib/exchange/ladder.ts';

describe('updateLadder', () => {
  it('climbs an unserviced CU to the newest CU, then up its updates', () => {
    const rungs = updateLadder('15.2.986.14');
    expect(rungs[0]).toMatchObject({ build: '15.2.986.14', cu: 'CU11', update: 'Nov21SU', current: true });
    expect(rungs[1]).toMatchObject({ build: '15.2.1748.10', cu: 'CU15', update: null, current: false });
    expect(rungs.at(-1)).toMatchObject({ build: '15.2.1748.53', update: 'Sep26SUv2', esuOnly: true });
    // CU15's base fixes the known-exploited CVEs open on CU11 Nov21SU (ProxyNotShell ...);
    // CVE-2026-42897 (KEV) waits for Jun26SU.
    expect(rungs.filter((r) => r.fixesKev).map((r) => `${r.cu} ${r.update ?? 'base'}`)).toEqual([
      'CU15 base',
      'CU15 Jun26SU',
    ]);
  });

  it('stays on a serviced CU (2019 CU14) and marks the rung that fixes a known-exploited CVE', () => {
    const rungs = updateLadder('15.2.1544.39');
    expect(rungs.map((r) => r.update)).toEqual(['Feb26SU', 'Jun26SU', 'Jul26SU', 'Aug26SU', 'Sep26SU', 'Sep26SUv2']);
    // CVE-2026-42897 (KEV 2026-05-15) is fixed by Jun26SU.
    expect(rungs.filter((r) => r.fixesKev).map((r) => r.update)).toEqual(['Jun26SU']);
  });

  it('is a single current rung for the newest build', () => {
    expect(updateLadder('15.2.2562.53')).toEqual([
      expect.objectContaining({ build: '15.2.2562.53', current: true, fixesKev: false }),
    ]);
  });

  it('starts a CU-level build at its CU and lists every update of it', () => {
    const rungs = updateLadder('15.2.2562');
    expect(rungs[0]).toMatchObject({ build: '15.2.2562', current: true, released: '2025-07-01' });
    expect(rungs.slice(1).map((r) => r.build)).toContain('15.2.2562.20');
    expect(rungs).toHaveLength(12); // the CU and its 11 updates
  });

  it('has no rungs for builds outside the data', () => {
    expect(updateLadder('15.20.7452.35')).toEqual([]);
    expect(updateLadder('15.2.2600.1')).toEqual([]);
    expect(updateLadder('8.3.83.6')).toEqual([]);
  });

  it('rises strictly from rung to rung', () => {
    const rungs = updateLadder('15.1.1415.2');
    // An empty or one-rung ladder would rise trivially.
    expect(rungs.length).toBeGreaterThan(5);
    const key = (b: string) =>
      b
        .split('.')
        .map((p) => p.padStart(5, '0'))
        .join('.');
    for (let i = 1; i < rungs.length; i++)
      expect(key(rungs[i]?.build ?? '') > key(rungs[i - 1]?.build ?? '')).toBe(true);
  });
});

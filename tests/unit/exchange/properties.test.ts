import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src/lib/errors.ts';
import { assess } from '../../../src/lib/exchange/assess.ts';
import { allBuilds } from '../../../src/lib/exchange/knowledge.ts';
import { Assessment } from '../../../src/lib/schemas/api.ts';

const TODAY = '2026-11-29';

/** Builds near real ones: real majors/minors, CU numbers and update levels mixed. */
const plausibleBuild = fc
  .tuple(
    fc.constantFrom(8, 14, 15, 16),
    fc.constantFrom(0, 1, 2, 3, 20),
    fc.oneof(fc.constantFrom(...new Set(allBuilds().map((b) => Number(b.build.split('.')[2])))), fc.nat(99999)),
    fc.option(fc.nat(120), { nil: null }),
  )
  .map(([a, b, c, d]) => (d === null ? `${a}.${b}.${c}` : `${a}.${b}.${c}.${d}`));

describe('assess on any input', () => {
  it('returns a valid Assessment or an invalid_build AppError, never anything else', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme', maxLength: 80 }), plausibleBuild), (input) => {
        try {
          expect(Assessment.safeParse(assess(input, TODAY)).success).toBe(true);
        } catch (e) {
          expect(e).toBeInstanceOf(AppError);
          expect((e as AppError).code).toBe('invalid_build');
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps the verdict consistent with the findings', () => {
    fc.assert(
      fc.property(plausibleBuild, (input) => {
        const a = assess(input, TODAY);
        const confirmed = a.vulnerabilities.some((v) => v.confidence === 'confirmed');
        const possible = a.vulnerabilities.some((v) => v.confidence === 'possible');
        if (confirmed) expect(a.verdict).toBe('vulnerable');
        else if (possible) expect(a.verdict).toBe('possibly_vulnerable');
        if (a.precision === 'update') expect(possible).toBe(false);
        if (a.verdict === 'up_to_date') expect(a.upToDate && a.supported).toBe(true);
        if (a.version !== null && a.version !== 'Online') expect(a.untracked).toBe(!a.supported);
        expect(a.steps.length > 0 || a.verdict === 'exchange_online').toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('never opens a CVE by installing a later update of the same CU', () => {
    const byPrefix = new Map<string, string[]>();
    for (const b of allBuilds()) {
      const prefix = b.build.split('.').slice(0, 3).join('.');
      byPrefix.set(prefix, [...(byPrefix.get(prefix) ?? []), b.build]);
    }
    const pairs = [...byPrefix.values()].filter((builds) => builds.length > 1);
    fc.assert(
      fc.property(fc.constantFrom(...pairs), fc.nat(), fc.nat(), (builds, i, j) => {
        const [lo, hi] = [i % builds.length, j % builds.length].sort((x, y) => x - y) as [number, number];
        const older = new Set(assess(builds[lo] ?? '', TODAY).vulnerabilities.map((v) => v.id));
        for (const v of assess(builds[hi] ?? '', TODAY).vulnerabilities) expect(older.has(v.id)).toBe(true);
      }),
    );
  });

  it('finishes a 1 MB hostile string quickly', () => {
    const started = performance.now();
    expect(() => assess(`15.2.1748.24${'9'.repeat(1024 * 1024)}`, TODAY)).toThrow(AppError);
    expect(performance.now() - started).toBeLessThan(500); // a length check, not a scan: catches a hang
  });
});

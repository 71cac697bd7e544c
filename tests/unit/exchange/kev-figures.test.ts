import { describe, expect, it } from 'vitest';
import { KEV_SOURCE_ID, kevFigures } from '../../../src/lib/exchange/kev-figures.ts';
import { allCves, sources } from '../../../src/lib/exchange/knowledge.ts';
import type { CveRecord, Source } from '../../../src/lib/schemas/knowledge.ts';

const kev = (ransomware: boolean) => ({
  dateAdded: '2024-01-01',
  dueDate: '2024-01-22',
  ransomware,
  name: 'x',
  cwes: [],
});
const cve = (id: string, k: ReturnType<typeof kev> | null) => ({ id, kev: k }) as unknown as CveRecord;
const catalog: Source = {
  id: KEV_SOURCE_ID,
  name: 'KEV',
  url: 'https://www.cisa.gov/',
  date: '2026-08-21',
  covers: 'x',
};

describe('kevFigures', () => {
  it('counts the records, those in the catalog and those used by ransomware', () => {
    const cves = [cve('CVE-1', kev(true)), cve('CVE-2', kev(false)), cve('CVE-3', null), cve('CVE-4', kev(true))];
    expect(kevFigures(cves, [catalog])).toEqual({
      cveCount: 4,
      kevCount: 3,
      ransomwareCount: 2,
      catalogDate: '2026-08-21',
    });
  });

  it('refuses to give totals without the catalog version they come from', () => {
    expect(() => kevFigures([], [{ ...catalog, date: null }])).toThrow(/cisa-kev/);
    expect(() => kevFigures([], [])).toThrow(/cisa-kev/);
  });

  it('the committed knowledge base: the figures the advisory prints', () => {
    const figures = kevFigures(allCves(), sources());
    expect(figures.kevCount).toBe(allCves().filter((c) => c.kev !== null).length);
    expect(figures.ransomwareCount).toBeLessThanOrEqual(figures.kevCount);
    expect(figures.ransomwareCount).toBeGreaterThan(0);
    expect(figures.catalogDate).toBe(sources().find((s) => s.id === 'cisa-kev')?.date);
  });
});

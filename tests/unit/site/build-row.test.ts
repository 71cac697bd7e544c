import { describe, expect, it } from 'vitest';
import { buildRow, buildRowPath, type ListedBuild } from '../../../src/lib/site/build-row.ts';
import { buildRows } from '../../../src/lib/site/search-rows.ts';

const su: ListedBuild = {
  build: '15.2.1748.39',
  version: '2019',
  cu: 'CU15',
  update: 'Oct25SU',
  released: '2025-10-14',
  kb: 'KB5068366',
  url: null,
};
const cu: ListedBuild = { ...su, build: '15.2.1748.10', update: null, kb: null, released: '2024-12-17' };

describe('buildRow', () => {
  it.each([
    ['a KB without an announcement: its support article', su, 'https://support.microsoft.com/help/5068366'],
    [
      'an announcement wins',
      { ...su, url: 'https://techcommunity.microsoft.com/oct25su' },
      'https://techcommunity.microsoft.com/oct25su',
    ],
    ['no KB, no link', cu, null],
  ])('%s', (_why, build, kbHref) => {
    expect(buildRow(build, 'Exchange Server 2019', 'en').kbHref).toBe(kbHref);
  });

  it("is the row the builds page shows: its id, its CU section's heading, its cells", () => {
    const row = buildRow(su, 'Exchange Server 2019', 'fr');
    expect(row).toMatchObject({
      id: 'build-15.2.1748.39',
      section: 'Exchange Server 2019 CU15',
      build: '15.2.1748.39',
      update: 'Oct25SU',
      released: '2025-10-14',
      releasedText: '14 oct. 2025',
      kb: 'KB5068366',
    });
    expect(buildRowPath('fr', buildRow({ ...su, version: 'SE' }, 'Exchange Server SE', 'fr'))).toBe(
      '/fr/builds/se/#build-15.2.1748.39',
    );
  });
});

describe('buildRows', () => {
  it('gives one record per build and language, at the row of the page, with the cells it has', () => {
    expect(buildRows([su, cu], () => 'Exchange Server 2019', ['fr', 'en'])).toEqual([
      {
        url: '/fr/builds/2019/#build-15.2.1748.39',
        content: '15.2.1748.39 · Exchange Server 2019 CU15 · Oct25SU · 14 oct. 2025 · KB5068366',
        language: 'fr',
        meta: { title: 'Exchange Server 2019 CU15 – 15.2.1748.39' },
      },
      {
        url: '/fr/builds/2019/#build-15.2.1748.10',
        content: '15.2.1748.10 · Exchange Server 2019 CU15 · 17 déc. 2024',
        language: 'fr',
        meta: { title: 'Exchange Server 2019 CU15 – 15.2.1748.10' },
      },
      expect.objectContaining({
        url: '/en/builds/2019/#build-15.2.1748.39',
        language: 'en',
        content: expect.stringContaining('14 Oct 2025'),
      }),
      expect.objectContaining({ url: '/en/builds/2019/#build-15.2.1748.10', language: 'en' }),
    ]);
  });
});

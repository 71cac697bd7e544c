import { describe, expect, it } from 'vitest';
import { separateTableCells, tableRows } from '../../../src/lib/site/search-rows.ts';

describe('separateTableCells', () => {
  it.each([
    ['header cells', '<tr><th>Build</th><th>Update</th></tr>', '<tr><th>Build</th> <th>Update</th></tr>'],
    ['data cells', '<td>a</td><td class="x">b</td>', '<td>a</td> <td class="x">b</td>'],
    ['rows', '</tr><tr id="r">', '</tr>\n<tr id="r">'],
    ['header rows stay out of the index', '<thead><tr>', '<thead data-pagefind-ignore><tr>'],
    ['already ignored headers are left alone', '<thead data-pagefind-ignore>', '<thead data-pagefind-ignore>'],
    ['other markup is left alone', '<p>a</p><p>b</p>', '<p>a</p><p>b</p>'],
  ])('%s', (_why, html, expected) => {
    expect(separateTableCells(html)).toBe(expected);
  });
});

describe('tableRows', () => {
  const page = `<html lang="fr"><body><h1>Builds d’Exchange Server 2019</h1>
    <h2 id="cu-CU15">Exchange Server 2019 CU15</h2>
    <table data-pagefind-rows data-pagefind-ignore><thead><tr><th>Build</th><th>Mise à jour</th></tr></thead>
    <tbody><tr id="build-15.2.1748.39"><th scope="row"><code>15.2.1748.39</code></th><td>Oct25SU <span>ESU</span></td></tr>
    <tr><td>no id, no record</td></tr></tbody></table>
    <table><tr id="other"><td>not a reference table</td></tr></table></body></html>`;

  it('gives one record per row with an id, linking to the row, titled by its section', () => {
    expect(tableRows(page, '/fr/builds/2019/')).toEqual([
      {
        url: '/fr/builds/2019/#build-15.2.1748.39',
        content: '15.2.1748.39 · Oct25SU ESU',
        language: 'fr',
        meta: { title: 'Exchange Server 2019 CU15 – 15.2.1748.39' },
      },
    ]);
  });

  it('falls back to the page title when no heading precedes the table, and decodes entities', () => {
    const html = `<html lang="en"><h1>Exchange &amp; vulnerabilities</h1><table data-pagefind-rows><tr id="CVE-1"><td>CVE-1</td><td>A &lt;b&gt;</td></tr></table>`;
    expect(tableRows(html, '/en/vulnerabilities/')).toEqual([
      {
        url: '/en/vulnerabilities/#CVE-1',
        content: 'CVE-1 · A <b>',
        language: 'en',
        meta: { title: 'Exchange & vulnerabilities – CVE-1' },
      },
    ]);
  });
});

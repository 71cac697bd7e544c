import { describe, expect, it } from 'vitest';
import { formatCount, formatDate, formatPercent, formatScore, quote } from '../../../src/i18n/format.ts';
import { bibtex, cslJson } from '../../../src/lib/site/citation.ts';

const input = {
  title: 'Unpatched Exchange servers: 100% of them at risk & more',
  publisher: 'CERT Example & Co',
  url: 'https://cert.example-canton.ch/en/advisory/',
  lang: 'en',
  firstPublished: '2026-11-29',
  lastUpdated: '2026-12-01',
  key: '/en/advisory/',
};

describe('citation formats', () => {
  it('CSL-JSON is valid JSON with the dates, version and stable URL', () => {
    const [item] = JSON.parse(cslJson(input));
    expect(item).toMatchObject({
      id: '/en/advisory/',
      type: 'webpage',
      title: input.title,
      author: [{ literal: 'CERT Example & Co' }],
      issued: { 'date-parts': [[2026, 11, 29]] },
      version: '2026-12-01',
      URL: input.url,
      language: 'en',
    });
  });

  it('BibTeX is one @online entry with escaped special characters and a biblatex language', () => {
    const entry = bibtex(input);
    expect(entry).toMatch(/^@online\{en-advisory,\n/);
    expect(entry).toContain('title = {Unpatched Exchange servers: 100\\% of them at risk \\& more}');
    expect(entry).toContain('author = {{CERT Example \\& Co}}');
    expect(entry).toContain('date = {2026-11-29}');
    expect(entry).toContain('version = {2026-12-01}');
    expect(entry).toContain(`url = {${input.url}}`);
    expect(entry).toContain('langid = {british}');
    expect(entry.trim().endsWith('}')).toBe(true);
  });
});

describe('dates and quotation marks as each language writes them', () => {
  it.each([
    ['fr', '2026-12-01', '1er décembre 2026'],
    ['fr', '2026-12-02', '2 décembre 2026'],
    ['de', '2026-12-01', '1. Dezember 2026'],
    ['it', '2026-12-01', '1 dicembre 2026'],
    ['en', '2026-12-01', '1 December 2026'],
  ] as const)('%s %s', (lang, iso, expected) => {
    expect(formatDate(iso, lang)).toBe(expected);
  });

  it.each([
    ['en', '“A”'],
    ['de', '«A»'],
    ['it', '«A»'],
    ['fr', '«\u00a0A\u00a0»'],
  ] as const)('%s quotes', (lang, expected) => {
    expect(quote(lang, 'A')).toBe(expected);
  });
});

describe('scores with the decimal separator of each language', () => {
  it.each([
    ['fr', 9.8, '9,8'],
    ['fr', 10, '10,0'],
    ['en', 9.8, '9.8'],
    ['de', 7.5, '7.5'],
  ] as const)('%s %s', (lang, score, expected) => {
    expect(formatScore(lang, score)).toBe(expected);
  });
});

describe('counts and shares as each language groups digits and writes the percent sign', () => {
  it.each([
    // Swiss conventions (CLDR): an apostrophe groups thousands in all three national languages.
    ['fr', 12345, "12'345"],
    ['de', 12345, "12'345"],
    ['it', 12345, "12'345"],
    ['en', 12345, '12,345'],
    ['fr', 999, '999'],
  ] as const)('%s %s', (lang, count, expected) => {
    expect(formatCount(lang, count)).toBe(expected);
  });
  it.each([
    ['fr', 3, 25, '12%'],
    ['de', 1, 8, '13%'],
    ['en', 3, 25, '12%'],
    ['en', 1, 3, '33%'],
    ['en', 0, 0, '0%'],
  ] as const)('%s %s of %s', (lang, part, whole, expected) => {
    expect(formatPercent(lang, part, whole)).toBe(expected);
  });
});

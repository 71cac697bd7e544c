import { describe, expect, it } from 'vitest';
import { articleJsonLd } from '../../../src/lib/site/structured-data.ts';

const input = {
  headline: 'Title',
  description: 'Description',
  url: 'https://site.example/en/advisory/',
  lang: 'en',
  datePublished: '2022-02-16',
  dateModified: '2026-11-29',
  image: 'https://site.example/og/en.png',
  sources: [{ title: 'NCSC', url: 'https://www.ncsc.admin.ch/' }],
  about: ['CVE-2021-26855'],
};
const publisher = { name: 'Site', url: 'https://site.example', publicBody: false, contactEmail: 'c@site.example' };
const types = (ld: Record<string, unknown>) => (ld['@graph'] as Array<Record<string, unknown>>).map((n) => n['@type']);

describe('articleJsonLd', () => {
  it.each([
    ['a private publisher is an Organization, with no GovernmentService', false, ['Article', 'Organization']],
    [
      'a public body is a GovernmentOrganization offering a GovernmentService',
      true,
      ['Article', 'GovernmentOrganization', 'GovernmentService'],
    ],
  ])('%s', (_why, publicBody, expected) => {
    expect(types(articleJsonLd(input, { ...publisher, publicBody }))).toEqual(expected);
  });

  it('carries the dates, the language and the sources', () => {
    const article = (articleJsonLd(input, publisher)['@graph'] as Array<Record<string, unknown>>)[0];
    expect(article).toMatchObject({
      datePublished: '2022-02-16',
      dateModified: '2026-11-29',
      inLanguage: 'en',
      isBasedOn: [{ '@type': 'CreativeWork', name: 'NCSC', url: 'https://www.ncsc.admin.ch/' }],
    });
  });
});

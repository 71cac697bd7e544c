import { describe, expect, it } from 'vitest';
import raw from '../../../content/site.json' with { type: 'json' };
import {
  assertPublishable,
  isPlaceholder,
  PlaceholderPublisherError,
  PublisherConfig,
  placeholderFields,
  publisherHostname,
} from '../../../src/lib/site/publisher.ts';

const committed = PublisherConfig.parse(raw);
/** The committed configuration with every placeholder replaced, as a publisher would deploy it. */
const real: PublisherConfig = {
  ...committed,
  url: 'https://exchange-check.cert.example-canton.ch',
  contactEmail: 'contact@cert.example-canton.ch',
  abuseEmail: 'abuse@cert.example-canton.ch',
  securityEmail: 'security@cert.example-canton.ch',
  sourceCodeUrl: 'https://github.com/example-canton/exchange-self-check',
};

describe('isPlaceholder', () => {
  it.each([
    ['the committed origin', 'https://exchange-self-check.example.org', true],
    ['an e-mail address under example.org', 'contact@exchange-self-check.example.org', true],
    ['example.com', 'https://example.com/', true],
    ['the .test TLD', 'https://checker.test', true],
    ['the .invalid TLD', 'https://x.invalid', true],
    ['a real domain that merely contains "example"', 'https://example-canton.ch', false],
    ['a real domain', 'https://www.ncsc.admin.ch/ncsc/de/home/meldeformular/formular.html', false],
    ['a real e-mail address', 'security@cert.example-canton.ch', false],
    ['not a URL at all', 'Exchange Self-Check project', false],
  ])('%s', (_why, value, expected) => {
    expect(isPlaceholder(value)).toBe(expected);
  });
});

describe('the production build and the placeholder publisher', () => {
  it('the committed configuration is the placeholder: every address field is named', () => {
    expect(placeholderFields(committed).map((field) => field.split(':')[0])).toEqual([
      'url',
      'contactEmail',
      'abuseEmail',
      'securityEmail',
      'sourceCodeUrl',
    ]);
  });

  it('a production build refuses it, with a message that says what to change', () => {
    expect(() => assertPublishable(committed, {})).toThrow(PlaceholderPublisherError);
    expect(() => assertPublishable(committed, { SITE_BUILD: 'production' })).toThrow(/content\/site\.json/);
  });

  it('a local build (SITE_BUILD=local) may use it', () => {
    expect(() => assertPublishable(committed, { SITE_BUILD: 'local' })).not.toThrow();
  });

  it("a publisher's own configuration passes", () => {
    expect(placeholderFields(real)).toEqual([]);
    expect(() => assertPublishable(real, {})).not.toThrow();
    expect(publisherHostname(real)).toBe('exchange-check.cert.example-canton.ch');
  });

  it.each([
    ['an origin with a path', { url: 'https://example-canton.ch/exchange/' }],
    ['plain http', { url: 'http://example-canton.ch' }],
    [
      'a reporting form missing a language',
      { incidentReport: { ...real.incidentReport, url: { de: 'https://a.ch' } } },
    ],
    ['an unknown field', { colour: 'blue' }],
  ])('the schema refuses %s', (_why, change) => {
    expect(PublisherConfig.safeParse({ ...real, ...change }).success).toBe(false);
  });
});

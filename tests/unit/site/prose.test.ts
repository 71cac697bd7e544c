import { describe, expect, it } from 'vitest';
import { enhanceProse, fillTokens } from '../../../src/lib/site/prose.ts';

const values = {
  contactEmail: 'contact@example.org',
  publisherName: 'A & B',
  incidentReportUrl: 'https://x.example/report?a=1&b=2',
};

describe('fillTokens', () => {
  it.each([
    ['a token in text', '<p>Write to {contactEmail}.</p>', '<p>Write to contact@example.org.</p>'],
    [
      'a token in a link target, percent-encoded by the Markdown renderer',
      '<a href="mailto:%7BcontactEmail%7D">{contactEmail}</a>',
      '<a href="mailto:contact@example.org">contact@example.org</a>',
    ],
    [
      'lower-case percent-encoding',
      '<a href="%7bincidentReportUrl%7d">x</a>',
      '<a href="https://x.example/report?a=1&amp;b=2">x</a>',
    ],
    ['values are HTML-escaped', '<p>{publisherName}</p>', '<p>A &amp; B</p>'],
    ['an unknown token stays visible, so the typo is noticed', '<p>{contactMail}</p>', '<p>{contactMail}</p>'],
    [
      'API syntax in code spans is literal',
      '<p><code>/api/v1/checks/{contactEmail}</code> {contactEmail}</p>',
      '<p><code>/api/v1/checks/{contactEmail}</code> contact@example.org</p>',
    ],
    ['and in code blocks', '<pre><code>{contactEmail}</code></pre>', '<pre><code>{contactEmail}</code></pre>'],
    ['prototype names are not tokens', '<p>{constructor} {toString}</p>', '<p>{constructor} {toString}</p>'],
  ])('%s', (_why, html, expected) => {
    expect(fillTokens(html, values)).toBe(expected);
  });
});

describe('enhanceProse', () => {
  const options = { siteUrl: 'https://site.example', tableLabel: 'Table' };

  it('wraps a table in a focusable region named by the heading above it', () => {
    const html = '<h2 id="exploited">Exploited</h2><table><tr><td>x</td></tr></table>';
    expect(enhanceProse(html, options)).toBe(
      '<h2 id="exploited">Exploited</h2><div class="table-wrap" role="region" tabindex="0" aria-labelledby="exploited"><table><tr><td>x</td></tr></table></div>',
    );
  });

  it('names a table without a heading above it with the fallback label', () => {
    expect(enhanceProse('<table></table>', options)).toBe(
      '<div class="table-wrap" role="region" tabindex="0" aria-label="Table"><table></table></div>',
    );
  });

  it.each([
    [
      'an internal link gets its absolute URL for print',
      '<a href="/en/guides/">',
      '<a href="/en/guides/" data-print-url="https://site.example/en/guides/">',
    ],
    [
      'an external link is left alone (print shows its href)',
      '<a href="https://cisa.gov/">',
      '<a href="https://cisa.gov/">',
    ],
    ['a fragment link is left alone', '<a href="#steps">', '<a href="#steps">'],
  ])('%s', (_why, html, expected) => {
    expect(enhanceProse(html, options)).toBe(expected);
  });
});

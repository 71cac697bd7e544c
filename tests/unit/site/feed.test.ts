import { describe, expect, it } from 'vitest';
import { dateTime, escapeXml, renderAtom } from '../../../src/lib/site/atom.ts';

const feed = {
  id: 'https://site.example/en/feed.xml',
  title: 'Site: advisories',
  subtitle: 'Updates',
  lang: 'en',
  selfUrl: 'https://site.example/en/feed.xml',
  siteUrl: 'https://site.example/en/',
  author: { name: 'Site', uri: 'https://site.example/' },
  entries: [
    {
      id: 'https://site.example/en/advisory/#v-2022-02-16',
      title: 'Published: <A & B>',
      url: 'https://site.example/en/advisory/#v-2022-02-16',
      updated: dateTime('2022-02-16'),
      summary: 'first',
    },
    {
      id: 'https://site.example/en/advisory/#v-2026-11-29',
      title: 'Updated',
      url: 'https://site.example/en/advisory/#v-2026-11-29',
      updated: dateTime('2026-11-29'),
      summary: 'second',
    },
  ],
};

describe('renderAtom', () => {
  const xml = renderAtom(feed);

  it('is an Atom feed whose updated date is its newest entry', () => {
    expect(xml).toMatch(
      /^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom" xml:lang="en">/,
    );
    expect(xml).toContain('  <updated>2026-11-29T00:00:00Z</updated>\n  <link rel="self"');
  });

  it('lists the newest entry first', () => {
    expect(xml.indexOf('#v-2026-11-29')).toBeLessThan(xml.indexOf('#v-2022-02-16'));
  });

  it('escapes text', () => {
    expect(xml).toContain('<title>Published: &lt;A &amp; B&gt;</title>');
    expect(escapeXml(`"'`)).toBe('&quot;&apos;');
  });

  it('has the elements RFC 4287 requires of each entry', () => {
    const entries = xml.split('<entry>').slice(1);
    expect(entries).toHaveLength(2);
    for (const entry of entries) {
      for (const element of ['<id>', '<title>', '<updated>', '<link rel="alternate"', '<summary'])
        expect(entry).toContain(element);
    }
  });
});

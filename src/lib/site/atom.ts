/**
 * Atom 1.0 (RFC 4287) serialisation for the advisory feed. Pure: the feed route collects the
 * entries, this writes the XML.
 */

export interface AtomEntry {
  /** A permanent, unique IRI (never reused). */
  id: string;
  title: string;
  /** The page the entry is about (rel="alternate"). */
  url: string;
  /** RFC 3339 date-time. */
  updated: string;
  published?: string;
  summary: string;
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle: string;
  lang: string;
  /** The feed's own URL (rel="self"). */
  selfUrl: string;
  /** The site the feed belongs to (rel="alternate"). */
  siteUrl: string;
  author: { name: string; uri: string; email?: string };
  icon?: string;
  entries: AtomEntry[];
}

export function escapeXml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** A calendar date as an RFC 3339 date-time (midnight UTC). */
export function dateTime(isoDate: string): string {
  return `${isoDate}T00:00:00Z`;
}

export function renderAtom(feed: AtomFeed): string {
  const entries = [...feed.entries].sort((a, b) => (a.updated < b.updated ? 1 : a.updated > b.updated ? -1 : 0));
  const updated = entries[0]?.updated ?? dateTime('1970-01-01');
  const x = escapeXml;
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${x(feed.lang)}">`,
    `  <id>${x(feed.id)}</id>`,
    `  <title>${x(feed.title)}</title>`,
    `  <subtitle>${x(feed.subtitle)}</subtitle>`,
    `  <updated>${x(updated)}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${x(feed.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${x(feed.siteUrl)}"/>`,
    '  <author>',
    `    <name>${x(feed.author.name)}</name>`,
    `    <uri>${x(feed.author.uri)}</uri>`,
    ...(feed.author.email ? [`    <email>${x(feed.author.email)}</email>`] : []),
    '  </author>',
    ...(feed.icon ? [`  <icon>${x(feed.icon)}</icon>`] : []),
  ];
  for (const entry of entries) {
    lines.push(
      '  <entry>',
      `    <id>${x(entry.id)}</id>`,
      `    <title>${x(entry.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${x(entry.url)}"/>`,
      ...(entry.published ? [`    <published>${x(entry.published)}</published>`] : []),
      `    <updated>${x(entry.updated)}</updated>`,
      `    <summary type="text">${x(entry.summary)}</summary>`,
      '  </entry>',
    );
  }
  lines.push('</feed>', '');
  return lines.join('\n');
}

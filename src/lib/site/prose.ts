/**
 * Post-processing of the HTML that Astro renders from our own Markdown (trusted input, written in
 * this repository). Kept as pure string functions so that they do not depend on the Markdown
 * processor and can be unit-tested.
 */

import { splitMatches } from './split-matches.ts';

export function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Code spans and blocks keep `{id}` and the like literally: they are API syntax, not tokens. */
const CODE = /<(code|pre)\b[^>]*>[\s\S]*?<\/\1>/gi;

/** Applies `replace` to the HTML outside `<code>` and `<pre>` elements. */
function outsideCode(html: string, replace: (part: string) => string): string {
  return splitMatches(html, CODE)
    .map((part) => (part.match ? part.text : replace(part.text)))
    .join('');
}

/**
 * Fills `{name}` tokens (in text and, percent-encoded as `%7Bname%7D`, in link targets) with the
 * publisher's values. Unknown names stay as they are, so a typo is visible on the page.
 */
export function fillTokens(html: string, values: Readonly<Record<string, string>>): string {
  return outsideCode(html, (part) =>
    part.replace(
      /\{([A-Za-z][A-Za-z0-9]*)\}|%7B([A-Za-z][A-Za-z0-9]*)%7D/gi,
      (whole, plain?: string, encoded?: string) => {
        const name = plain ?? encoded ?? '';
        const value = Object.hasOwn(values, name) ? values[name] : undefined;
        return value === undefined ? whole : escapeHtml(value);
      },
    ),
  );
}

export interface EnhanceOptions {
  /** Absolute origin of the site, for the URLs printed after internal links. */
  siteUrl: string;
  /** Accessible name of a table's scroll region when no heading precedes it. */
  tableLabel: string;
}

/**
 * - Wraps each table in a keyboard-focusable scroll region named after the heading above it, so
 *   that wide tables scroll on their own at 320 CSS px (WCAG 1.4.10) instead of the whole page.
 * - Gives internal links a `data-print-url` with the absolute URL, which the print stylesheet shows.
 */
export function enhanceProse(html: string, options: EnhanceOptions): string {
  let lastHeadingId: string | undefined;
  const withTables = html.replace(
    /<h[2-4]\b[^>]*\bid="([^"]+)"[^>]*>|<table\b([^>]*)>|<\/table>/gi,
    (tag, headingId?: string, tableAttrs?: string) => {
      if (headingId !== undefined) {
        lastHeadingId = headingId;
        return tag;
      }
      if (tag.toLowerCase() === '</table>') return '</table></div>';
      const name = lastHeadingId
        ? `aria-labelledby="${lastHeadingId}"`
        : `aria-label="${escapeHtml(options.tableLabel)}"`;
      return `<div class="table-wrap" role="region" tabindex="0" ${name}><table${tableAttrs ?? ''}>`;
    },
  );
  return withTables.replace(/<a href="(\/[^"]*)"/g, (_tag, href: string) => {
    const printUrl = new URL(href.replace(/&amp;/g, '&'), options.siteUrl).href;
    return `<a href="${href}" data-print-url="${escapeHtml(printUrl)}"`;
  });
}

/**
 * What the search index (Pagefind) gets from our built HTML, beyond the page text:
 *
 * - Table cells separated: the built HTML has no whitespace between `</td><td>`, so Pagefind would
 *   index a header row as one word ("BuildUpdateDateKB") and snippets would run cells together.
 * - Reference tables indexed by their rows: a table marked `data-pagefind-rows` (and
 *   `data-pagefind-ignore`, so it is not indexed as one blob) gives one search record per row with
 *   an `id`, whose URL is the page with that row's fragment and whose text is the row's cells.
 *
 * Pure string functions over our own trusted build output, so they can be unit-tested.
 */
import type { Lang } from '../../i18n/languages.ts';
import { buildRow, buildRowPath, type ListedBuild } from './build-row.ts';

export interface RowRecord {
  /** The page path with the row's fragment, e.g. /fr/builds/2019/#build-15.2.1748.39. */
  url: string;
  /** The row's cells, separated by " · ". */
  content: string;
  language: string;
  meta: { title: string };
}

/** Puts a space between adjacent table cells and rows, and keeps header rows out of the index. */
export function separateTableCells(html: string): string {
  return html
    .replace(/(<\/t[dh]>)(?=<t[dh][\s>])/gi, '$1 ')
    .replace(/(<\/tr>)(?=<tr[\s>])/gi, '$1\n')
    .replace(/<thead(?![^>]*data-pagefind-ignore)/gi, '<thead data-pagefind-ignore');
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: '\u00a0' };

function textOf(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_whole, name: string) => ENTITIES[name] ?? '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** One record per row with an id in every `data-pagefind-rows` table of a page. */
export function tableRows(html: string, pagePath: string): RowRecord[] {
  const language = /<html[^>]*\blang="([a-z-]+)"/i.exec(html)?.[1] ?? 'en';
  const pageTitle = textOf(/<h1\b[^>]*>([\s\S]*?)<\/h1>/i.exec(html)?.[1] ?? '');
  const records: RowRecord[] = [];
  for (const table of html.matchAll(/<table\b[^>]*\bdata-pagefind-rows\b[^>]*>([\s\S]*?)<\/table>/gi)) {
    // The section a table belongs to: the last heading before it (for example "Exchange Server 2019 CU15").
    const before = html.slice(0, table.index);
    const headings = [...before.matchAll(/<h[2-4]\b[^>]*>([\s\S]*?)<\/h[2-4]>/gi)];
    const section = textOf(headings.at(-1)?.[1] ?? '');
    for (const row of (table[1] ?? '').matchAll(/<tr\b[^>]*\bid="([^"]+)"[^>]*>([\s\S]*?)<\/tr>/gi)) {
      const cells = [...(row[2] ?? '').matchAll(/<t[dh]\b[^>]*>([\s\S]*?)<\/t[dh]>/gi)]
        .map((cell) => textOf(cell[1] ?? ''))
        .filter((cell) => cell !== '');
      if (cells.length === 0) continue;
      records.push({
        url: `${pagePath}#${row[1]}`,
        content: cells.join(' · '),
        language,
        meta: { title: [section || pageTitle, cells[0]].filter(Boolean).join(' – ') },
      });
    }
  }
  return records;
}

/**
 * The build list's rows, from the knowledge base: the builds pages render on demand (from the live
 * data version), so their HTML is not there for Pagefind to read. The bundled data is the index's floor.
 * Each record holds the row's cells as the page's row in that language shows them.
 */
export function buildRows(
  builds: readonly ListedBuild[],
  productName: (version: ListedBuild['version']) => string,
  languages: readonly Lang[],
): RowRecord[] {
  return languages.flatMap((language) =>
    builds.map((b) => {
      const row = buildRow(b, productName(b.version), language);
      const cells = [row.build, row.section, row.update, row.releasedText, row.kb].filter((cell): cell is string =>
        Boolean(cell),
      );
      return {
        url: buildRowPath(language, row),
        content: cells.join(' · '),
        language,
        meta: { title: `${row.section} – ${row.build}` },
      };
    }),
  );
}

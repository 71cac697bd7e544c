/**
 * Microsoft's build-number page ("Exchange Server build numbers and release dates", Microsoft Learn):
 * one HTML table per product line, rows `Product name | Release date | Build number (short format) |
 * Build number (long format)`, e.g. `<td><a href="https://support.microsoft.com/help/5049233">Exchange
 * Server 2019 CU15 Apr25HU</a></td><td>April 18, 2025</td><td>15.2.1748.24</td><td>15.02.1748.024</td>`.
 * The page is untrusted: only values that match strict patterns leave this module, never markup.
 */
import type { OnPremVersion } from '../schemas/knowledge.ts';
import { UpdateName } from '../schemas/knowledge.ts';
import { RefreshError } from './errors.ts';

export interface ListedBuild {
  build: string;
  version: OnPremVersion;
  cu: string;
  update: string | null;
  released: string;
  kb: string | null;
  url: string | null;
}

export interface BuildPage {
  builds: ListedBuild[];
  /** Rows that look like builds but could not be read, as plain text, for the report. */
  skipped: string[];
}

/** 2010 rows read `Update Rollup 32 for Exchange Server 2010 SP3`. */
const ROLLUP = /^Update Rollup (\d{1,2}(?:v\d)?) for Exchange Server 2010(?: (SP\d))?$/;
const NAME =
  /^(?:Microsoft )?Exchange (?:Server )?(2010|2013|2016|2019|SE)(?: (RTM|Preview|SP\d|CU\d{1,2}))?(?: \([^)]*\))?(?: (\S+))?$/;
const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

export function parseBuildPage(html: string): BuildPage {
  const builds: ListedBuild[] = [];
  const skipped: string[] = [];
  let tables = 0;
  for (const table of html.matchAll(/<table\b[\s\S]*?<\/table>/gi)) {
    const rows = [...table[0].matchAll(/<tr\b[\s\S]*?<\/tr>/gi)].map((r) => r[0]);
    const header = rows[0] ? cells(rows[0], 'th').map(text) : [];
    if (!/product name/i.test(header[0] ?? '') || !/build number/i.test(header[2] ?? '')) continue;
    tables++;
    for (const row of rows.slice(1)) {
      const raw = cells(row, 'td');
      if (raw.length < 3) continue;
      const [nameCell = '', dateCell = '', shortCell = ''] = raw;
      const name = text(nameCell);
      if (/Exchange (?:Server )?2007\b/.test(name)) continue;
      const listed = readRow(name, text(dateCell), text(shortCell), link(nameCell));
      if (listed) builds.push(listed);
      else skipped.push([name, text(dateCell), text(shortCell)].join(' | ').slice(0, 200));
    }
  }
  if (tables === 0) {
    throw new RefreshError(
      'source_malformed',
      'builds',
      'The build-number page has no build table (expected columns "Product name", "Release date", "Build number").',
    );
  }
  return { builds, skipped };
}

function readRow(cell: string, date: string, short: string, href: string | null): ListedBuild | null {
  const rollup = ROLLUP.exec(cell);
  const name = rollup ? `Exchange Server 2010 ${rollup[2] ?? 'RTM'} RU${rollup[1]}` : cell;
  const m = NAME.exec(name);
  const released = longDate(date);
  const build = normalBuild(short);
  if (!m || !released || !build) return null;
  const update = m[3] === undefined || m[3] === 'RTM' ? null : m[3];
  if (update !== null && !UpdateName.safeParse(update).success) return null;
  // Rows link to their KB article, or to the release post when there is none.
  const kbNumber = href ? KB_LINK.exec(href)?.[1] : undefined;
  return {
    build,
    version: m[1] as OnPremVersion,
    // "Exchange 2010 RU1" is a rollup of the release itself; "Exchange 2010 SP1" the SP itself.
    cu: m[2] ?? 'RTM',
    update,
    released,
    kb: kbNumber ? `KB${kbNumber}` : null,
    url: href && !kbNumber && /^https:\/\/[\w.-]+\/[\w\-./%]*$/.test(href) && href.length <= 300 ? href : null,
  };
}

const KB_LINK = /^https:\/\/support\.microsoft\.com\/(?:[a-z]{2}-[a-z]{2}\/)?(?:help|kb)\/(\d{6,7})$/i;

const cells = (row: string, tag: 'td' | 'th'): string[] =>
  [...row.matchAll(new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}>`, 'gi'))].map((c) => c[1] ?? '');

const link = (cell: string): string | null => /<a\b[^>]*\bhref="([^"]*)"/i.exec(cell)?.[1] ?? null;

/** The text of a cell: tags dropped, the few entities the page uses decoded, spaces collapsed. */
function text(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;|&#160;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/** `April 18, 2025` → `2025-04-18`. */
export function longDate(value: string): string | null {
  const m = /^([A-Za-z]+) (\d{1,2}), (\d{4})$/.exec(value);
  const month = MONTHS.indexOf((m?.[1] ?? '').toLowerCase()) + 1;
  if (!m || month === 0 || Number(m[2]) > 31) return null;
  return `${m[3]}-${String(month).padStart(2, '0')}-${(m[2] ?? '').padStart(2, '0')}`;
}

/** `15.02.1748.024` or `15.2.1748.24` → `15.2.1748.24`. */
export function normalBuild(value: string): string | null {
  if (!/^\d{1,2}\.\d{1,2}\.\d{1,5}\.\d{1,5}$/.test(value)) return null;
  return value
    .split('.')
    .map((p) => String(Number(p)))
    .join('.');
}

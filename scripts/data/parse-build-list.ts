/**
 * Microsoft's build list as published in microsoft/Get-ExchangeBuildNumber (ExchangeBuildNumbers.csv):
 * `Product Name,Build Number,Date,KB,Blog`, e.g. `Exchange 2019 CU15 Apr25HU,15.2.1748.24,4/18/2025,KB...,https://...`.
 */
import type { OnPremVersion } from '../../src/lib/schemas/knowledge.ts';
import { parseCsv } from './csv.ts';

export interface ListedBuild {
  build: string;
  version: OnPremVersion;
  cu: string;
  update: string | null;
  released: string;
  kb: string | null;
  url: string | null;
}

const NAME =
  /^Exchange (?:Server )?(2010|2013|2016|2019|SE)(?: (RTM|Preview|SP\d|CU\d{1,2}))?(?: \([^)]*\))?(?: (\S+))?$/;

/** Rows it cannot read (Exchange 2007, malformed lines) are returned apart, not dropped silently. */
export function parseBuildList(text: string): { builds: ListedBuild[]; skipped: string[] } {
  const [header, ...rows] = parseCsv(text);
  if (header?.[0]?.trim() !== 'Product Name' || header?.[1]?.trim() !== 'Build Number') {
    throw new Error('the build list has an unexpected header (expected "Product Name,Build Number,Date,KB,Blog")');
  }
  const builds: ListedBuild[] = [];
  const skipped: string[] = [];
  for (const row of rows) {
    const [name = '', build = '', date = '', kb = '', url = ''] = row.map((c) => c.trim());
    if (name.startsWith('Exchange 2007')) continue;
    const m = NAME.exec(name);
    const released = usDate(date);
    const normal = normalBuild(build);
    if (!m || !released || !normal) {
      skipped.push(row.join(','));
      continue;
    }
    const version = m[1] as OnPremVersion;
    // "Exchange 2010 RU1" is a rollup of the release itself; "Exchange 2010 SP1 RTM" the SP itself.
    const cu = m[2] ?? 'RTM';
    const update = m[3] === undefined || m[3] === 'RTM' ? null : m[3];
    builds.push({
      build: normal,
      version,
      cu,
      update,
      released,
      kb: /^KB\d{6,7}$/.test(kb) ? kb : null,
      url: url.startsWith('https://') ? url : null,
    });
  }
  return { builds, skipped };
}

/** `4/18/2025` or `02/14/2023` → `2025-04-18`. */
export function usDate(text: string): string | null {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  if (!m) return null;
  return `${m[3]}-${(m[1] ?? '').padStart(2, '0')}-${(m[2] ?? '').padStart(2, '0')}`;
}

export function normalBuild(text: string): string | null {
  if (!/^\d{1,2}\.\d{1,2}\.\d{1,5}\.\d{1,5}$/.test(text)) return null;
  return text
    .split('.')
    .map((p) => String(Number(p)))
    .join('.');
}

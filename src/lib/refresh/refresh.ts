/**
 * One refresh, the same for both runners (the Worker's cron and `npm run data:update`):
 * fetch → parse → validate → merge → diff. The only I/O is the injected `fetchText`; everything
 * else is pure. All or nothing: any failure of a source or of validation gives `ok: false` and no
 * knowledge base, so that the runner keeps the last good version.
 */

import { cvrfMonthId } from '../exchange/update-tuesday.ts';
import { validateKnowledgeBase } from '../exchange/validate.ts';
import type { KnowledgeBase, Override } from '../schemas/knowledge.ts';
import { parseBuildPage } from './build-page.ts';
import { type CveFacts, parseCveRecord } from './cve-record.ts';
import { asRefreshError, RefreshError } from './errors.ts';
import { type FetchText, parseJson } from './fetch-text.ts';
import { parseKev } from './kev.ts';
import { type Fetched, mergeKnowledge, monthsToRead } from './merge.ts';
import { type MsrcMonth, parseMsrcDocument, parseMsrcUpdates } from './msrc.ts';
import { cveRecordUrl, MAX_CVE_RECORDS, msrcDocumentUrl, msrcUpdatesUrl, type SourceUrls } from './sources.ts';

export interface RefreshInput {
  current: KnowledgeBase;
  overrides: readonly Override[];
  urls: SourceUrls;
  fetchText: FetchText;
  /** The day of the run, `YYYY-MM-DD` (UTC). */
  today: string;
}

export type RefreshOutcome =
  | { ok: true; next: KnowledgeBase; changes: string[]; changed: boolean }
  | { ok: false; error: RefreshError };

/** Below this share of the builds it listed before, the build-number page is taken as cut short. */
export const MIN_BUILD_PAGE_SHARE = 0.9;

export async function refresh(input: RefreshInput): Promise<RefreshOutcome> {
  try {
    const fetched = await collect(input);
    const { next, changes } = mergeKnowledge(input.current, fetched, input.overrides);
    const changed = changes.some((line) => !line.startsWith('…') && !line.startsWith('!'));
    if (changed) guard(input.current, next);
    return { ok: true, next: changed ? next : input.current, changes, changed };
  } catch (error) {
    return { ok: false, error: asRefreshError(error) };
  }
}

/** Reads every source; throws a RefreshError at the first one that fails. */
export async function collect({ current, urls, fetchText, today }: RefreshInput): Promise<Fetched> {
  const months = await readMonths(current, urls, fetchText, today);
  const page = parseBuildPage(await fetchText('builds', urls.builds));
  checkBuildPage(
    current,
    page.builds.map((b) => b.build),
  );
  const kev = parseKev(parseJson('kev', await fetchText('kev', urls.kev)));
  const cveRecords = await readCveRecords(current, months, urls, fetchText, today);
  return { today, months, buildPage: page.builds, kev, cveRecords };
}

async function readMonths(
  current: KnowledgeBase,
  urls: SourceUrls,
  fetchText: FetchText,
  today: string,
): Promise<MsrcMonth[]> {
  const listed = new Set(
    parseMsrcUpdates(parseJson('msrc', await fetchText('msrc', msrcUpdatesUrl(urls.msrc)))).map((m) => m.id),
  );
  const months: MsrcMonth[] = [];
  for (const month of monthsToRead(current.meta.dataVersion, today)) {
    const id = cvrfMonthId(month);
    // Not published yet (MSRC publishes in the US afternoon): the month stays unconfirmed.
    if (!listed.has(id)) break;
    months.push(parseMsrcDocument(parseJson('msrc', await fetchText('msrc', msrcDocumentUrl(urls.msrc, id))), id));
  }
  return months;
}

/** A page that lists clearly fewer of the builds it listed before is cut short, not a change. */
function checkBuildPage(current: KnowledgeBase, listed: readonly string[]): void {
  const present = new Set(listed);
  const before = current.builds.filter((b) => b.source === 'ms-build-list');
  const still = before.filter((b) => present.has(b.build)).length;
  if (still < before.length * MIN_BUILD_PAGE_SHARE) {
    throw new RefreshError(
      'source_incomplete',
      'builds',
      `The build-number page lists ${still} of the ${before.length} builds it listed before; it looks cut short, so nothing was changed.`,
    );
  }
}

/**
 * CVE records of the new CVEs first, then a daily-rotating share of those still without CVSS, so
 * that each refresh stays within its subrequest budget and all of them are read over the days.
 */
async function readCveRecords(
  current: KnowledgeBase,
  months: readonly MsrcMonth[],
  urls: SourceUrls,
  fetchText: FetchText,
  today: string,
): Promise<CveFacts[]> {
  const known = new Set(current.cves.map((c) => c.id));
  const fresh = [...new Set(months.flatMap((m) => m.cves.map((c) => c.id)).filter((id) => !known.has(id)))];
  const unscored = current.cves
    .filter((c) => c.cvss === null && c.id.startsWith('CVE-'))
    .map((c) => c.id)
    .sort();
  const day = Math.floor(Date.parse(today) / 86_400_000);
  const room = Math.max(0, MAX_CVE_RECORDS - fresh.length);
  const start = unscored.length > 0 ? (day * room) % unscored.length : 0;
  const rotating = [...unscored.slice(start), ...unscored.slice(0, start)].slice(0, room);
  const ids = [...fresh, ...rotating].slice(0, MAX_CVE_RECORDS);
  const records = await Promise.all(
    ids.map(async (id) => {
      try {
        return parseCveRecord(parseJson('cve', await fetchText('cve', cveRecordUrl(urls.cve, id))));
      } catch (error) {
        // A record not yet in the CVE list is no failure of the source.
        if (error instanceof RefreshError && error.code === 'source_status' && / 404\b/.test(error.message))
          return null;
        throw error;
      }
    }),
  );
  return records.filter((r): r is CveFacts => r !== null && ids.includes(r.id));
}

/** The last line of defence: nothing lost, every rule of the knowledge base kept. */
export function guard(current: KnowledgeBase, next: KnowledgeBase): void {
  const builds = new Set(next.builds.map((b) => b.build));
  const lostBuilds = current.builds.filter((b) => !builds.has(b.build)).map((b) => b.build);
  const cves = new Map(next.cves.map((c) => [c.id, c]));
  const lostCves = current.cves.filter((c) => !cves.has(c.id)).map((c) => c.id);
  const lostFixes = current.cves
    .filter((c) => (cves.get(c.id)?.fixedBuilds.length ?? 0) < c.fixedBuilds.length)
    .map((c) => c.id);
  const lost = [...lostBuilds, ...lostCves, ...lostFixes];
  if (lost.length > 0 || next.meta.dataVersion < current.meta.dataVersion) {
    throw new RefreshError(
      'would_lose_data',
      null,
      `The merged data would lose ${lost.slice(0, 5).join(', ') || 'its date'}; nothing was changed.`,
    );
  }
  try {
    validateKnowledgeBase(next);
  } catch (error) {
    const problems = (error as { problems?: readonly string[] }).problems ?? [String(error)];
    throw new RefreshError(
      'invalid_result',
      null,
      `The merged data breaks ${problems.length} rule(s), first: ${problems[0] ?? ''}`,
    );
  }
}

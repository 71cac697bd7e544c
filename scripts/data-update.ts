/**
 * npm run data:update [-- --dry-run]
 *
 * Refreshes content/data/exchange from the public sources: Microsoft's build list, CISA's KEV feed
 * and the CVE records of the CVEs already in the data. A source that cannot be reached is reported
 * and skipped; the rest is merged, printed as a diff, validated, and only then written.
 * New CVEs are not invented here: a KEV entry the data lacks is printed for a person to add.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateKnowledgeBase } from '../src/lib/exchange/validate.ts';
import { type Fetched, mergeKnowledge } from './data/merge.ts';
import { parseBuildList } from './data/parse-build-list.ts';
import { type CveFacts, cveRecordPath, parseCveRecord } from './data/parse-cve-record.ts';
import { parseKev } from './data/parse-kev.ts';

const SOURCES = {
  buildList: 'https://raw.githubusercontent.com/microsoft/Get-ExchangeBuildNumber/main/ExchangeBuildNumbers.csv',
  kev: 'https://www.cisa.gov/sites/default/files/feeds/known_exploited_vulnerabilities.json',
  cveRecord: (id: string) => `https://raw.githubusercontent.com/CVEProject/cvelistV5/main/${cveRecordPath(id)}`,
};
const TIMEOUT_MS = 20_000;
const dataDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../content/data/exchange');
const FILES = ['meta', 'products', 'builds', 'cves'] as const;

async function get(url: string): Promise<string> {
  const response = await fetch(url, { signal: AbortSignal.timeout(TIMEOUT_MS), redirect: 'follow' });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.text();
}

/** Runs one source; a failure is printed with what to do, and the run goes on without it. */
async function attempt<T>(name: string, url: string, read: () => Promise<T>): Promise<T | undefined> {
  try {
    return await read();
  } catch (error) {
    const reason =
      error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error);
    console.warn(`✗ ${name}: could not read ${url} (${reason}). Keeping the current data for it.`);
    return undefined;
  }
}

async function main(): Promise<void> {
  const dryRun = process.argv.includes('--dry-run');
  const today = new Date().toISOString().slice(0, 10);
  const current = validateKnowledgeBase(
    Object.fromEntries(
      await Promise.all(
        FILES.map(async (f) => [f, JSON.parse(await readFile(path.join(dataDir, `${f}.json`), 'utf8'))] as const),
      ),
    ),
  );

  const fetched: Fetched = { today };
  const list = await attempt('Microsoft build list', SOURCES.buildList, async () =>
    parseBuildList(await get(SOURCES.buildList)),
  );
  if (list) {
    fetched.buildList = list.builds;
    console.log(`✓ Microsoft build list: ${list.builds.length} builds`);
    for (const row of list.skipped) console.warn(`  skipped unreadable row: ${row}`);
  }
  const kev = await attempt('CISA KEV catalog', SOURCES.kev, async () => parseKev(JSON.parse(await get(SOURCES.kev))));
  if (kev) {
    fetched.kev = kev;
    console.log(`✓ CISA KEV catalog ${kev.catalogVersion}: ${kev.exchange.length} Exchange entries`);
  }
  const records: CveFacts[] = [];
  let unreachable = 0;
  for (const cve of current.cves) {
    if (!cve.id.startsWith('CVE-')) continue; // advisories (ADV190018) have no CVE record
    // After the first network failure the others would fail the same way: say it once.
    if (unreachable > 0 && records.length === 0) break;
    const url = SOURCES.cveRecord(cve.id);
    const facts = await attempt(`CVE record ${cve.id}`, url, async () => parseCveRecord(JSON.parse(await get(url))));
    if (facts) records.push(facts);
    else unreachable++;
  }
  if (records.length > 0) {
    fetched.cveRecords = records;
    console.log(`✓ CVE records: ${records.length} read${unreachable > 0 ? `, ${unreachable} not` : ''}`);
  } else if (unreachable > 0) {
    console.warn('✗ CVE records: none could be read; keeping the current CVSS scores and titles.');
  }

  if (!fetched.buildList && !fetched.kev && !fetched.cveRecords) {
    console.error('No source could be read (offline?): nothing to update.');
    process.exitCode = 1;
    return;
  }
  const { next, changes } = mergeKnowledge(current, fetched);
  if (changes.length === 0) {
    console.log('No changes.');
    return;
  }
  console.log(`\n${changes.length} change(s):`);
  for (const line of changes) console.log(`  ${line}`);
  validateKnowledgeBase(next); // throws, listing every problem, before anything is written
  if (dryRun) {
    console.log('\n--dry-run: nothing written.');
    return;
  }
  for (const f of FILES) {
    await writeFile(path.join(dataDir, `${f}.json`), `${JSON.stringify(next[f], null, 2)}\n`);
  }
  console.log('\nWritten to content/data/exchange. Review the diff, run the tests, and commit.');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});

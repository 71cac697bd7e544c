/**
 * Merges what the sources say into the knowledge base and describes every change, so that the
 * updater can print a diff and the Worker can tell whether anything is new. Pure: no I/O.
 *
 * The rules that make a refresh safe live here: nothing is ever removed; reviewed corrections
 * (overrides.json) win over the sources; and `dataVersion` never passes a month that MSRC's
 * document has not confirmed (a build published after the next unconfirmed Update Tuesday waits).
 */
import { compareBuilds, knownBuild } from '../exchange/build.ts';
import { addMonths, type Month, monthOf, securityUpdateName, updateTuesday } from '../exchange/update-tuesday.ts';
import type { BuildRecord, CveRecord, KnowledgeBase, Override } from '../schemas/knowledge.ts';
import type { ListedBuild } from './build-page.ts';
import type { CveFacts } from './cve-record.ts';
import type { KevCatalog } from './kev.ts';
import type { MsrcMonth } from './msrc.ts';

export interface Fetched {
  /** The day of the run, `YYYY-MM-DD`. */
  today: string;
  /** Microsoft's build-number page. */
  buildPage?: ListedBuild[];
  /** MSRC documents read, oldest month first: each one confirms its month. */
  months?: MsrcMonth[];
  kev?: KevCatalog;
  cveRecords?: CveFacts[];
}

export interface Merged {
  next: KnowledgeBase;
  /** One line per change: `+` added, `~` changed, `!` needs a person, `…` waits for a later refresh. */
  changes: string[];
}

/** The month whose Update Tuesday `dataVersion` has reached: the last confirmed one. */
export function confirmedMonth(dataVersion: string): Month {
  const month = monthOf(dataVersion);
  return updateTuesday(month.year, month.month) <= dataVersion ? month : addMonths(month, -1);
}

/** The months a refresh reads from MSRC: the last confirmed one again (re-releases), then each later one whose Update Tuesday has come. */
export function monthsToRead(dataVersion: string, today: string): Month[] {
  const months: Month[] = [];
  for (let m = confirmedMonth(dataVersion); updateTuesday(m.year, m.month) <= today; m = addMonths(m, 1))
    months.push(m);
  return months;
}

export function mergeKnowledge(current: KnowledgeBase, fetched: Fetched, overrides: readonly Override[] = []): Merged {
  const next = structuredClone(current);
  const changes: string[] = [];
  let confirmed = confirmedMonth(current.meta.dataVersion);
  for (const m of fetched.months ?? []) {
    if (updateTuesday(m.month.year, m.month.month) > updateTuesday(confirmed.year, confirmed.month))
      confirmed = m.month;
  }
  // Builds released from the next unconfirmed Update Tuesday on wait until MSRC confirms that month.
  const next_ = addMonths(confirmed, 1);
  const nextTuesday = updateTuesday(next_.year, next_.month);
  const within = (released: string) => released < nextTuesday && released <= fetched.today;

  if (fetched.buildPage) mergeBuildPage(next, fetched.buildPage, within, overrides, changes);
  for (const m of fetched.months ?? []) mergeMonth(next, m, changes);
  if (fetched.kev) mergeKev(next, fetched.kev, changes);
  if (fetched.cveRecords) mergeCveRecords(next, fetched.cveRecords, changes);
  applyOverrides(next, overrides, changes);

  next.builds.sort((a, b) => compareBuilds(knownBuild(a.build), knownBuild(b.build)));
  const version = [
    current.meta.dataVersion,
    updateTuesday(confirmed.year, confirmed.month),
    ...next.builds.map((b) => b.released),
  ]
    .filter((d) => d <= fetched.today)
    .sort()
    .at(-1);
  if (version && version > current.meta.dataVersion) {
    changes.push(`~ dataVersion ${current.meta.dataVersion} → ${version}`);
    next.meta.dataVersion = version;
    next.meta.dataVersionNote = `Builds and updates complete up to ${version}: MSRC's documents read through ${monthName(confirmed)}, with Microsoft's build-number page, the CISA KEV catalog and the CVE records.`;
  }
  return { next, changes };
}

function mergeBuildPage(
  kb: KnowledgeBase,
  listed: readonly ListedBuild[],
  within: (released: string) => boolean,
  overrides: readonly Override[],
  changes: string[],
): void {
  const byBuild = new Map(kb.builds.map((b) => [b.build, b]));
  const overridden = new Set(overrides.map((o) => `${o.build} ${o.field}`));
  let newest: string | null = null;
  for (const l of listed) {
    if (!within(l.released)) {
      if (!byBuild.has(l.build)) changes.push(`… build ${l.build} (${l.released}) waits until MSRC confirms its month`);
      continue;
    }
    if (newest === null || l.released > newest) newest = l.released;
    const known = byBuild.get(l.build);
    if (!known) {
      const record = newBuild(kb, { ...l, source: 'ms-build-list' });
      byBuild.set(record.build, record);
      changes.push(
        `+ build ${l.build}: ${l.version} ${l.cu} ${l.update ?? '(CU)'} released ${l.released} ${l.kb ?? ''}`.trim(),
      );
      continue;
    }
    for (const field of ['released', 'kb', 'url'] as const) {
      const value = l[field];
      if (value === null || value === known[field] || overridden.has(`${l.build} ${field}`)) continue;
      changes.push(`~ build ${l.build}: ${field} ${known[field] ?? '(none)'} → ${value}`);
      Object.assign(known, { [field]: value });
      if (field === 'released') {
        delete known.releasedEstimated;
        known.esuOnly = isEsuOnly(kb, known.version, value);
      }
    }
  }
  if (newest) setSourceDate(kb, 'ms-build-list', newest, changes);
}

function mergeMonth(kb: KnowledgeBase, month: MsrcMonth, changes: string[]): void {
  const byBuild = new Map(kb.builds.map((b) => [b.build, b]));
  const byId = new Map(kb.cves.map((c) => [c.id, c]));
  const tuesday = updateTuesday(month.month.year, month.month.month);
  const update = securityUpdateName(month.month);
  for (const cve of month.cves) {
    for (const fix of cve.fixes) {
      if (byBuild.has(fix.build)) continue;
      const record = newBuild(kb, {
        ...fix,
        update,
        released: tuesday,
        url: null,
        source: 'msrc',
      });
      record.releasedEstimated = true;
      byBuild.set(record.build, record);
      changes.push(
        `+ build ${fix.build}: ${fix.version} ${fix.cu} ${update} (from MSRC ${month.id}) ${fix.kb ?? ''}`.trim(),
      );
    }
    const fixedBuilds = cve.fixes.map((f) => ({ version: f.version, cu: f.cu, build: f.build, source: 'msrc' }));
    const known = byId.get(cve.id);
    if (!known) {
      const first = cve.fixes[0] ? byBuild.get(cve.fixes[0].build) : undefined;
      const record: CveRecord = {
        id: cve.id,
        title: cve.title ?? 'Microsoft Exchange Server vulnerability',
        cvss: cve.cvss,
        ...(cve.cvssVector ? { cvssVector: cve.cvssVector } : {}),
        published: month.released,
        kev: null,
        fixingUpdate: first?.update ?? update,
        fixedBuilds,
        buildDecidable: true,
        settingOverride: false,
        source: 'msrc',
      };
      kb.cves.push(record);
      byId.set(record.id, record);
      changes.push(
        `+ ${cve.id}: ${record.title} (CVSS ${cve.cvss ?? 'none'}), fixed in ${fixedBuilds.map((f) => f.build).join(', ')}`,
      );
      continue;
    }
    for (const fix of fixedBuilds) {
      const same = known.fixedBuilds.find((f) => f.version === fix.version && f.cu === fix.cu);
      if (!same) {
        known.fixedBuilds.push(fix);
        changes.push(`+ ${known.id}: fixed in ${fix.build} (${fix.version} ${fix.cu})`);
      } else if (compareBuilds(knownBuild(fix.build), knownBuild(same.build)) > 0) {
        // MSRC revised the fix to a later build (as for the June 2026 CVEs): the later one counts.
        changes.push(`~ ${known.id}: fixed build for ${fix.version} ${fix.cu} ${same.build} → ${fix.build}`);
        same.build = fix.build;
        same.source = 'msrc';
      }
    }
    if (known.cvss === null && cve.cvss !== null) {
      changes.push(`~ ${known.id}: cvss (none) → ${cve.cvss}`);
      known.cvss = cve.cvss;
      if (cve.cvssVector) known.cvssVector = cve.cvssVector;
    }
  }
  // ISO dates sort as text: the later of the document's day and its Update Tuesday.
  setSourceDate(kb, 'msrc', [month.released, tuesday].sort()[1] ?? tuesday, changes);
}

function newBuild(
  kb: KnowledgeBase,
  l: Omit<ListedBuild, 'url'> & { url: string | null; source: string },
): BuildRecord {
  const record: BuildRecord = {
    build: l.build,
    version: l.version,
    cu: l.cu,
    update: l.update,
    released: l.released,
    kb: l.kb,
    url: l.url,
    esuOnly: isEsuOnly(kb, l.version, l.released),
    source: l.source,
  };
  kb.builds.push(record);
  return record;
}

/** A 2016/2019 build released after the end of support reached ESU customers only. */
function isEsuOnly(kb: KnowledgeBase, version: string, released: string): boolean {
  const product = kb.products.find((p) => p.version === version);
  return (
    product !== undefined && product.esu.length > 0 && product.extendedEnd !== null && released > product.extendedEnd
  );
}

function mergeKev(kb: KnowledgeBase, catalog: KevCatalog, changes: string[]): void {
  const byId = new Map(kb.cves.map((c) => [c.id, c]));
  for (const entry of catalog.exchange) {
    const cve = byId.get(entry.cveID);
    if (!cve) {
      changes.push(
        `! ${entry.cveID} was added to the KEV catalog on ${entry.dateAdded} and no MSRC document read lists it`,
      );
      continue;
    }
    const kev = {
      dateAdded: entry.dateAdded,
      dueDate: entry.dueDate,
      ransomware: entry.ransomware,
      name: entry.name,
      cwes: entry.cwes,
    };
    if (JSON.stringify(cve.kev) !== JSON.stringify(kev)) {
      changes.push(`~ ${cve.id}: KEV ${describeKev(cve.kev)} → ${describeKev(kev)}`);
      cve.kev = kev;
    }
  }
  setSourceDate(kb, 'cisa-kev', catalog.released, changes);
}

function mergeCveRecords(kb: KnowledgeBase, records: readonly CveFacts[], changes: string[]): void {
  const byId = new Map(kb.cves.map((c) => [c.id, c]));
  let newest: string | null = null;
  for (const r of records) {
    const cve = byId.get(r.id);
    if (!cve) continue;
    update(cve, 'cvss', r.cvss, changes);
    if (r.cvssVector?.startsWith('CVSS:3.1/')) update(cve, 'cvssVector', r.cvssVector, changes);
    if (r.published) update(cve, 'published', r.published, changes);
    // KEV entries are titled by CISA's name; the others take the CNA's title.
    if (r.title && !cve.kev) update(cve, 'title', r.title, changes);
    if (r.updated && (newest === null || r.updated > newest)) newest = r.updated;
  }
  if (newest) setSourceDate(kb, 'cvelistv5', newest, changes);
}

/** Reviewed corrections win over every source; a source that changes its value is pointed out. */
function applyOverrides(kb: KnowledgeBase, overrides: readonly Override[], changes: string[]): void {
  const byBuild = new Map(kb.builds.map((b) => [b.build, b]));
  for (const o of overrides) {
    const record = byBuild.get(o.build);
    if (!record || record[o.field] === o.value) continue;
    changes.push(`~ build ${o.build}: ${o.field} ${record[o.field] ?? '(none)'} → ${o.value} (reviewed override)`);
    Object.assign(record, { [o.field]: o.value });
  }
}

function update<K extends 'cvss' | 'cvssVector' | 'published' | 'title'>(
  cve: CveRecord,
  field: K,
  value: CveRecord[K] | null,
  changes: string[],
): void {
  if (value === null || value === undefined || cve[field] === value) return;
  changes.push(`~ ${cve.id}: ${field} ${String(cve[field] ?? '(none)')} → ${String(value)}`);
  cve[field] = value;
}

function setSourceDate(kb: KnowledgeBase, id: string, date: string, changes: string[]): void {
  const source = kb.meta.sources.find((s) => s.id === id);
  // Only forward: a mirror that lags must not make the data look older than it is.
  if (!source || (source.date !== null && source.date >= date)) return;
  changes.push(`~ source ${id}: date ${source.date ?? '(none)'} → ${date}`);
  source.date = date;
}

const monthName = ({ year, month }: Month): string =>
  new Date(Date.UTC(year, month - 1, 1)).toLocaleString('en', { month: 'long', year: 'numeric', timeZone: 'UTC' });

const describeKev = (kev: CveRecord['kev']) =>
  kev ? `added ${kev.dateAdded}, due ${kev.dueDate}${kev.ransomware ? ', ransomware' : ''}` : '(none)';

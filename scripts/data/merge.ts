/**
 * Merges what the sources say into the knowledge base and describes every change, so the updater
 * can print a diff before anything is written. Pure: no I/O.
 */
import type { BuildRecord, CveRecord, KnowledgeBase } from '../../src/lib/schemas/knowledge.ts';
import type { ListedBuild } from './parse-build-list.ts';
import type { CveFacts } from './parse-cve-record.ts';
import type { KevCatalog } from './parse-kev.ts';

export interface Fetched {
  /** Microsoft's build list, when it could be fetched. */
  buildList?: ListedBuild[];
  kev?: KevCatalog;
  cveRecords?: CveFacts[];
  /** The day of the run, `YYYY-MM-DD`. */
  today: string;
}

export interface Merged {
  next: KnowledgeBase;
  /** One line per change: `+` added, `~` changed, `!` needs a person. */
  changes: string[];
}

export function mergeKnowledge(current: KnowledgeBase, fetched: Fetched): Merged {
  const next = structuredClone(current);
  const changes: string[] = [];
  if (fetched.buildList) mergeBuilds(next, fetched.buildList, fetched.today, changes);
  if (fetched.kev) mergeKev(next, fetched.kev, changes);
  if (fetched.cveRecords) mergeCveRecords(next, fetched.cveRecords, changes);
  return { next, changes };
}

function mergeBuilds(kb: KnowledgeBase, listed: readonly ListedBuild[], today: string, changes: string[]): void {
  const byBuild = new Map(kb.builds.map((b) => [b.build, b]));
  const esuFrom = new Map(kb.products.map((p) => [p.version, p.esu.length > 0 ? p.extendedEnd : null]));
  for (const l of listed) {
    const known = byBuild.get(l.build);
    if (!known) {
      const from = esuFrom.get(l.version) ?? null;
      const record: BuildRecord = {
        build: l.build,
        version: l.version,
        cu: l.cu,
        update: l.update,
        released: l.released,
        kb: l.kb,
        url: l.url,
        esuOnly: from !== null && l.released > from,
        source: 'ms-build-list',
      };
      kb.builds.push(record);
      byBuild.set(record.build, record);
      changes.push(
        `+ build ${l.build}: ${l.version} ${l.cu} ${l.update ?? '(CU)'} released ${l.released} ${l.kb ?? ''}`.trim(),
      );
      continue;
    }
    // A corrected record (it has a note) keeps its values: the note says why they differ.
    if (known.note) continue;
    for (const field of ['released', 'kb', 'url'] as const) {
      if (l[field] !== null && l[field] !== known[field]) {
        changes.push(`~ build ${l.build}: ${field} ${known[field] ?? '(none)'} → ${l[field]}`);
        Object.assign(known, { [field]: l[field] });
        if (field === 'released') delete known.releasedEstimated;
      }
    }
  }
  kb.builds.sort((a, b) => compareText(a.build, b.build));
  // Microsoft's list lags its release posts, so the data is complete up to its newest release,
  // not up to the day it was read.
  const newest = latestDate([kb.meta.dataVersion, ...kb.builds.map((b) => b.released)]);
  if (newest > kb.meta.dataVersion && newest <= today) {
    changes.push(`~ dataVersion ${kb.meta.dataVersion} → ${newest}`);
    kb.meta.dataVersion = newest;
  }
  const listNewest = latestDate(listed.map((b) => b.released));
  if (listNewest) setSourceDate(kb, 'ms-build-list', listNewest, changes);
}

function mergeKev(kb: KnowledgeBase, catalog: KevCatalog, changes: string[]): void {
  const byId = new Map(kb.cves.map((c) => [c.id, c]));
  for (const entry of catalog.exchange) {
    const cve = byId.get(entry.cveID);
    if (!cve) {
      changes.push(
        `! ${entry.cveID} was added to the KEV catalog on ${entry.dateAdded} and is not in cves.json: add it with its fixed builds`,
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

/** ISO dates sort as text. */
const latestDate = (dates: readonly string[]): string => [...dates].sort().at(-1) ?? '';

const describeKev = (kev: CveRecord['kev']) =>
  kev ? `added ${kev.dateAdded}, due ${kev.dueDate}${kev.ransomware ? ', ransomware' : ''}` : '(none)';

function compareText(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 4; i++) if ((pa[i] ?? 0) !== (pb[i] ?? 0)) return (pa[i] ?? 0) - (pb[i] ?? 0);
  return 0;
}

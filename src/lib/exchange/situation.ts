/**
 * The facts about one build that the rules judge (rules.ts): what it is, what is open on it, what
 * is newer, what is public. Computed once from the build, the knowledge base and "today"; the
 * rules only read it, so each rule is one condition over plain values.
 */
import type { Precision, ProductVersion, Vulnerability } from '../schemas/api.ts';
import type { OnPremVersion } from '../schemas/knowledge.ts';
import { type Build, compareBuilds, comparePrefixes, makeBuild } from './build.ts';
import { fixedInCu, isFixed } from './fixed.ts';
import { type Cu, cuOf, isSupported, type Knowledge, type KnownBuild, type Product, productOf } from './knowledge.ts';
import { isDataStale } from './update-tuesday.ts';

/** Exchange Online answers with 15.20.x builds; it is not an on-premises server. */
const ONLINE = { major: 15, minor: 20 } as const;

/**
 * Products older than the knowledge base, known only by their end of support: a build of them is
 * end of life, never an unknown build. (Microsoft lifecycle: Exchange Server 2007, 2017-04-11.)
 */
const RETIRED = [{ version: '2007', name: 'Exchange Server 2007', major: 8, extendedEnd: '2017-04-11' }] as const;

/** Product lines Microsoft's Health Checker supports (CSS-Exchange: 2016, 2019 and SE). */
const HEALTH_CHECKER: ReadonlySet<string> = new Set(['2016', '2019', 'SE']);

export interface ConfigurationCve {
  id: string;
  title: string;
  what: string;
}

export interface Situation {
  readonly build: Build;
  readonly precision: Precision;
  readonly online: boolean;
  /** The product line, or null for a build of no known product. */
  readonly version: ProductVersion | null;
  readonly productName: string | null;
  readonly product: Product | null;
  readonly supported: boolean;
  readonly endOfSupport: string | null;
  /** The build's own CU, when the data knows it. */
  readonly cu: Cu | null;
  /** A known product's build above everything in the data, in a CU the data does not know. */
  readonly beyondData: boolean;
  /** A build of a known CU above the newest build of that CU in the data. */
  readonly aboveData: boolean;
  /** Only a retired product's major version is known (2007). */
  readonly retiredOnly: boolean;
  readonly confirmed: readonly Vulnerability[];
  readonly possible: readonly Vulnerability[];
  readonly kevOpen: readonly string[];
  readonly configurationDependent: readonly ConfigurationCve[];
  /** CVEs whose fix this build has, but that a setting override can switch off. */
  readonly overridable: readonly string[];
  /** The CU the server has to be on: its own when Microsoft serviced it last, else the newest. */
  readonly targetCu: Cu | null;
  readonly needsCu: boolean;
  /** The newest build of the target CU that anyone can download. */
  readonly targetPublic: KnownBuild | null;
  /** The newest build of the target CU (ESU-only ones included). */
  readonly targetNewest: KnownBuild | null;
  /** The build lacks the target CU's newest public build. */
  readonly behindPublic: boolean;
  /** The build lacks the target CU's newest build, which only ESU customers got. */
  readonly behindEsu: boolean;
  /** The newest build of the product line that anyone can download. */
  readonly latestPublic: KnownBuild | null;
  readonly upToDate: boolean;
  readonly esu: { start: string; end: string } | null;
  /** For an end-of-life product: the end of support, or the last update of the line in the data. */
  readonly trackedUntil: string | null;
  readonly healthChecker: boolean;
  readonly dataVersion: string;
  readonly dataStale: boolean;
  /** Microsoft's list of builds and updates, for "look for newer updates". */
  readonly buildListUrl: string | null;
  readonly today: string;
}

export function situationOf(b: Build, today: string, kb: Knowledge): Situation {
  const dataVersion = kb.files.meta.dataVersion;
  const base = {
    build: b,
    precision: b.precision,
    dataVersion,
    dataStale: isDataStale(dataVersion, today),
    buildListUrl: kb.files.meta.sources.find((s) => s.id === 'ms-build-list')?.url ?? null,
    today,
  };
  if (b.major === ONLINE.major && b.minor === ONLINE.minor) {
    return { ...empty(base), online: true, version: 'Online', productName: 'Exchange Online', supported: true };
  }
  const retired = RETIRED.find((r) => r.major === b.major);
  if (retired) {
    return {
      ...empty(base),
      version: retired.version,
      productName: retired.name,
      endOfSupport: retired.extendedEnd,
      trackedUntil: retired.extendedEnd,
      retiredOnly: true,
    };
  }
  const product = productOf(b, kb);
  if (!product) return empty(base);
  const version = product.record.version;
  const supported = isSupported(product.record, today);
  const cu = cuOf(b, product, kb) ?? null;
  const beyondData = cu === null && comparePrefixes(b, product.newestBuild.parsed) > 0;
  const known = {
    ...empty(base),
    version,
    productName: product.record.name,
    product,
    supported,
    endOfSupport: product.record.extendedEnd,
    trackedUntil: supported ? null : trackedUntil(product),
    healthChecker: HEALTH_CHECKER.has(version),
    latestPublic: newestPublic(product.cus.flatMap((c) => c.builds)),
    configurationDependent: cu || beyondData ? configurationOnly(version, kb) : [],
    beyondData,
    esu: lastEsu(product),
  };
  if (!cu) return known;

  const range = evaluationRange(b, version, kb);
  const open = openVulnerabilities(range, version, cu.name, kb);
  const needsCu = !product.servicedCus.has(cu.name);
  const targetCu = needsCu ? product.newestCu : cu;
  const targetPublic = newestPublic(targetCu.builds);
  const targetNewest = targetCu.newest;
  // After a missing CU, its own first build is the start. A CU-level build may have any update of
  // its CU, except where its three parts name the update itself (2010 rollups: 14.3.513 is RU32).
  const levelStart = kb.byPrefix.get(b.prefix)?.find((k) => k.record.version === version) ?? cu.first;
  const below = (k: KnownBuild | null) =>
    k !== null &&
    (needsCu ? k !== targetCu.first : b.revision === null ? k !== levelStart : compareBuilds(b, k.parsed) < 0);
  return {
    ...known,
    cu,
    aboveData: b.revision !== null && compareBuilds(b, cu.newest.parsed) > 0,
    confirmed: open.confirmed,
    possible: open.possible,
    kevOpen: [...open.confirmed, ...open.possible].filter((v) => v.kev).map((v) => v.id),
    overridable: open.overridable,
    configurationDependent: known.configurationDependent.filter((c) => !open.all.has(c.id)),
    targetCu,
    needsCu,
    targetPublic,
    targetNewest,
    behindPublic: below(targetPublic),
    behindEsu: targetNewest.record.esuOnly && below(targetNewest),
    upToDate: !needsCu && b.revision !== null && compareBuilds(b, cu.newest.parsed) >= 0,
  };
}

type Base = Pick<Situation, 'build' | 'precision' | 'dataVersion' | 'dataStale' | 'buildListUrl' | 'today'>;

function empty(base: Base): Situation {
  return {
    ...base,
    online: false,
    version: null,
    productName: null,
    product: null,
    supported: false,
    endOfSupport: null,
    cu: null,
    beyondData: false,
    aboveData: false,
    retiredOnly: false,
    confirmed: [],
    possible: [],
    kevOpen: [],
    configurationDependent: [],
    overridable: [],
    targetCu: null,
    needsCu: false,
    targetPublic: null,
    targetNewest: null,
    behindPublic: false,
    behindEsu: false,
    latestPublic: null,
    upToDate: false,
    esu: null,
    trackedUntil: null,
    healthChecker: false,
  };
}

function newestPublic(builds: readonly KnownBuild[]): KnownBuild | null {
  let best: KnownBuild | null = null;
  for (const k of builds) {
    if (!k.record.esuOnly && (best === null || compareBuilds(k.parsed, best.parsed) > 0)) best = k;
  }
  return best;
}

function lastEsu(product: Product): { start: string; end: string } | null {
  const periods = product.record.esu;
  const first = periods[0];
  const last = periods.at(-1);
  return first && last ? { start: first.start, end: last.end } : null;
}

/** What the data still tracks for an end-of-life line: up to its end of support or its last update. */
function trackedUntil(product: Product): string | null {
  const end = product.record.extendedEnd;
  const last = product.newestBuild.record.released;
  return end === null || last > end ? last : end;
}

interface Range {
  readonly low: Build;
  readonly high: Build;
}

/**
 * A full build is judged as itself. A CU-level build spans the known builds of its CU: a CVE
 * open even at the newest of them is confirmed, one fixed by a later update of the CU is possible.
 */
function evaluationRange(b: Build, version: OnPremVersion, kb: Knowledge): Range {
  if (b.revision !== null) return { low: b, high: b };
  const same = kb.byPrefix.get(b.prefix)?.filter((k) => k.record.version === version) ?? [];
  const low = same[0]?.parsed;
  const high = same.at(-1)?.parsed;
  if (low && high) return { low, high };
  // A 2010 update rollup the data does not list: its first build.
  const only = makeBuild(b.major, b.minor, b.build, 0);
  return { low: only, high: only };
}

/**
 * Open CVEs. A configuration-dependent CVE whose fix needs an update (CVE-2025-53786 needs the
 * April 2025 hotfix update before the hybrid app can be used) is open like any other below that
 * update; at or above it, only the configuration decides (configurationOnly).
 */
function openVulnerabilities(range: Range, version: OnPremVersion, cu: string, kb: Knowledge) {
  const confirmed: Vulnerability[] = [];
  const possible: Vulnerability[] = [];
  const overridable: string[] = [];
  for (const cve of kb.cves) {
    const r = cve.record;
    const fixedAtHigh = isFixed(cve, version, cu, range.high);
    if (fixedAtHigh === undefined) continue;
    const confidence = !fixedAtHigh ? 'confirmed' : isFixed(cve, version, cu, range.low) ? null : 'possible';
    if (confidence === null) {
      if (r.settingOverride) overridable.push(r.id);
      continue;
    }
    (confidence === 'confirmed' ? confirmed : possible).push({
      id: r.id,
      title: r.title,
      cvss: r.cvss,
      kev: r.kev !== null,
      kevAdded: r.kev?.dateAdded ?? null,
      ransomware: r.kev?.ransomware ?? false,
      fixedIn: fixedInCu(cve, version, cu),
      confidence,
    });
  }
  confirmed.sort(byRisk);
  possible.sort(byRisk);
  return { confirmed, possible, overridable, all: new Set([...confirmed, ...possible].map((v) => v.id)) };
}

/** Known-exploited first, then by CVSS, then by id, so the worst lead the list. */
export function byRisk(a: Vulnerability, b: Vulnerability): number {
  return Number(b.kev) - Number(a.kev) || (b.cvss ?? -1) - (a.cvss ?? -1) || a.id.localeCompare(b.id);
}

/** Configuration-dependent CVEs of the line (the caller drops those still open by build). */
function configurationOnly(version: OnPremVersion, kb: Knowledge): ConfigurationCve[] {
  return kb.cves
    .filter((c) => !c.record.buildDecidable && c.record.affects?.includes(version))
    .map((c) => ({ id: c.record.id, title: c.record.title, what: c.record.what ?? '' }));
}

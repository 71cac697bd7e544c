/**
 * The assessment: a build number in, the Assessment of docs/api.md out. Pure: "today" is a
 * parameter, the knowledge base is the committed one (or one passed in, for tests).
 */
import type { Assessment, Vulnerability } from '../schemas/api.ts';
import type { OnPremVersion } from '../schemas/knowledge.ts';
import { StepList } from './advice.ts';
import { type Build, compareBuilds, comparePrefixes, isExchangeOnline, makeBuild, parseBuild } from './build.ts';
import { fixedInCu, isFixed } from './fixed.ts';
import { type Cu, cuOf, isSupported, type Knowledge, knowledge, type Product, productOf } from './knowledge.ts';

/** A build's precision is its own (`Build.precision`): lower it with toCuLevel, before assessBuild. */
export interface AssessOptions {
  /** Another knowledge base (tests); the committed one by default. */
  knowledge?: Knowledge;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function assess(input: string, today: string, opts: AssessOptions = {}): Assessment {
  if (!ISO_DATE.test(today)) throw new TypeError(`today must be YYYY-MM-DD, got ${JSON.stringify(today)}`);
  return assessBuild(parseBuild(input), today, opts.knowledge ?? knowledge());
}

export function assessBuild(b: Build, today: string, kb: Knowledge = knowledge()): Assessment {
  if (isExchangeOnline(b)) return online(b);
  const product = productOf(b, kb);
  if (!product) return unknown(b, null, today);
  const cu = cuOf(b, product, kb);
  if (cu) return assessKnownCu(b, product, cu, today, kb);
  if (comparePrefixes(b, product.newestBuild.parsed) > 0) return beyondData(b, product, today, kb);
  return unknown(b, product, today);
}

function assessKnownCu(b: Build, product: Product, cu: Cu, today: string, kb: Knowledge): Assessment {
  const version = product.record.version;
  const supported = isSupported(product.record, today);
  const range = evaluationRange(b, version, kb);
  const { confirmed, possible, fixedWithOverride } = openVulnerabilities(range, version, cu.name, kb);
  const vulnerabilities = [...confirmed, ...possible].sort(byRisk);
  const aboveData = b.revision !== null && compareBuilds(b, cu.newest.parsed) > 0;
  const upToDate = b.revision !== null && compareBuilds(b, cu.newest.parsed) >= 0 && product.servicedCus.has(cu.name);
  const verdict =
    confirmed.length > 0
      ? 'vulnerable'
      : possible.length > 0
        ? 'possibly_vulnerable'
        : !supported
          ? 'end_of_life'
          : aboveData
            ? 'newer_than_data'
            : upToDate
              ? 'up_to_date'
              : 'update_available';
  const identity = identify(b, version, product.record.cuKey, kb);
  const configurationDependent = configurationDependentFor(version, kb);

  const steps = new StepList();
  const needsCu = !product.servicedCus.has(cu.name);
  const target = needsCu ? product.newestCu : cu;
  if (needsCu) {
    const first = target.first.record;
    steps.add('install-cu', {
      product: product.record.name,
      cu: target.name,
      build: first.build,
      kb: first.kb,
      url: first.url,
    });
  }
  const newest = target.newest;
  const behind = needsCu ? newest !== target.first : b.revision === null || compareBuilds(b, newest.parsed) < 0;
  if (behind) {
    const r = newest.record;
    steps.add('install-update', {
      product: product.record.name,
      cu: target.name,
      update: r.update,
      build: r.build,
      kb: r.kb,
      url: r.url,
      released: r.released,
      esuOnly: r.esuOnly,
    });
  }
  addRiskSteps(steps, vulnerabilities, configurationDependent, fixedWithOverride);
  addLifecycleSteps(steps, product, cu, supported);
  if (verdict === 'up_to_date') steps.add('keep-updated');
  if (aboveData) steps.add('newer-than-data', { dataVersion: kb.files.meta.dataVersion });

  const latest = cu.newest.record;
  return {
    build: b.text,
    precision: b.precision,
    product: product.record.name,
    version,
    cu: cu.name,
    update: identity.update,
    released: identity.released,
    supported,
    endOfSupport: product.record.extendedEnd,
    latest: { build: latest.build, update: latest.update, released: latest.released, esuOnly: latest.esuOnly },
    upToDate,
    vulnerabilities,
    configurationDependent: configurationDependent.map(({ id, title, what }) => ({ id, title, what })),
    untracked: !supported,
    verdict,
    steps: steps.toArray(),
  };
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

function openVulnerabilities(range: Range, version: OnPremVersion, cu: string, kb: Knowledge) {
  const confirmed: Vulnerability[] = [];
  const possible: Vulnerability[] = [];
  const fixedWithOverride: string[] = [];
  for (const cve of kb.cves) {
    const r = cve.record;
    if (!r.buildDecidable) continue;
    const fixedAtHigh = isFixed(cve, version, cu, range.high);
    if (fixedAtHigh === undefined) continue;
    const confidence = !fixedAtHigh ? 'confirmed' : isFixed(cve, version, cu, range.low) ? null : 'possible';
    if (confidence === null) {
      if (r.settingOverride) fixedWithOverride.push(r.id);
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
  return { confirmed, possible, fixedWithOverride };
}

/** Known-exploited first, then by CVSS, then by id, so the worst lead the list. */
function byRisk(a: Vulnerability, b: Vulnerability): number {
  return Number(b.kev) - Number(a.kev) || (b.cvss ?? -1) - (a.cvss ?? -1) || a.id.localeCompare(b.id);
}

function identify(b: Build, version: OnPremVersion, cuKey: string, kb: Knowledge) {
  if (b.revision !== null) {
    const exact = kb.byBuild.get(b.text);
    return exact && exact.record.version === version
      ? { update: exact.record.update, released: exact.record.released }
      : { update: null, released: null };
  }
  // CU level: the CU's own release; for 2010 the three parts name the update rollup itself.
  const first = kb.byPrefix.get(b.prefix)?.find((k) => k.record.version === version);
  if (!first) return { update: null, released: null };
  return { update: cuKey === 'major.minor' ? first.record.update : null, released: first.record.released };
}

function configurationDependentFor(version: OnPremVersion, kb: Knowledge) {
  return kb.cves
    .filter((c) => !c.record.buildDecidable && c.record.affects?.includes(version))
    .map((c) => ({ id: c.record.id, title: c.record.title, what: c.record.what ?? '' }));
}

function addRiskSteps(
  steps: StepList,
  vulnerabilities: readonly Vulnerability[],
  configurationDependent: readonly { id: string }[],
  fixedWithOverride: readonly string[],
): void {
  if (vulnerabilities.length > 0) steps.add('mitigate-while-patching');
  const exploited = vulnerabilities.filter((v) => v.kev).map((v) => v.id);
  if (exploited.length > 0) steps.add('check-compromise', { cves: exploited.join(', ') });
  steps.add('run-health-checker');
  const toCheck = [...configurationDependent.map((c) => c.id), ...fixedWithOverride];
  if (toCheck.length > 0) steps.add('check-configuration', { cves: toCheck.join(', ') });
}

function addLifecycleSteps(steps: StepList, product: Product, cu: Cu | undefined, supported: boolean): void {
  const version = product.record.version;
  const inPlace = product.record.upgradePaths.find((p) => p.to === 'SE' && p.kind === 'in-place');
  if (inPlace) {
    const from = cu && inPlace.fromCus.includes(cu.name) ? cu.name : (inPlace.fromCus.at(-1) ?? product.newestCu.name);
    steps.add('upgrade-2019-to-se', { cu: from });
  } else if (version === '2016') {
    steps.add('migrate-2016');
  } else if (version === '2010' || version === '2013') {
    steps.add('migrate-legacy', { version });
  }
  if (!supported) steps.add('move-to-exchange-online');
}

/** A build of a known product above everything in the data, in a CU the data does not know. */
function beyondData(b: Build, product: Product, today: string, kb: Knowledge): Assessment {
  const version = product.record.version;
  const supported = isSupported(product.record, today);
  const configurationDependent = configurationDependentFor(version, kb);
  const steps = new StepList();
  addRiskSteps(steps, [], configurationDependent, []);
  addLifecycleSteps(steps, product, undefined, supported);
  steps.add('newer-than-data', { dataVersion: kb.files.meta.dataVersion });
  return {
    build: b.text,
    precision: b.precision,
    product: product.record.name,
    version,
    cu: null,
    update: null,
    released: null,
    supported,
    endOfSupport: product.record.extendedEnd,
    latest: null,
    upToDate: false,
    vulnerabilities: [],
    configurationDependent,
    untracked: !supported,
    verdict: supported ? 'newer_than_data' : 'end_of_life',
    steps: steps.toArray(),
  };
}

function unknown(b: Build, product: Product | null, today: string): Assessment {
  const supported = product ? isSupported(product.record, today) : false;
  return {
    build: b.text,
    precision: b.precision,
    product: product?.record.name ?? null,
    version: product?.record.version ?? null,
    cu: null,
    update: null,
    released: null,
    supported,
    endOfSupport: product?.record.extendedEnd ?? null,
    latest: null,
    upToDate: false,
    vulnerabilities: [],
    configurationDependent: [],
    untracked: product !== null && !supported,
    verdict: 'unknown_build',
    steps: new StepList().add('verify-build').toArray(),
  };
}

function online(b: Build): Assessment {
  return {
    build: b.text,
    precision: b.precision,
    product: 'Exchange Online',
    version: 'Online',
    cu: null,
    update: null,
    released: null,
    supported: true,
    endOfSupport: null,
    latest: null,
    upToDate: true,
    vulnerabilities: [],
    configurationDependent: [],
    untracked: false,
    verdict: 'exchange_online',
    steps: [],
  };
}

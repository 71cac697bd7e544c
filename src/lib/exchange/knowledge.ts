/**
 * The knowledge base as the assessment reads it: the committed JSON plus the indexes that keep an
 * assessment well under 1 ms. The JSON is validated at build time and by the unit tests
 * (validateKnowledgeBase); parsing it again with zod in every Worker isolate would cost more CPU
 * on a cold request (about 16 ms) than the whole assessment, so the runtime trusts it.
 */
import buildsJson from '../../../content/data/exchange/builds.json' with { type: 'json' };
import cvesJson from '../../../content/data/exchange/cves.json' with { type: 'json' };
import metaJson from '../../../content/data/exchange/meta.json' with { type: 'json' };
import productsJson from '../../../content/data/exchange/products.json' with { type: 'json' };
import { setLiveDataVersion } from '../data-version.ts';
import type {
  BuildRecord,
  CveRecord,
  KnowledgeBase,
  Licence,
  OnPremVersion,
  ProductRecord,
  Source,
} from '../schemas/knowledge.ts';
import { type Build, compareBuilds, comparePrefixes, knownBuild } from './build.ts';

/** The committed files, unchecked; validateKnowledgeBase() and the index both start from here. */
export const committedFiles = (): unknown => ({
  meta: metaJson,
  products: productsJson,
  builds: buildsJson,
  cves: cvesJson,
});

export interface KnownBuild {
  readonly record: BuildRecord;
  readonly parsed: Build;
}

export interface Cu {
  readonly version: OnPremVersion;
  readonly name: string;
  /** Builds of this CU (or service pack), oldest first. */
  readonly builds: readonly KnownBuild[];
  readonly first: KnownBuild;
  readonly newest: KnownBuild;
}

export interface Product {
  readonly record: ProductRecord;
  /** CUs oldest first. */
  readonly cus: readonly Cu[];
  readonly newestCu: Cu;
  /** CUs that received the product's newest update: the ones Microsoft still serviced last. */
  readonly servicedCus: ReadonlySet<string>;
  readonly newestBuild: KnownBuild;
  /** Where the line starts, for lines sharing major.minor (SE from 15.2.2562). */
  readonly firstBuild: Build | undefined;
}

/** One CVE's fixed builds for one product line, prepared for the Health Checker's rules. */
export interface CveProductFixes {
  /** The highest fixed build listed for the product. */
  readonly highest: Build;
  /** Per CU name (`CU15`, 2010 `SP3`), the highest fixed build listed for that CU. */
  readonly byCu: ReadonlyMap<string, Build>;
}

export interface KnownCve {
  readonly record: CveRecord;
  readonly fixes: ReadonlyMap<OnPremVersion, CveProductFixes>;
}

export interface Knowledge {
  readonly files: KnowledgeBase;
  readonly products: ReadonlyMap<OnPremVersion, Product>;
  readonly byBuild: ReadonlyMap<string, KnownBuild>;
  /** Known builds per `major.minor.build`, oldest first. */
  readonly byPrefix: ReadonlyMap<string, readonly KnownBuild[]>;
  readonly cves: readonly KnownCve[];
  readonly cveById: ReadonlyMap<string, KnownCve>;
}

let cached: Knowledge | undefined;
let live: Knowledge | undefined;

/** The committed knowledge base (indexed on first use): the floor and the fallback. */
export function bundledKnowledge(): Knowledge {
  // Validated before it is committed or built: see the comment at the top.
  cached ??= indexKnowledge(committedFiles() as KnowledgeBase);
  return cached;
}

/** The version that answers: the Worker's newest stored one once it is loaded, else the bundled one. */
export function knowledge(): Knowledge {
  return live ?? bundledKnowledge();
}

/**
 * Makes a refreshed version answer in this isolate (functions/data/live.ts loads it from D1, once
 * per version). One isolate answers from one version at a time; undefined goes back to the bundled one.
 */
export function useLiveKnowledge(kb: Knowledge | undefined): void {
  live = kb;
  setLiveDataVersion(kb?.files.meta.dataVersion);
}

export function indexKnowledge(files: KnowledgeBase): Knowledge {
  // The same fixed builds recur across CVEs: parse each text once.
  const parsedBuilds = new Map<string, Build>();
  const parse = (text: string): Build => {
    let b = parsedBuilds.get(text);
    if (!b) {
      b = knownBuild(text);
      parsedBuilds.set(text, b);
    }
    return b;
  };
  const known = files.builds
    .map((record) => ({ record, parsed: parse(record.build) }))
    .sort((a, b) => compareBuilds(a.parsed, b.parsed));
  const byBuild = new Map(known.map((k) => [k.record.build, k]));
  const byPrefix = groupBy(known, (k) => k.parsed.prefix);

  const products = new Map<OnPremVersion, Product>();
  for (const record of files.products) {
    const own = known.filter((k) => k.record.version === record.version);
    const cus = [...groupBy(own, (k) => k.record.cu).entries()]
      .map(([name, builds]): Cu | undefined => {
        const first = builds[0];
        const newest = builds.at(-1);
        return first && newest ? { version: record.version, name, builds, first, newest } : undefined;
      })
      .filter((cu): cu is Cu => cu !== undefined)
      .sort((a, b) => compareBuilds(a.first.parsed, b.first.parsed));
    const newestCu = cus.at(-1);
    const newestBuild = own.reduce<KnownBuild | undefined>(
      (max, k) => (max === undefined || compareBuilds(k.parsed, max.parsed) > 0 ? k : max),
      undefined,
    );
    if (!newestCu || !newestBuild) continue;
    const lastUpdate = newestBuild.record.update;
    const servicedCus = new Set(
      cus
        .filter((cu) => cu.builds.some((k) => lastUpdate !== null && k.record.update === lastUpdate))
        .map((cu) => cu.name),
    );
    servicedCus.add(newestCu.name);
    // Modern Lifecycle: Microsoft services the newest CUs the product data names, whatever the last update shipped for.
    for (const cu of cus.slice(-(record.supportedCus ?? 1))) servicedCus.add(cu.name);
    const firstBuild = record.firstBuild ? parse(record.firstBuild) : undefined;
    products.set(record.version, { record, cus, newestCu, servicedCus, newestBuild, firstBuild });
  }

  const cves = files.cves.map((record): KnownCve => {
    const fixes = new Map<OnPremVersion, { highest: Build; byCu: Map<string, Build> }>();
    for (const fixed of record.fixedBuilds) {
      const b = parse(fixed.build);
      const entry = fixes.get(fixed.version);
      if (!entry) {
        fixes.set(fixed.version, { highest: b, byCu: new Map([[fixed.cu, b]]) });
        continue;
      }
      if (compareBuilds(b, entry.highest) > 0) entry.highest = b;
      const same = entry.byCu.get(fixed.cu);
      // Where one CU has several rows for one CVE, the highest of them counts.
      if (!same || compareBuilds(b, same) > 0) entry.byCu.set(fixed.cu, b);
    }
    return { record, fixes };
  });

  return { files, products, byBuild, byPrefix, cves, cveById: new Map(cves.map((c) => [c.record.id, c])) };
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/** The product line a build belongs to, by its major.minor (and, for 15.2, its build: SE from 2562). */
export function productOf(b: Build, kb: Knowledge = knowledge()): Product | undefined {
  const majorMinor = `${b.major}.${b.minor}`;
  let found: Product | undefined;
  let foundFirst: Build | undefined;
  for (const product of kb.products.values()) {
    if (!product.record.majorMinor.includes(majorMinor)) continue;
    const first = product.firstBuild;
    if (first && comparePrefixes(b, first) < 0) continue;
    if (!found || (first && (!foundFirst || comparePrefixes(first, foundFirst) > 0))) {
      found = product;
      foundFirst = first;
    }
  }
  return found;
}

/** The CU (or 2010 service pack) of a build, when the knowledge base knows it. */
export function cuOf(b: Build, product: Product, kb: Knowledge = knowledge()): Cu | undefined {
  if (product.record.cuKey === 'major.minor') {
    const sample = product.cus.find((cu) => cu.first.parsed.major === b.major && cu.first.parsed.minor === b.minor);
    return sample;
  }
  const same = kb.byPrefix.get(b.prefix)?.filter((k) => k.record.version === product.record.version);
  if (!same || same.length === 0) return undefined;
  // 15.1.225 holds both 2016 Preview and RTM: the nearest build at or below decides.
  let chosen = same[0];
  for (const k of same) if (compareBuilds(k.parsed, b) <= 0) chosen = k;
  const name = chosen?.record.cu;
  return product.cus.find((cu) => cu.name === name);
}

// ---- query helpers for pages and the API --------------------------------------------------------

export const dataVersion = (): string => knowledge().files.meta.dataVersion;
export const sources = (): readonly Source[] => knowledge().files.meta.sources;
export const licence = (): Licence => knowledge().files.meta.licence;
export const allBuilds = (): readonly BuildRecord[] => knowledge().files.builds;
export const allCves = (): readonly CveRecord[] => knowledge().files.cves;
export const allProducts = (): readonly ProductRecord[] => knowledge().files.products;

/** Builds of one product line, oldest first. */
export const buildsByProduct = (version: OnPremVersion): readonly BuildRecord[] =>
  knowledge()
    .products.get(version)
    ?.cus.flatMap((cu) => cu.builds.map((k) => k.record)) ?? [];

export const cveById = (id: string): CveRecord | undefined => knowledge().cveById.get(id)?.record;

export const productLifecycle = (version: OnPremVersion): ProductRecord | undefined =>
  knowledge().products.get(version)?.record;

/** The display name of a product line (`Exchange Server 2019`). */
export const productName = (version: OnPremVersion): string =>
  knowledge().products.get(version)?.record.name ?? `Exchange Server ${version}`;

/** True while Microsoft supports the product line on `today` (SE: Modern Lifecycle, no end date). */
export function isSupported(product: ProductRecord, today: string): boolean {
  return product.extendedEnd === null || today <= product.extendedEnd;
}

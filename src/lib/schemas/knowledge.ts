/**
 * Schemas of the Exchange knowledge base (content/data/exchange/*.json), one per file kind.
 * Records carry facts only; what follows from them (product names, CU order, "latest") is derived
 * in src/lib/exchange so that each fact has one home.
 */
import { z } from 'zod';
import { IsoDate } from './api.ts';

/** On-premises product lines; Exchange Online has no builds in the knowledge base. */
export const OnPremVersion = z.enum(['2010', '2013', '2016', '2019', 'SE']);
export type OnPremVersion = z.infer<typeof OnPremVersion>;

/** A complete build, normalised (no leading zeros): `15.2.1748.24`. */
export const FullBuild = z
  .string()
  .regex(/^(0|[1-9]\d{0,1})\.(0|[1-9]\d{0,1})\.(0|[1-9]\d{0,4})\.(0|[1-9]\d{0,4})$/)
  .meta({ description: 'Exchange build, major.minor.build.revision, without leading zeros', example: '15.2.1748.24' });

/** Key of an entry in meta.json `sources`. */
export const SourceId = z.string().regex(/^[a-z0-9-]+$/);

export const KbNumber = z.string().regex(/^KB\d{6,7}$/);

/** Update name as Microsoft and the Health Checker spell it: `Mar21SU`, `Apr25HU`, `Sep26SUv2`, `RU32`. */
export const UpdateName = z.string().regex(/^([A-Z][a-z]{2}\d{2}(SU|HU)(v\d)?|RU\d{1,2}(v\d)?)$/);

export const BuildRecord = z
  .strictObject({
    build: FullBuild,
    version: OnPremVersion,
    /** Cumulative update or service pack: `CU15`, `SP3`, `SP1` (2013 SP1 is CU4), `RTM`, `Preview`. */
    cu: z.string().regex(/^(RTM|Preview|CU\d{1,2}|SP\d)$/),
    /** Security update (SU), hotfix update (HU) or 2010 update rollup (RU); null for the CU itself. */
    update: UpdateName.nullable(),
    released: IsoDate,
    /**
     * True when no source gives the day: the date is the one of another build of the same update,
     * or that month's Update Tuesday (Exchange security updates ship on it).
     */
    releasedEstimated: z.boolean().optional(),
    kb: KbNumber.nullable(),
    /** Microsoft's announcement of the release. */
    url: z.url().nullable(),
    /** Released only to Extended Security Update customers (2016/2019 after 2025-10-14). */
    esuOnly: z.boolean(),
    source: SourceId,
    /** Why a value differs from the source, or what is uncertain about it. */
    note: z.string().min(1).optional(),
  })
  .meta({ id: 'KnowledgeBuild' });
export type BuildRecord = z.infer<typeof BuildRecord>;

export const FixedBuild = z.strictObject({
  version: OnPremVersion,
  cu: z.string(),
  /** First build of this CU that has the fix. */
  build: FullBuild,
  source: SourceId,
  note: z.string().min(1).optional(),
});
export type FixedBuild = z.infer<typeof FixedBuild>;

export const Kev = z.strictObject({
  dateAdded: IsoDate,
  dueDate: IsoDate,
  ransomware: z.boolean().meta({ description: 'knownRansomwareCampaignUse is "Known"' }),
  /** CISA's vulnerabilityName. */
  name: z.string().min(1),
  cwes: z.array(z.string().regex(/^CWE-\d+$/)),
});
export type Kev = z.infer<typeof Kev>;

export const CveRecord = z
  .strictObject({
    /** CVE id, or a Microsoft advisory id (ADV190018) kept as what it is. */
    id: z.string().regex(/^(CVE-\d{4}-\d{4,7}|ADV\d{6})$/),
    title: z.string().min(1),
    /** Common name where the public uses one (ProxyLogon, ProxyShell, ...). */
    nickname: z.string().min(1).optional(),
    cvss: z.number().min(0).max(10).nullable(),
    cvssVector: z.string().startsWith('CVSS:3.1/').optional(),
    published: IsoDate.optional(),
    kev: Kev.nullable(),
    /** The update that fixes it, as the Health Checker names updates; null when no update does. */
    fixingUpdate: z.string().min(1).nullable(),
    fixedBuilds: z.array(FixedBuild),
    /**
     * False when the build number alone cannot tell (Extended Protection, hybrid configuration):
     * such CVEs are reported apart, with `what` an administrator has to check.
     */
    buildDecidable: z.boolean(),
    what: z.string().min(1).optional(),
    /** Product lines a configuration-dependent CVE concerns (build-decidable ones use fixedBuilds). */
    affects: z.array(OnPremVersion).optional(),
    /**
     * The fix ships with the update but a setting override can switch it off (Health Checker's
     * second condition); a remote check cannot see overrides, so the advice says what to check.
     */
    settingOverride: z.boolean(),
    source: SourceId,
    note: z.string().min(1).optional(),
  })
  .meta({ id: 'KnowledgeCve' });
export type CveRecord = z.infer<typeof CveRecord>;

export const EsuPeriod = z.strictObject({
  start: IsoDate,
  end: IsoDate,
  note: z.string().min(1).optional(),
});

export const UpgradePath = z.strictObject({
  to: z.enum(['SE', 'Online']),
  /** In place (setup over the existing server) or a migration to new servers. */
  kind: z.enum(['in-place', 'migration']),
  /** CUs from which the path starts; empty means any. */
  fromCus: z.array(z.string()),
  note: z.string().min(1).optional(),
});

export const ProductRecord = z
  .strictObject({
    version: OnPremVersion,
    name: z.string().min(1),
    /** `major.minor` prefixes of its builds; SE and 2019 share 15.2 and split at `firstBuild`. */
    majorMinor: z.array(z.string().regex(/^\d{1,2}\.\d{1,2}$/)).min(1),
    /** Lowest 3-part prefix of the line, for lines that share major.minor. */
    firstBuild: z
      .string()
      .regex(/^\d+\.\d+\.\d+$/)
      .optional(),
    /**
     * What a CU (or service pack) is keyed by: 2010 service packs by `major.minor` (its update
     * rollups change the third part), later versions by `major.minor.build`.
     */
    cuKey: z.enum(['major.minor', 'major.minor.build']),
    released: IsoDate,
    policy: z.enum(['fixed', 'modern']),
    /**
     * Modern Lifecycle: how many of the newest CUs Microsoft services (the current one and the
     * one before). Absent: only the CUs that received the product's newest update.
     */
    supportedCus: z.number().int().min(1).max(4).optional(),
    mainstreamEnd: IsoDate.nullable(),
    extendedEnd: IsoDate.nullable(),
    esu: z.array(EsuPeriod),
    upgradePaths: z.array(UpgradePath),
    source: SourceId,
    note: z.string().min(1).optional(),
  })
  .meta({ id: 'KnowledgeProduct' });
export type ProductRecord = z.infer<typeof ProductRecord>;

export const Source = z.strictObject({
  id: SourceId,
  name: z.string().min(1),
  url: z.url(),
  /** The date of the version used (catalog version, last record, release post); null when unknown. */
  date: IsoDate.nullable(),
  /** Which records it supplies. */
  covers: z.string().min(1),
});
export type Source = z.infer<typeof Source>;

export const Licence = z.strictObject({
  id: z.string().min(1),
  name: z.string().min(1),
  url: z.url(),
  text: z.string().min(1),
});
export type Licence = z.infer<typeof Licence>;

export const Meta = z
  .strictObject({
    /** The date up to which builds and updates are complete. */
    dataVersion: IsoDate,
    /** What "complete" means at that date, for people reading the file. */
    dataVersionNote: z.string().min(1),
    sources: z.array(Source).min(1),
    licence: Licence,
  })
  .meta({ id: 'KnowledgeMeta' });
export type Meta = z.infer<typeof Meta>;

/**
 * A reviewed correction of a value that a source gets wrong (overrides.json): it wins over every
 * refresh, so that the build-number page cannot undo it.
 */
export const Override = z.strictObject({
  build: FullBuild,
  field: z.enum(['kb', 'released', 'url']),
  value: z.string().min(1),
  /** What the source says instead, as reviewed. */
  sourceValue: z.string().nullable(),
  reason: z.string().min(1),
});
export type Override = z.infer<typeof Override>;
export const OverridesFile = z.array(Override);

export const BuildsFile = z.array(BuildRecord);
export const CvesFile = z.array(CveRecord);
export const ProductsFile = z.array(ProductRecord);

/** The four files together, as validateKnowledgeBase() takes them. */
export const KnowledgeBaseFiles = z.strictObject({
  meta: Meta,
  products: ProductsFile,
  builds: BuildsFile,
  cves: CvesFile,
});
export type KnowledgeBase = z.infer<typeof KnowledgeBaseFiles>;

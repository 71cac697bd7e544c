/**
 * Open data (docs/api.md "Open data"): builds and CVEs as JSON with an envelope
 * `{ dataVersion, sources, licence, builds|cves }`, as CSV, and the JSON Schemas of both.
 * The lead's build step writes them under /data/exchange/.
 */
import { z } from 'zod';
import { csvCell, toCsv } from '../csv.ts';
import { BuildString, IsoDate, ProductVersion } from '../schemas/api.ts';
import { FullBuild, Licence, Source } from '../schemas/knowledge.ts';
import { type Knowledge, knowledge, productName } from './knowledge.ts';

export const OpenBuild = z
  .object({
    build: FullBuild,
    product: z.string(),
    version: ProductVersion,
    cu: z.string(),
    update: z.string().nullable(),
    released: IsoDate,
    releasedEstimated: z.boolean().meta({ description: 'The day is derived (month or update name), not published' }),
    kb: z.string().nullable(),
    url: z.string().nullable(),
    esuOnly: z.boolean(),
    source: z.string().meta({ description: 'Id of an entry in sources' }),
  })
  .meta({ id: 'OpenDataBuild' });
export type OpenBuild = z.infer<typeof OpenBuild>;

export const OpenCve = z
  .object({
    id: z.string(),
    title: z.string(),
    nickname: z.string().nullable(),
    cvss: z.number().nullable(),
    kev: z.boolean(),
    kevAdded: IsoDate.nullable(),
    ransomware: z.boolean(),
    fixingUpdate: z.string().nullable(),
    fixedIn: z.array(BuildString).meta({ description: 'First fixed build per CU' }),
    buildDecidable: z.boolean().meta({ description: 'False when configuration decides, not the build' }),
    settingOverride: z.boolean().meta({ description: 'A setting override can switch the fix off' }),
    source: z.string(),
  })
  .meta({ id: 'OpenDataCve' });
export type OpenCve = z.infer<typeof OpenCve>;

const envelope = { dataVersion: IsoDate, sources: z.array(Source), licence: Licence };
// No ids on the envelopes: their JSON Schemas then describe the document at the root.
export const BuildsOpenData = z
  .object({ ...envelope, builds: z.array(OpenBuild) })
  .meta({ title: 'Exchange Server builds', description: 'Every known Exchange Server build, 2010 to SE' });
export const CvesOpenData = z.object({ ...envelope, cves: z.array(OpenCve) }).meta({
  title: 'Exchange Server vulnerabilities',
  description: 'Exchange Server CVEs with KEV status and fixed builds',
});
export type BuildsOpenData = z.infer<typeof BuildsOpenData>;
export type CvesOpenData = z.infer<typeof CvesOpenData>;

const head = (kb: Knowledge) => ({
  dataVersion: kb.files.meta.dataVersion,
  sources: kb.files.meta.sources,
  licence: kb.files.meta.licence,
});

/** Every build, oldest first per product line. */
export function buildsOpenData(kb: Knowledge = knowledge()): BuildsOpenData {
  const builds = [...kb.products.values()].flatMap((p) =>
    p.cus.flatMap((cu) =>
      cu.builds.map(({ record: r }) => ({
        build: r.build,
        product: productName(r.version),
        version: r.version,
        cu: r.cu,
        update: r.update,
        released: r.released,
        releasedEstimated: r.releasedEstimated ?? false,
        kb: r.kb,
        url: r.url,
        esuOnly: r.esuOnly,
        source: r.source,
      })),
    ),
  );
  return { ...head(kb), builds };
}

export function cvesOpenData(kb: Knowledge = knowledge()): CvesOpenData {
  const cves = kb.files.cves.map((c) => ({
    id: c.id,
    title: c.title,
    nickname: c.nickname ?? null,
    cvss: c.cvss,
    kev: c.kev !== null,
    kevAdded: c.kev?.dateAdded ?? null,
    ransomware: c.kev?.ransomware ?? false,
    fixingUpdate: c.fixingUpdate,
    fixedIn: c.fixedBuilds.map((f) => f.build),
    buildDecidable: c.buildDecidable,
    settingOverride: c.settingOverride,
    source: c.source,
  }));
  return { ...head(kb), cves };
}

export const buildsCsv = (kb: Knowledge = knowledge()): string => toCsv(buildsOpenData(kb).builds);

/** `fixedIn` holds several builds: space-separated in one cell. */
export const cvesCsv = (kb: Knowledge = knowledge()): string =>
  toCsv(cvesOpenData(kb).cves.map((c) => ({ ...c, fixedIn: c.fixedIn.join(' ') })));

export const buildsJsonSchema = () => z.toJSONSchema(BuildsOpenData);
export const cvesJsonSchema = () => z.toJSONSchema(CvesOpenData);

export { csvCell, toCsv };

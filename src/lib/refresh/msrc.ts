/**
 * MSRC's CVRF API (v3.0, JSON): `/updates` lists the monthly documents (`value[].ID` = `2025-Apr`);
 * `/cvrf/2025-Apr` is one month: `ProductTree.FullProductName[]` names the products
 * (`Microsoft Exchange Server 2019 Cumulative Update 15`), each `Vulnerability[]` entry has `CVE`,
 * `Title.Value`, `CVSSScoreSets[]` and `Remediations[]` (Type 2 = vendor fix: the KB number in
 * `Description.Value`, `FixedBuild`, the `ProductID`s it applies to). Only Exchange entries are
 * validated in depth: a month's document has hundreds of other products, and validating them all
 * would cost CPU for nothing.
 */
import { z } from 'zod';
import { type Month, monthOfCvrfId } from '../exchange/update-tuesday.ts';
import type { OnPremVersion } from '../schemas/knowledge.ts';
import { normalBuild } from './build-page.ts';
import { RefreshError } from './errors.ts';

export interface MsrcListedMonth {
  id: string;
  month: Month;
}

export interface MsrcFix {
  version: OnPremVersion;
  cu: string;
  build: string;
  kb: string | null;
}

export interface MsrcCve {
  id: string;
  title: string | null;
  cvss: number | null;
  cvssVector: string | null;
  fixes: MsrcFix[];
}

export interface MsrcMonth {
  id: string;
  month: Month;
  /** The document's first release day, `YYYY-MM-DD`. */
  released: string;
  /** Exchange CVEs of the month; empty when Microsoft shipped no Exchange security update. */
  cves: MsrcCve[];
}

const UpdatesList = z.looseObject({ value: z.array(z.looseObject({ ID: z.string() })) });

/** The months MSRC has published, as the `/updates` list names them (other ids, like `2017-May-B`, are left out). */
export function parseMsrcUpdates(json: unknown): MsrcListedMonth[] {
  const list = UpdatesList.safeParse(json);
  if (!list.success) {
    throw new RefreshError(
      'source_malformed',
      'msrc',
      'The /updates answer is not the CVRF list of documents (no "value" array of IDs).',
    );
  }
  return list.data.value.flatMap((entry) => {
    const month = monthOfCvrfId(entry.ID);
    return month ? [{ id: entry.ID, month }] : [];
  });
}

const Document = z.looseObject({
  DocumentTracking: z.looseObject({
    Identification: z.looseObject({ ID: z.looseObject({ Value: z.string() }) }),
    InitialReleaseDate: z.string().regex(/^\d{4}-\d{2}-\d{2}/),
  }),
  ProductTree: z.looseObject({
    FullProductName: z.array(z.looseObject({ ProductID: z.string(), Value: z.string() })).optional(),
  }),
  Vulnerability: z.array(z.looseObject({ CVE: z.string() })).optional(),
});

const ExchangeVulnerability = z.looseObject({
  CVE: z.string().regex(/^CVE-\d{4}-\d{4,7}$/),
  Title: z.looseObject({ Value: z.string().max(300) }).optional(),
  CVSSScoreSets: z
    .array(
      z.looseObject({
        BaseScore: z.number().min(0).max(10),
        Vector: z.string().optional(),
        ProductID: z.array(z.string()).optional(),
      }),
    )
    .optional(),
  Remediations: z
    .array(
      z.looseObject({
        Type: z.number(),
        Description: z.looseObject({ Value: z.string().nullable().optional() }).optional(),
        ProductID: z.array(z.string()).optional(),
        FixedBuild: z.string().optional(),
      }),
    )
    .optional(),
});

const PRODUCT =
  /^Microsoft Exchange Server (?:(2010|2013|2016|2019) (?:Cumulative Update (\d{1,2})|Service Pack (\d))|(Subscription Edition) (?:(RTM)|Cumulative Update (\d{1,2})))$/;

/** `Microsoft Exchange Server 2019 Cumulative Update 15` → 2019, CU15; `... Subscription Edition RTM` → SE, RTM. */
export function exchangeProduct(name: string): { version: OnPremVersion; cu: string } | null {
  const m = PRODUCT.exec(name.trim());
  if (!m) return null;
  if (m[4]) return { version: 'SE', cu: m[5] ? 'RTM' : `CU${Number(m[6])}` };
  return { version: m[1] as OnPremVersion, cu: m[2] ? `CU${Number(m[2])}` : `SP${m[3]}` };
}

export function parseMsrcDocument(json: unknown, expectedId: string): MsrcMonth {
  const parsed = Document.safeParse(json);
  if (!parsed.success) {
    throw new RefreshError(
      'source_malformed',
      'msrc',
      `The document ${expectedId} is not a CVRF document (DocumentTracking, ProductTree).`,
    );
  }
  const doc = parsed.data;
  const id = doc.DocumentTracking.Identification.ID.Value;
  const month = monthOfCvrfId(id);
  if (id !== expectedId || !month) {
    throw new RefreshError(
      'source_malformed',
      'msrc',
      `Asked for the document ${expectedId}, got "${id.slice(0, 40)}".`,
    );
  }
  const products = new Map<string, { version: OnPremVersion; cu: string }>();
  for (const p of doc.ProductTree.FullProductName ?? []) {
    const product = exchangeProduct(p.Value);
    if (product) products.set(p.ProductID, product);
  }
  const cves: MsrcCve[] = [];
  for (const raw of doc.Vulnerability ?? []) {
    const remediations = (raw as { Remediations?: unknown }).Remediations;
    if (!Array.isArray(remediations) || !remediations.some((r) => touches(r, products))) continue;
    const v = ExchangeVulnerability.safeParse(raw);
    if (!v.success) {
      throw new RefreshError(
        'source_malformed',
        'msrc',
        `${expectedId}: the Exchange entry ${String(raw.CVE).slice(0, 30)} has an unexpected form.`,
      );
    }
    cves.push(readCve(v.data, products));
  }
  return { id, month, released: doc.DocumentTracking.InitialReleaseDate.slice(0, 10), cves };
}

const touches = (r: unknown, products: ReadonlyMap<string, unknown>): boolean =>
  typeof r === 'object' &&
  r !== null &&
  Array.isArray((r as { ProductID?: unknown }).ProductID) &&
  (r as { ProductID: unknown[] }).ProductID.some((id) => typeof id === 'string' && products.has(id));

function readCve(
  v: z.infer<typeof ExchangeVulnerability>,
  products: ReadonlyMap<string, { version: OnPremVersion; cu: string }>,
): MsrcCve {
  const fixes = new Map<string, MsrcFix>();
  for (const r of v.Remediations ?? []) {
    // Type 2 is a vendor fix; workarounds and mitigations carry no build.
    if (r.Type !== 2 || !r.FixedBuild) continue;
    const build = normalBuild(r.FixedBuild.trim());
    const kbNumber = /^(?:KB)?(\d{6,7})$/.exec(r.Description?.Value?.trim() ?? '')?.[1];
    if (!build) continue;
    for (const productId of r.ProductID ?? []) {
      const product = products.get(productId);
      if (!product) continue;
      fixes.set(`${product.version} ${product.cu}`, { ...product, build, kb: kbNumber ? `KB${kbNumber}` : null });
    }
  }
  const exchangeScores = (v.CVSSScoreSets ?? []).filter((s) => s.ProductID?.some((id) => products.has(id)) ?? true);
  const score = exchangeScores.sort((a, b) => b.BaseScore - a.BaseScore)[0];
  const vector =
    score?.Vector?.startsWith('CVSS:3.1/') && /^[A-Za-z0-9:/.]{1,200}$/.test(score.Vector) ? score.Vector : null;
  return {
    id: v.CVE,
    title: v.Title?.Value.trim() || null,
    cvss: score?.BaseScore ?? null,
    cvssVector: vector,
    fixes: [...fixes.values()],
  };
}

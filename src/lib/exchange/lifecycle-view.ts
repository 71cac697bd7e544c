/**
 * Lifecycle facts of a product line in the shape the reference pages show them. Pure: takes the
 * knowledge base's record and a date.
 */
import type { OnPremVersion, ProductRecord } from '../schemas/knowledge.ts';
import { isSupported, knowledge } from './knowledge.ts';

/** URL segment of a product line: stable, lower case. */
export const versionSlug = (version: OnPremVersion): string => version.toLowerCase();

export interface LifecycleView {
  version: OnPremVersion;
  name: string;
  released: string;
  extendedEnd: string | null;
  supported: boolean;
  modern: boolean;
  esu: Array<{ start: string; end: string; over: boolean }>;
  paths: Array<{ to: string; kind: 'in-place' | 'migration'; fromCus: string[] }>;
}

export function lifecycleView(product: ProductRecord, today: string): LifecycleView {
  return {
    version: product.version,
    name: product.name,
    released: product.released,
    extendedEnd: product.extendedEnd,
    supported: isSupported(product, today),
    modern: product.policy === 'modern',
    esu: product.esu.map((p) => ({ start: p.start, end: p.end, over: p.end < today })),
    paths: product.upgradePaths.map((p) => ({ to: p.to, kind: p.kind, fromCus: p.fromCus })),
  };
}

/**
 * Whether Microsoft still services a CU: the product is supported and the CU received the
 * product's newest update (older CUs get no more security updates, whatever the product's state).
 */
export function cuSupportState(
  version: OnPremVersion,
  cu: string,
  today: string,
): 'supported' | 'cu-out-of-support' | 'end-of-life' {
  const product = knowledge().products.get(version);
  if (!product || !isSupported(product.record, today)) return 'end-of-life';
  return product.servicedCus.has(cu) ? 'supported' : 'cu-out-of-support';
}

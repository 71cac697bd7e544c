/**
 * "Fixed" as Microsoft's Health Checker decides it (tests/fixtures/reference/README.md):
 *  1. a CVE with no fixed build listed for the product is not reported for it;
 *  2. a build at or above the highest fixed build listed for its product is fixed (later CUs too);
 *  3. otherwise it is fixed only if its own CU is listed and the build is at or above that CU's
 *     fixed build (the highest, where a CU has several rows);
 *  4. a CU that is not listed (older than the newest listed one) is vulnerable.
 */
import type { OnPremVersion } from '../schemas/knowledge.ts';
import { type Build, compareBuilds } from './build.ts';
import type { KnownCve } from './knowledge.ts';

/**
 * Whether build `b` of CU `cu` has the fix; `undefined` when the CVE is not reported for this
 * product line (rule 1).
 */
export function isFixed(cve: KnownCve, version: OnPremVersion, cu: string, b: Build): boolean | undefined {
  const fixes = cve.fixes.get(version);
  if (!fixes) return undefined;
  if (compareBuilds(b, fixes.highest) >= 0) return true;
  const own = fixes.byCu.get(cu);
  return own !== undefined && compareBuilds(b, own) >= 0;
}

/** The first fixed build listed for the CU, if any. */
export function fixedInCu(cve: KnownCve, version: OnPremVersion, cu: string): string | null {
  return cve.fixes.get(version)?.byCu.get(cu)?.text ?? null;
}

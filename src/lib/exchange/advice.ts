/**
 * Advice steps: ids and parameters only; the words live in content/i18n/{lang}/advice.json.
 * The enum order is the order in which steps are shown.
 */
import { z } from 'zod';
import type { AdviceStep } from '../schemas/api.ts';

export const StepId = z.enum([
  /** {product, cu, build, kb, url}: install a newer cumulative update first. */
  'install-cu',
  /** {product, cu, update, build, kb, url, released, esuOnly}: install the latest update of the (target) CU. */
  'install-update',
  /** {}: mitigations while patching must wait. */
  'mitigate-while-patching',
  /** {cves: "CVE-a, CVE-b"}: a known-exploited CVE was (confirmed or possibly) open. */
  'check-compromise',
  /** {}: run Microsoft's Health Checker. */
  'run-health-checker',
  /** {cves}: CVEs the build cannot decide, and fixes a setting override can switch off. */
  'check-configuration',
  /** {cu}: upgrade Exchange 2019 in place to SE, from CU14 or CU15. */
  'upgrade-2019-to-se',
  /** {}: Exchange 2016 reaches SE only by migration. */
  'migrate-2016',
  /** {version}: Exchange 2010/2013 are long out of support: migrate. */
  'migrate-legacy',
  /** {}: the alternative to running an end-of-life server. */
  'move-to-exchange-online',
  /** {}: up to date: stay so. */
  'keep-updated',
  /** {dataVersion}: the build is newer than the knowledge base. */
  'newer-than-data',
  /** {}: the build matches no known product or CU. */
  'verify-build',
]);
export type StepId = z.infer<typeof StepId>;

type Params = AdviceStep['params'];

const order = new Map(StepId.options.map((id, index) => [id, index]));

/** Collects steps in any order and returns them in the display order, each id once. */
export class StepList {
  readonly #steps = new Map<StepId, Params>();

  add(id: StepId, params: Params = {}): this {
    if (!this.#steps.has(id)) this.#steps.set(id, params);
    return this;
  }

  toArray(): AdviceStep[] {
    return [...this.#steps.entries()]
      .sort(([a], [b]) => (order.get(a) ?? 0) - (order.get(b) ?? 0))
      .map(([id, params]) => ({ id, params }));
  }
}

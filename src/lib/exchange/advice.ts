/**
 * Advice step ids: a stable verb-object vocabulary that CERTs and letters consume (the contract's
 * "second milestone"). The assessment returns ids and typed parameters only; the words live in
 * content/i18n/{lang}/advice.json. Which steps a result gets, and in which order, is the rules table
 * (rules.ts).
 */
import { z } from 'zod';

export const StepId = z.enum([
  /** {product, cu, build, kb, url}: install a newer cumulative update first. */
  'install-cu',
  /** {product, cu, update, build, kb, url, released, esuOnly, last}: install the newest public update of the (target) CU. */
  'install-update',
  /** {product, cu, update, build, kb, url, released, esuOnly, esuStart, esuEnd}: an update only ESU customers got. */
  'install-esu-update',
  /** {}: supported product with open CVEs: mitigations while patching must wait. */
  'mitigate-while-patching',
  /** {}: end of life: take OWA/ECP off the internet (VPN, pre-authentication) until the server is gone. */
  'reduce-exposure',
  /** {cves: string[]}: look for signs of an attack; cves lists the known-exploited ones open. */
  'check-compromise',
  /** {}: run Microsoft's Health Checker (2016, 2019 and SE only). */
  'run-health-checker',
  /** {}: only the CU could be read: read the installed update on each server. */
  'read-installed-update',
  /** {cves: string[]}: CVEs the build cannot decide, and fixes a setting override can switch off. */
  'check-configuration',
  /** {cu, installFirst}: upgrade Exchange 2019 in place to SE, from CU14 or CU15 (installFirst: the CU to reach first, or null). */
  'upgrade-2019-to-se',
  /** {}: Exchange 2016 reaches SE only by migration: a new SE server, then move the mailboxes. */
  'migrate-2016-to-se',
  /** {version, via}: Exchange 2007/2010/2013: through a supported intermediate version, or to Exchange Online. */
  'migrate-legacy-to-se',
  /** {}: the alternative to running an end-of-life server. */
  'move-to-exchange-online',
  /** {dataVersion, url}: the data is older than the last Update Tuesday: look at Microsoft's list. */
  'check-newer-updates',
  /** {}: up to date: stay so. */
  'keep-updated',
  /** {dataVersion}: the build is newer than the knowledge base. */
  'newer-than-data',
  /** {}: the build matches no known product or CU. */
  'verify-build',
]);
export type StepId = z.infer<typeof StepId>;

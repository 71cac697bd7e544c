/**
 * The targets of the campaign suites (workerd, benchmark, end to end): `count` hosts spread over
 * `domains` registrable domains, each served by one of the fake Exchange scenarios (or the closed
 * port), with an organisation and a language per domain. One list, so the suites agree on what
 * each target's row must say.
 */
import type { Lang } from '../../src/i18n/languages.ts';
import type { Outcome } from '../../src/lib/schemas/api.ts';
import { UNREACHABLE } from './harness.ts';
import { SCENARIOS } from './scenarios.ts';

/** The scenario hosts whose servers the campaign targets share (TEST_TARGETS maps to their origins). */
export const CAMPAIGN_SCENARIOS = [
  'ex2019.fake-exchange.example.com',
  'ex2016.fake-exchange.example.com',
  'exse.fake-exchange.example.com',
  'ex2013.fake-exchange.example.com',
  'hidden.fake-exchange.example.com',
  'website.fake-exchange.example.com',
  UNREACHABLE,
] as const;

/**
 * The workerd suite's campaign: 120 targets over 40 registrable domains (it shares one workerd
 * with every other worker test file; `npm run bench:campaign` runs 300 and 1,000 through npm start).
 */
export const CAMPAIGN_TARGETS = 120;
export const CAMPAIGN_DOMAINS = 40;
/** A second set of names, checked by no other test: the delete-while-running test's. */
export const TRANSIENT_TARGETS = 40;
export const TRANSIENT_LABEL = 'transient';
/** The end-to-end campaign: one target per scenario, each on a domain of its own. */
export const E2E_CAMPAIGN_TARGETS = 7;
export const E2E_CAMPAIGN_LABEL = 'e2e-commune';

export interface CampaignTarget {
  host: string;
  organisation: string;
  language: Lang;
  reference: string;
  /** The scenario host whose server answers for this name. */
  servedBy: string;
  outcome: Outcome;
  /** The build the check must read (null unless assessed). */
  build: string | null;
}

const LANGS: readonly Lang[] = ['de', 'fr', 'it', 'en'];
const PREFIXES = ['mail', 'owa', 'webmail', 'exchange', 'autodiscover'];

export function campaignTargets(count: number, domains: number, label = 'commune'): CampaignTarget[] {
  return Array.from({ length: count }, (_, i) => {
    const domain = i % domains;
    const servedBy = CAMPAIGN_SCENARIOS[i % CAMPAIGN_SCENARIOS.length] ?? UNREACHABLE;
    const scenario = SCENARIOS.find((s) => s.host === servedBy);
    const round = Math.floor(i / domains);
    return {
      host: `${PREFIXES[round % PREFIXES.length]}${round >= PREFIXES.length ? round : ''}.${label}-${domain}.ch`,
      organisation: `Commune ${domain}`,
      language: LANGS[domain % LANGS.length] ?? 'en',
      reference: `CASE-${i}`,
      servedBy,
      outcome: scenario ? scenario.expected.outcome : 'unreachable',
      build: scenario?.expected.chosen?.build ?? null,
    };
  });
}

/** The upload as CSV, header row first. */
export function campaignCsv(targets: readonly CampaignTarget[]): string {
  return [
    'host,organisation,language,reference',
    ...targets.map((t) => `${t.host},${t.organisation},${t.language},${t.reference}`),
  ].join('\n');
}

/** TEST_TARGETS entries for the targets, given the origins of the scenario hosts. */
export function campaignTestTargets(
  targets: readonly CampaignTarget[],
  origins: Record<string, string>,
): Record<string, string> {
  return Object.fromEntries(
    targets.map((t) => {
      const origin = origins[t.servedBy];
      if (!origin) throw new Error(`no server for ${t.servedBy}`);
      return [t.host, origin];
    }),
  );
}

/** The scenarios of the loopback data sources (source-server.ts), shared with the workerd tests. */
export const SOURCE_SCENARIOS = [
  /** What the committed data was made from. */
  'base',
  /** November 2026: a new SE update that fixes a new CVE, which CISA then lists as exploited. */
  'november',
  /** October and November 2026 without any Exchange update. */
  'quiet',
  /** November 2026 after Exchange SE CU1 shipped in October. */
  'se-cu1',
  /** The KEV catalog cut off mid-answer. */
  'malformed',
  /** MSRC answers 503. */
  'msrc-down',
  /** The build-number page with half its rows. */
  'half-table',
] as const;
export type SourceScenario = (typeof SOURCE_SCENARIOS)[number];

export const sourceVariables = (origin: string, scenario: SourceScenario) => ({
  SOURCE_MSRC: `${origin}/${scenario}/msrc`,
  SOURCE_BUILDS: `${origin}/${scenario}/builds`,
  SOURCE_KEV: `${origin}/${scenario}/kev`,
  SOURCE_CVE: `${origin}/${scenario}/cve/`,
});

/** The day the scenarios are run on: after November's Update Tuesday, before December's. */
export const SCENARIO_DAY = '2026-12-01';

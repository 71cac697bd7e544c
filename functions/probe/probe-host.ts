/**
 * The remote check: validate the name, send the probes in parallel, combine what they saw.
 * Retrieval lives here; judgement is src/lib/probe/combine.ts.
 */
import { combineObservations } from '../../src/lib/probe/combine.ts';
import { normaliseHostInput } from '../../src/lib/probe/host.ts';
import type { CheckResult, ObservedBuild } from '../../src/lib/schemas/api.ts';
import { PROBES, runProbe } from './probes.ts';
import { type CheckSession, type ProbeDeps, sessionOf } from './session.ts';
import { validateTarget } from './validate.ts';

/** What the probes found; the check service judges it (verdicts, assessment, links, versions). */
export type ProbeResult = Pick<
  CheckResult,
  'host' | 'checkedAt' | 'outcome' | 'reason' | 'evidence' | 'suggestions'
> & {
  builds: ObservedBuild[];
};

/** Normalise, validate (DNS included), probe. Bad input throws an AppError before any probe. */
export async function probeInput(input: string, deps: ProbeDeps): Promise<ProbeResult> {
  const { host } = normaliseHostInput(input);
  const session = sessionOf(deps);
  await validateTarget(host, { ...deps, session });
  return probeHost(host, { ...deps, session });
}

/**
 * Probes a normalised host. Validates it again (free when the same session validated it), so a
 * caller can never probe an unchecked name. The deadline is the session's: create it with
 * createSession before validateTarget to make one deadline cover DNS too.
 */
export async function probeHost(host: string, deps: ProbeDeps): Promise<ProbeResult> {
  const session: CheckSession = sessionOf(deps);
  await validateTarget(host, { ...deps, session });
  const checkedAt = (deps.now ?? (() => new Date()))().toISOString();
  const observations = await Promise.all(PROBES.map((probe) => runProbe(host, probe, session)));
  const combined = combineObservations(observations);
  return {
    host,
    checkedAt,
    outcome: combined.outcome,
    reason: combined.reason,
    builds: combined.builds,
    evidence: combined.evidence,
  };
}

const SUGGESTED_PREFIXES = ['autodiscover', 'mail', 'owa', 'exchange', 'webmail'];

/**
 * For a bare domain that is not an Exchange server: which of the usual server names resolve to
 * public addresses. Only DNS is asked; none of them is contacted.
 */
export async function suggestHosts(domain: string, deps: ProbeDeps): Promise<string[]> {
  const session = sessionOf(deps);
  const candidates = SUGGESTED_PREFIXES.map((prefix) => `${prefix}.${domain}`);
  const usable = await Promise.all(
    candidates.map((name) =>
      validateTarget(name, { ...deps, session }).then(
        () => true,
        (error: unknown) => {
          if (error instanceof Error && error.name === 'TransportRefusedError') throw error;
          return false;
        },
      ),
    ),
  );
  return candidates.filter((_, index) => usable[index]);
}

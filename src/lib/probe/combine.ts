/**
 * Judgement, apart from retrieval: turns what each probe observed into the outcome, the builds
 * seen and the evidence. Pure, so every rule is tested without a network.
 */
import { type Build, compareBuilds, isExchangeOnline, toCuLevel } from '../exchange/build.ts';
import type { Evidence, ObservedBuild, Outcome, Signal, UnreachableReason } from '../schemas/api.ts';

/** What one probe (one fixed path, redirects included) saw, its builds read by readServerBuild. */
export interface ProbeObservation {
  /** The probe's own fixed path, never a path a server redirected to. */
  path: string;
  /** Status of the last answer, or null when none arrived. */
  status: number | null;
  /** Why the probe gave no usable answer (the status may still be set, e.g. a body over the cap). */
  error?: UnreachableReason;
  /** X-OWA-Version: a full build, or an Exchange Online build. */
  headerBuild: Build | null;
  /** Logon page resource paths: CU levels, or 2010's full builds. */
  logonBuilds: Build[];
  /** Export tool manifest versions. */
  manifestBuilds: Build[];
  /** Exchange recognised without a build (front-end headers, OWA logon form). */
  exchange: boolean;
  /** Microsoft 365 recognised (a redirect to its sign-in, its front-door headers). */
  microsoft365: boolean;
  /** The last answer redirected to another site, which the check does not follow. */
  crossSite?: boolean;
}

export interface CombinedResult {
  outcome: Outcome;
  reason: UnreachableReason | null;
  /** Every distinct build seen, lowest first; the assessment judges each (exchange/greatest-risk.ts). */
  builds: ObservedBuild[];
  evidence: Evidence[];
}

/** When every probe failed, the reason shown; host-wide and deliberate failures first. */
const REASON_ORDER: readonly UnreachableReason[] = [
  'tls',
  'too_many_redirects',
  'redirect_blocked',
  'too_large',
  'timeout',
  'connection',
  'http_error',
];

interface Entry {
  /** Its precision is the evidence's: a full build only when some source showed the update level. */
  build: Build;
  sources: number[];
}

const isFull = (b: Build): boolean => b.precision === 'update';

export function combineObservations(observations: readonly ProbeObservation[]): CombinedResult {
  const evidence: Evidence[] = [];
  const header: Array<[Build, number]> = [];
  const logon: Array<[Build, number]> = [];
  const manifest: Array<[Build, number]> = [];

  for (const seen of observations) {
    const base = { path: seen.path, status: seen.status, ...(seen.error === undefined ? {} : { error: seen.error }) };
    const add = (signal: Signal, value: Build | null): number =>
      evidence.push({ ...base, signal, value: value?.text ?? null }) - 1;
    if (seen.headerBuild !== null) header.push([seen.headerBuild, add('x-owa-version', seen.headerBuild)]);
    for (const build of seen.logonBuilds) logon.push([build, add('logon-path', build)]);
    for (const build of seen.manifestBuilds) manifest.push([build, add('export-tool-manifest', build)]);
    if (seen.headerBuild === null && seen.logonBuilds.length === 0 && seen.manifestBuilds.length === 0) {
      add(
        seen.microsoft365
          ? 'microsoft-365'
          : seen.exchange
            ? 'exchange-headers'
            : seen.crossSite
              ? 'cross-site-redirect'
              : 'none',
        null,
      );
    }
  }

  const entries = new Map<string, Entry>();
  const addSource = (build: Build, source: number) => {
    const entry = entries.get(build.text) ?? { build, sources: [] };
    entry.sources.push(source);
    entries.set(build.text, entry);
  };

  // Full builds first: X-OWA-Version, and 2010's four-part logon paths.
  for (const [build, source] of header) addSource(build, source);
  for (const [build, source] of logon) if (isFull(build)) addSource(build, source);

  // The CUs that evidence other than the manifest shows.
  const knownCus = new Set([...entries.values()].map((e) => e.build.prefix));
  for (const [build] of logon) knownCus.add(build.prefix);

  // The manifest is a full build only when it agrees with that CU and no header already gave the
  // full build of that CU (whether every update bumps the manifest is not confirmed); alone or
  // disagreeing, only its CU is trusted.
  for (const [build, source] of manifest) {
    const cu = build.prefix;
    const headerOfCu = header.filter(([full]) => full.prefix === cu);
    if (headerOfCu.some(([full]) => full.text === build.text)) addSource(build, source);
    else if (headerOfCu.length > 0) continue;
    else if (knownCus.has(cu)) addSource(build, source);
    else addSource(toCuLevel(build), source);
  }

  // A CU level belongs to every full build of that CU (the cross-check); one with no full build of
  // its own is a build of its own: a server behind the same name on another CU.
  for (const [build, source] of logon) {
    if (isFull(build)) continue;
    const fulls = [...entries.values()].filter((e) => isFull(e.build) && e.build.prefix === build.text);
    if (fulls.length === 0) addSource(build, source);
    for (const entry of fulls) entry.sources.push(source);
  }

  const sorted = [...entries.values()].sort((a, b) => compareBuilds(a.build, b.build));
  const builds: ObservedBuild[] = sorted.map(({ build, sources }) => ({
    build: build.text,
    precision: build.precision,
    sources: [...sources].sort((a, b) => a - b),
  }));

  const result = (outcome: Outcome, reason: UnreachableReason | null = null): CombinedResult => ({
    outcome,
    reason,
    builds,
    evidence,
  });
  if (sorted.some((e) => !isExchangeOnline(e.build))) return result('assessed');
  if (builds.length > 0 || observations.some((o) => o.microsoft365)) return result('exchange_online');
  if (observations.some((o) => o.exchange)) return result('version_hidden');
  if (observations.some(answered)) return result('not_exchange');
  const reasons = new Set(observations.map((o) => o.error ?? 'http_error'));
  return result('unreachable', REASON_ORDER.find((r) => reasons.has(r)) ?? 'connection');
}

/** A real answer from the server itself: not a failure, not a server error or throttling. */
function answered(observation: ProbeObservation): boolean {
  const { status, error } = observation;
  return status !== null && error === undefined && status < 500 && status !== 429;
}

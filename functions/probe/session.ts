import type { ProbeConfig } from './config.ts';
import { createTransport, type Transport } from './transport.ts';

/** Dependencies of the check's entry points; everything but `config` is injected only by tests. */
export interface ProbeDeps {
  config: ProbeConfig;
  fetch?: typeof fetch;
  now?: () => Date;
  /** Share one deadline and one request budget between validateTarget and probeHost. */
  session?: CheckSession;
}

/**
 * What is left of one check's body reading, shared by all its answers (DNS answers included):
 * chunks, and milliseconds of wall time during which at least one body was being read (answers
 * read in parallel count once, so that a busy machine does not spend the budget four times over).
 */
export interface ReadBudget {
  chunks: number;
  /** Milliseconds of reading left, as of the last time no body was being read. */
  ms: number;
  /** Bodies being read now, and since when at least one has been. */
  active: number;
  since: number;
}

export function newReadBudget(): ReadBudget {
  return { chunks: 4096, ms: 8000, active: 0, since: 0 };
}

/** The reading time left now, counting a read in progress. */
export function readingLeft(budget: ReadBudget, now = Date.now()): number {
  return budget.ms - (budget.active > 0 ? now - budget.since : 0);
}

export function startReading(budget: ReadBudget, now = Date.now()): void {
  if (budget.active++ === 0) budget.since = now;
}

export function stopReading(budget: ReadBudget, now = Date.now()): void {
  if (--budget.active === 0) budget.ms -= now - budget.since;
}

/** The outbound request cap of one check, DNS-over-HTTPS queries included. */
export class SubrequestBudgetExceeded extends Error {
  constructor() {
    super('the outbound request budget of this check is spent');
    this.name = 'SubrequestBudgetExceeded';
  }
}

/**
 * The state one check shares across DNS, probes and hops: one deadline (an AbortSignal that also
 * cuts body reads), one request budget, and the validation of each hostname, done once per check.
 */
export interface CheckSession {
  readonly config: ProbeConfig;
  readonly signal: AbortSignal;
  readonly transport: Transport;
  /** Takes one request from the budget; throws SubrequestBudgetExceeded when none is left. */
  spend(): void;
  readonly used: () => number;
  /** Each hostname's validation (its public addresses), done once per check. */
  readonly validations: Map<string, Promise<string[]>>;
  /** Chunks and milliseconds of body reading left to this check, across all its answers. */
  readonly reading: ReadBudget;
}

export function createSession(deps: Pick<ProbeDeps, 'config' | 'fetch'>): CheckSession {
  const { config } = deps;
  let used = 0;
  return {
    config,
    signal: AbortSignal.timeout(config.deadlineMs),
    transport: createTransport(config, deps.fetch),
    spend() {
      if (used >= config.maxSubrequests) throw new SubrequestBudgetExceeded();
      used++;
    },
    used: () => used,
    validations: new Map(),
    reading: newReadBudget(),
  };
}

export function sessionOf(deps: ProbeDeps): CheckSession {
  return deps.session ?? createSession(deps);
}

/** Settles when the signal aborts, with its reason: the deadline for work a runtime won't cancel. */
export function untilAborted(signal: AbortSignal): Promise<never> {
  return new Promise((_, reject) => {
    if (signal.aborted) reject(signal.reason);
    else signal.addEventListener('abort', () => reject(signal.reason), { once: true });
  });
}

/**
 * The TEST_TARGETS that every run of the local Worker starts from (the e2e servers and the worker
 * tests' global setup): each name a guard bug could reach mapped to the recording server, one fake
 * Exchange server per scenario (scenarios.ts) at its host, and a closed port for UNREACHABLE.
 */
import { startFakeExchange } from './fake-exchange.ts';
import { closedPort, RECORDED_NAMES, UNREACHABLE } from './harness.ts';
import { SCENARIOS } from './scenarios.ts';

export interface ScenarioTargets {
  /** Hostname → loopback origin, for TEST_TARGETS; the caller may add names of its own. */
  targets: Record<string, string>;
  /** Closes the fake Exchange servers started here. */
  closers: Array<() => Promise<void>>;
}

export async function startScenarioTargets(recorderOrigin: string): Promise<ScenarioTargets> {
  const closers: Array<() => Promise<void>> = [];
  const targets: Record<string, string> = Object.fromEntries(RECORDED_NAMES.map((name) => [name, recorderOrigin]));
  for (const scenario of SCENARIOS) {
    const server = await startFakeExchange(scenario.server);
    closers.push(server.close);
    targets[scenario.host] = server.origin;
  }
  targets[UNREACHABLE] = `https://127.0.0.1:${await closedPort()}`;
  return { targets, closers };
}

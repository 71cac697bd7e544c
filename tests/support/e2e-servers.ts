/**
 * The loopback servers of the end-to-end run (scripts/e2e.ts): the DoH stub, the recording server
 * and a fake Exchange server per scenario (scenarios.ts), and the variables that point the local
 * Worker at them (docs/api.md: DOH_ENDPOINT, TEST_TARGETS, NODE_EXTRA_CA_CERTS).
 */
import { campaignTargets, campaignTestTargets, E2E_CAMPAIGN_LABEL, E2E_CAMPAIGN_TARGETS } from './campaign-targets.ts';
import { startDohStub } from './doh-stub.ts';
import { startFakeExchange } from './fake-exchange.ts';
import { closedPort, RECORDED_NAMES, UNREACHABLE } from './harness.ts';
import { startRecordingServer } from './recording-server.ts';
import { SCENARIOS } from './scenarios.ts';
import { testTls } from './tls.ts';

export interface E2eServers {
  env: Record<string, string>;
  /** Connections the recording server accepted: must stay 0 (names a guard bug would reach). */
  recorderConnections(): number;
  close(): Promise<void>;
}

export async function startE2eServers(): Promise<E2eServers> {
  const doh = await startDohStub();
  const recorder = await startRecordingServer();
  const closers: Array<() => Promise<void>> = [doh.close, recorder.close];
  const targets: Record<string, string> = Object.fromEntries(RECORDED_NAMES.map((name) => [name, recorder.origin]));
  for (const scenario of SCENARIOS) {
    const server = await startFakeExchange(scenario.server);
    closers.push(server.close);
    targets[scenario.host] = server.origin;
  }
  targets[UNREACHABLE] = `https://127.0.0.1:${await closedPort()}`;
  // The campaign spec's own names (no other spec checks them), served by the scenario servers.
  Object.assign(
    targets,
    campaignTestTargets(campaignTargets(E2E_CAMPAIGN_TARGETS, E2E_CAMPAIGN_TARGETS, E2E_CAMPAIGN_LABEL), targets),
  );
  return {
    env: {
      DOH_ENDPOINT: doh.endpoint,
      TEST_TARGETS: JSON.stringify(targets),
      NODE_EXTRA_CA_CERTS: testTls().caFile,
    },
    recorderConnections: recorder.connections,
    close: async () => {
      await Promise.all(closers.map((close) => close()));
    },
  };
}

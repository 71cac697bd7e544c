/**
 * The loopback servers of the end-to-end run (scripts/e2e.ts): the DoH stub, the recording server
 * and a fake Exchange server per scenario (scenarios.ts), and the variables that point the local
 * Worker at them (docs/api.md: DOH_ENDPOINT, TEST_TARGETS, NODE_EXTRA_CA_CERTS).
 */
import { campaignTargets, campaignTestTargets, E2E_CAMPAIGN_LABEL, E2E_CAMPAIGN_TARGETS } from './campaign-targets.ts';
import { startDohStub } from './doh-stub.ts';
import { startRecordingServer } from './recording-server.ts';
import { startScenarioTargets } from './scenario-targets.ts';
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
  const scenarios = await startScenarioTargets(recorder.origin);
  const closers: Array<() => Promise<void>> = [doh.close, recorder.close, ...scenarios.closers];
  const { targets } = scenarios;
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

/**
 * globalSetup of the `worker` vitest project: starts, on 127.0.0.1, the DoH stub, the recording
 * server, a fake Exchange server per scenario and a few hostile servers, and provides the check's
 * variables (DOH_ENDPOINT, TEST_TARGETS, ...) that tests/vitest.config.ts puts into the miniflare
 * bindings. workerd trusts the test CA through NODE_EXTRA_CA_CERTS, set by that config before
 * miniflare loads.
 */
import { readFileSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { CORPUS_FILE } from '../unit/probe/corpus.ts';
import {
  CAMPAIGN_DOMAINS,
  CAMPAIGN_TARGETS,
  campaignTargets,
  campaignTestTargets,
  TRANSIENT_LABEL,
  TRANSIENT_TARGETS,
} from './campaign-targets.ts';
import { startDohStub } from './doh-stub.ts';
import { startFakeExchange } from './fake-exchange.ts';
import { closedPort, hostileNames, RECORDED_NAMES, SITE, UNREACHABLE } from './harness.ts';
import { type HostileBehaviour, startHostileServer } from './hostile-server.ts';
import { startRecordingServer } from './recording-server.ts';
import { SCENARIOS } from './scenarios.ts';

/** The hostile behaviours the workerd suite runs; the Node suite runs them all. */
export const WORKER_HOSTILE: readonly HostileBehaviour[] = [
  'silent',
  'endless-body',
  'redirect-private',
  'redirect-encoded-loopback',
  'redirect-loopback-origin',
  'redirect-own-site',
  'tls-self-signed',
  'retry-bait',
];

export const WORKER_DEADLINE_MS = 3000;

declare module 'vitest' {
  export interface ProvidedContext {
    /** Variables of the check for the miniflare bindings. */
    checkBindings: Record<string, string>;
    /** The text of tests/fixtures/hostile-hosts/hostile-hosts.txt (workerd has no file system). */
    hostileHostsText: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const doh = await startDohStub();
  const recorder = await startRecordingServer();
  doh.route('recorder', () => ({ connections: recorder.connections() }));
  const closers: Array<() => Promise<void>> = [doh.close, recorder.close];
  const targets: Record<string, string> = Object.fromEntries(RECORDED_NAMES.map((name) => [name, recorder.origin]));
  for (const scenario of SCENARIOS) {
    const server = await startFakeExchange(scenario.server);
    closers.push(server.close);
    targets[scenario.host] = server.origin;
  }
  targets[UNREACHABLE] = `https://127.0.0.1:${await closedPort()}`;
  for (const behaviour of WORKER_HOSTILE) {
    const names = hostileNames(behaviour, recorder.origin);
    const server = await startHostileServer(behaviour, names);
    closers.push(server.close);
    for (const name of [names.self, names.peer]) targets[name] = server.origin;
  }
  // The campaign suite's 300 targets over 100 domains, served by the scenario servers above.
  Object.assign(
    targets,
    campaignTestTargets(campaignTargets(CAMPAIGN_TARGETS, CAMPAIGN_DOMAINS), targets),
    campaignTestTargets(campaignTargets(TRANSIENT_TARGETS, TRANSIENT_TARGETS, TRANSIENT_LABEL), targets),
  );
  project.provide('checkBindings', {
    DOH_ENDPOINT: doh.endpoint,
    TEST_TARGETS: JSON.stringify(targets),
    SITE_HOSTNAMES: SITE,
    CHECK_DEADLINE_MS: String(WORKER_DEADLINE_MS),
  });
  project.provide('hostileHostsText', readFileSync(CORPUS_FILE, 'utf8'));
  return async () => {
    await Promise.all(closers.map((close) => close()));
  };
}

/**
 * globalSetup of the `worker` vitest project: starts, on 127.0.0.1, the DoH stub, the recording
 * server, a fake Exchange server per scenario and a few hostile servers, and provides the check's
 * variables (DOH_ENDPOINT, TEST_TARGETS, ...) that tests/vitest.config.ts puts into the miniflare
 * bindings. workerd trusts the test CA through NODE_EXTRA_CA_CERTS, set by that config before
 * miniflare loads.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
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
import { hostileNames, SITE } from './harness.ts';
import { type HostileBehaviour, startHostileServer } from './hostile-server.ts';
import { startRecordingServer } from './recording-server.ts';
import { startScenarioTargets } from './scenario-targets.ts';
import { SCENARIOS } from './scenarios.ts';
import { SCENARIO_DAY } from './source-scenarios.ts';
import { startSourceServer } from './source-server.ts';

/** The hostile behaviours the workerd suite runs; the Node suite runs them all. */
export const WORKER_HOSTILE: readonly HostileBehaviour[] = [
  'silent',
  'endless-body',
  'redirect-private',
  'redirect-encoded-loopback',
  'redirect-loopback-origin',
  'redirect-own-site',
  'redirect-cross-site',
  'tls-self-signed',
  'retry-bait',
];

export const WORKER_DEADLINE_MS = 3000;

/** Names of the hardening tests, each answered by the DoH stub as written here (see LIMIT_NAMES). */
export const MOVING = 'moving.fake-exchange.example.com';
/** Cloud customers' names: one zone, other owners, each on an address of its own. */
export const CLOUD_NAMES = Array.from({ length: 8 }, (_, i) => `vm${i}.westeurope.cloudapp.azure.com`);
/** An owner's server, and names of other sites that someone pointed at its address. */
export const OWNER = 'mail.owner-site.ch';
export const ALIASES = Array.from({ length: 8 }, (_, i) => `mail.alias${i}-site.ch`);
export const OWNER_ADDRESS = '5.5.5.5';
/** On the opt-out list in tests (TEST_OPT_OUT), with every name below it. */
export const OPTED_OUT = 'opted-out-site.ch';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Variables of the check for the miniflare bindings. */
    checkBindings: Record<string, string>;
    /** The text of tests/fixtures/hostile-hosts/hostile-hosts.txt (workerd has no file system). */
    hostileHostsText: string;
    /** Origin of the loopback data sources (source-server.ts). */
    sourceOrigin: string;
    /** What `npm run data:update` wrote for the `november` scenario: file name → JSON text. */
    updaterNovember: Record<string, string>;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const doh = await startDohStub();
  const recorder = await startRecordingServer();
  doh.route('recorder', () => ({ connections: recorder.connections() }));
  doh.route('queries', () => doh.queries);
  const scenarios = await startScenarioTargets(recorder.origin);
  const closers: Array<() => Promise<void>> = [doh.close, recorder.close, ...scenarios.closers];
  const { targets } = scenarios;
  // Every hardening name is served by the first fake Exchange deployment.
  const fake = targets[SCENARIOS[0]?.host ?? ''] as string;
  // Public while the check starts, private when it is asked once more after probing.
  doh.set(MOVING, (n) => (n === 0 ? { A: ['1.1.1.1'] } : { A: ['10.0.0.7'] }));
  for (const [i, name] of CLOUD_NAMES.entries()) doh.set(name, { A: [`20.50.0.${i + 1}`] });
  for (const name of [OWNER, ...ALIASES]) doh.set(name, { A: [OWNER_ADDRESS] });
  for (const name of [MOVING, ...CLOUD_NAMES, OWNER, ...ALIASES]) targets[name] = fake;
  for (const behaviour of WORKER_HOSTILE) {
    const names = hostileNames(behaviour, recorder.origin);
    const server = await startHostileServer(behaviour, names);
    closers.push(server.close);
    for (const name of [names.self, names.peer]) targets[name] = server.origin;
  }
  const sources = await startSourceServer();
  closers.push(sources.close);
  // The campaign suite's 300 targets over 100 domains, served by the scenario servers above.
  Object.assign(
    targets,
    campaignTestTargets(campaignTargets(CAMPAIGN_TARGETS, CAMPAIGN_DOMAINS), targets),
    campaignTestTargets(campaignTargets(TRANSIENT_TARGETS, TRANSIENT_TARGETS, TRANSIENT_LABEL), targets),
  );
  project.provide('checkBindings', {
    ...sources.variables('base'),
    DOH_ENDPOINT: doh.endpoint,
    TEST_TARGETS: JSON.stringify(targets),
    SITE_HOSTNAMES: SITE,
    TEST_OPT_OUT: OPTED_OUT,
    CHECK_DEADLINE_MS: String(WORKER_DEADLINE_MS),
  });
  project.provide('sourceOrigin', sources.origin);
  project.provide('updaterNovember', await runUpdater(sources.variables('november')));
  project.provide('hostileHostsText', readFileSync(CORPUS_FILE, 'utf8'));
  return async () => {
    await Promise.all(closers.map((close) => close()));
  };
}

/** The updater CLI, as a person runs it, against the loopback sources; its files for the worker test to compare. */
async function runUpdater(variables: Record<string, string>): Promise<Record<string, string>> {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const out = mkdtempSync(path.join(tmpdir(), 'data-update-'));
  try {
    await promisify(execFile)(process.execPath, ['scripts/data-update.ts', '--today', SCENARIO_DAY, '--out', out], {
      cwd: root,
      env: { ...process.env, ...variables },
    });
    return Object.fromEntries(
      ['meta', 'products', 'builds', 'cves'].map((f) => [f, readFileSync(path.join(out, `${f}.json`), 'utf8')]),
    );
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

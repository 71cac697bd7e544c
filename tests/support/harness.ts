/**
 * Node-side test harness: the DoH stub and the recording server, and a ProbeConfig in test
 * configuration whose TEST_TARGETS map the given names to loopback servers, and every name a guard
 * bug could reach (DNS-refused names, our own site, blocked redirect targets) to the recorder.
 */
import { type ProbeConfig, parseProbeConfig } from '../../functions/probe/config.ts';
import { CORPUS_TABLE, type DohStub, startDohStub, VARIANT_TABLE } from './doh-stub.ts';
import type { HostileNames } from './hostile-server.ts';
import { type RecordingServer, startRecordingServer } from './recording-server.ts';

export const SITE = 'checker.example.org';
/** A name whose TEST_TARGETS origin is a closed loopback port: the check finds nobody there. */
export const UNREACHABLE = 'down.fake-exchange.example.com';

/** A loopback port nothing listens on (bound once by us, then released). */
export async function closedPort(): Promise<number> {
  const { createServer } = await import('node:net');
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}
export const RECORDED = 'recorded.example.com';
/** Another site than every hostile server's (example.com): valid, public, and mapped to the recorder. */
export const THIRD_PARTY = 'victim.third-party.example.net';

/** Names that must never see a connection; all lead to the recording server. */
export const RECORDED_NAMES: readonly string[] = [
  RECORDED,
  THIRD_PARTY,
  SITE,
  `www.${SITE}`,
  ...Object.keys(CORPUS_TABLE),
  ...Object.keys(VARIANT_TABLE).filter((name) => name !== 'rebind.example.com'),
];

export function hostileNames(label: string, recorderOrigin = 'https://127.0.0.1:9'): HostileNames {
  return {
    recorderPort: Number(new URL(recorderOrigin).port),
    self: `${label}.hostile.example.com`,
    peer: `${label}-peer.hostile.example.com`,
    recorded: RECORDED,
    thirdParty: THIRD_PARTY,
    site: SITE,
    fanOut: Array.from({ length: 12 }, (_, i) => `fan${i}-${label}.third-party.example.com`),
  };
}

export interface Harness {
  doh: DohStub;
  recorder: RecordingServer;
  config(options: { targets?: Record<string, string>; deadlineMs?: number; maxSubrequests?: number }): ProbeConfig;
  close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  const doh = await startDohStub();
  const recorder = await startRecordingServer();
  return {
    doh,
    recorder,
    config: ({ targets = {}, deadlineMs = 2000, maxSubrequests }) => {
      const recorded = Object.fromEntries(RECORDED_NAMES.map((name) => [name, recorder.origin]));
      return parseProbeConfig({
        ENVIRONMENT: 'test',
        DOH_ENDPOINT: doh.endpoint,
        TEST_TARGETS: JSON.stringify({ ...recorded, ...targets }),
        CHECK_DEADLINE_MS: String(deadlineMs),
        SITE_HOSTNAMES: SITE,
        ...(maxSubrequests === undefined ? {} : { CHECK_MAX_SUBREQUESTS: String(maxSubrequests) }),
      });
    },
    close: async () => {
      await Promise.all([doh.close(), recorder.close()]);
    },
  };
}

/**
 * The check's wall time against one plain HTTPS GET to the same fake server, which answers every
 * request after 150 ms. Both pay their own TLS handshakes (the server closes each connection).
 * The goal is a ratio of at most 1.3: the probes run in parallel; one after another would be 4+.
 * Figures only, no assertion. `npm run bench`, or `npx node tests/bench/check.ts`.
 */
import { probeInput } from '../../functions/probe/probe-host.ts';
import { PATHS, startFakeExchange } from '../support/fake-exchange.ts';
import { startHarness } from '../support/harness.ts';
import { trustTestCa } from '../support/tls.ts';

const DELAY_MS = 150;
const ROUNDS = 7;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

async function time(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

export async function run(): Promise<void> {
  trustTestCa();
  const harness = await startHarness();
  const server = await startFakeExchange({
    variant: 'full',
    builds: ['15.2.1748.24'],
    delayMs: DELAY_MS,
    closeConnections: true,
  });
  try {
    const host = 'bench.fake-exchange.example.com';
    const config = harness.config({ targets: { [host]: server.origin }, deadlineMs: 10_000 });
    const plain: number[] = [];
    const check: number[] = [];
    // One warm-up of each, then alternate so both see the same machine state.
    await fetch(`${server.origin}${PATHS.logon}`).then((r) => r.text());
    await probeInput(host, { config });
    for (let i = 0; i < ROUNDS; i++) {
      plain.push(await time(() => fetch(`${server.origin}${PATHS.logon}`).then((r) => r.text())));
      check.push(
        await time(async () => {
          const result = await probeInput(host, { config });
          if (result.outcome !== 'assessed') throw new Error(`bench check came to ${result.outcome}`);
        }),
      );
    }
    const p = median(plain);
    const c = median(check);
    console.log(`server delay per response   ${DELAY_MS} ms`);
    console.log(`one plain HTTPS GET         ${p.toFixed(1)} ms (median of ${ROUNDS})`);
    console.log(`whole check (DoH + 4 probes) ${c.toFixed(1)} ms (median of ${ROUNDS})`);
    console.log(`ratio                       ${(c / p).toFixed(2)} (goal: at most 1.3)`);
  } finally {
    await server.close();
    await harness.close();
  }
}

if (import.meta.main) await run();

/**
 * Every line of the sample corpus through the guard: the pure steps, then DNS over an in-process
 * DoH stub (the answers hostile-hosts.README.md assumes). The fetch refuses every URL that is not
 * the stub, so a rejected input that got as far as a connection would fail here.
 */

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { probeInput } from '../../../functions/probe/probe-host.ts';
import { TransportRefusedError } from '../../../functions/probe/transport.ts';
import { AppError } from '../../../src/lib/errors.ts';
import { normaliseHostInput } from '../../../src/lib/probe/host.ts';
import { createDohFetch } from '../../support/doh-stub.ts';
import { CORPUS_FILE, guardVerdict, loadCorpus } from './corpus.ts';
import { DOH, unitConfig } from './helpers.ts';

/** The verdict this project's guard gives one input, and what it sent to get there. */
async function verdictOf(input: string) {
  const doh = createDohFetch(DOH);
  return { verdict: await guardVerdict(input, unitConfig(), doh.fetch), doh };
}

const corpus = loadCorpus();

describe('hostile-hosts.txt, every line', () => {
  it('is the whole sample (no line lost in decoding)', () => {
    const lines = readFileSync(CORPUS_FILE, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '');
    expect(corpus).toHaveLength(lines.length);
    for (const c of corpus) expect(c.verdict).toMatch(/^(reject-(private|invalid|port)|accept-normalised:.+)$/);
  });

  it.each(corpus.map((c) => [c.line, c.label, c] as const))('line %i: %s', async (_line, _label, c) => {
    const { verdict, doh } = await verdictOf(c.input);
    expect(verdict).toBe(c.verdict);
    // DoH queries only for a name that passed every pure rule.
    if (doh.queries.length > 0) expect(() => normaliseHostInput(c.input)).not.toThrow();
    // Nothing sent: the whole check, probes included. The test transport turns any connection
    // the guard lets through into a TransportRefusedError, so a refused input must end in its own
    // AppError, and an accepted one shows that an attempted connection is caught.
    const sent = createDohFetch(DOH);
    const ended = await probeInput(c.input, { config: unitConfig(), fetch: sent.fetch }).then(
      () => 'probed without a connection',
      (error: unknown) => error,
    );
    expect(ended).toBeInstanceOf(c.verdict.startsWith('reject') ? AppError : TransportRefusedError);
    expect(sent.refused).toEqual([]);
  });
});

describe('own hostnames', () => {
  it.each([['checker.example.org'], ['api.checker.example.org'], ['https://CHECKER.example.org/en/']])(
    '%s is refused before DNS',
    async (input) => {
      const { verdict, doh } = await verdictOf(input);
      expect(verdict).toBe('reject-invalid');
      expect(doh.queries).toEqual([]);
    },
  );
});

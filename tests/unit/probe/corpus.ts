/** The sample corpus of tests/fixtures/hostile-hosts/hostile-hosts.txt, decoded, for table-driven tests. */
import { readFileSync } from 'node:fs';
import type { ProbeConfig } from '../../../functions/probe/config.ts';
import { createSession } from '../../../functions/probe/session.ts';
import { validateTarget } from '../../../functions/probe/validate.ts';
import { AppError } from '../../../src/lib/errors.ts';
import { normaliseHostInput } from '../../../src/lib/probe/host.ts';

export interface CorpusCase {
  line: number;
  /** The line's input as written (for test names). */
  label: string;
  input: string;
  verdict: string;
}

export function parseCorpus(text: string): CorpusCase[] {
  return text
    .split('\n')
    .map((row, index) => ({ row: row.replace(/\r$/, ''), line: index + 1 }))
    .filter(({ row }) => row !== '')
    .map(({ row, line }) => {
      const tab = row.lastIndexOf('\t');
      const label = row.slice(0, tab);
      const input = label.startsWith('json:') ? (JSON.parse(label.slice(5)) as string) : label;
      return { line, label, input, verdict: row.slice(tab + 1) };
    });
}

export const CORPUS_FILE = new URL('../../fixtures/hostile-hosts/hostile-hosts.txt', import.meta.url);

export function loadCorpus(): CorpusCase[] {
  return parseCorpus(readFileSync(CORPUS_FILE, 'utf8'));
}

const VERDICT: Record<string, string> = {
  invalid_host: 'reject-invalid',
  private_address: 'reject-private',
  port_not_allowed: 'reject-port',
};

/** The guard's verdict on one input, in the corpus's words: the pure steps, then DNS (step 9). */
export async function guardVerdict(
  input: string,
  config: ProbeConfig,
  fetch: typeof globalThis.fetch,
): Promise<string> {
  try {
    const { host } = normaliseHostInput(input);
    await validateTarget(host, { config, session: createSession({ config, fetch }) });
    return `accept-normalised:${host}`;
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return VERDICT[error.code] ?? `unexpected ${error.code}`;
  }
}

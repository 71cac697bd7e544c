/**
 * Bounded reading of untrusted answers: a byte cap counted on decoded bytes (compression bombs),
 * the stream cancelled at the cap, and the check's deadline racing every read (slowloris).
 */
import { type AllowedHeader, MAX_HEADER_LENGTH } from '../../src/lib/probe/parsers.ts';
import { untilAborted } from './session.ts';

export const MAX_BODY_BYTES = 512 * 1024;

export type BodyResult =
  | { ok: true; bytes: Uint8Array }
  | { ok: false; reason: 'too_large' | 'connection' | 'timeout' };

/**
 * A declared length over the cap is refused without reading; an invalid one (not digits, or two
 * values joined by the runtime) is a broken answer. Checked on every answer, read or not.
 */
export function declaredLengthProblem(response: Response, cap: number): 'too_large' | 'connection' | null {
  const declared = response.headers.get('content-length');
  if (declared === null) return null;
  if (!/^\d{1,16}$/.test(declared)) return 'connection';
  return Number(declared) > cap ? 'too_large' : null;
}

export async function readCappedBody(response: Response, cap: number, signal: AbortSignal): Promise<BodyResult> {
  const problem = declaredLengthProblem(response, cap);
  if (problem !== null) {
    discardBody(response);
    return { ok: false, reason: problem };
  }
  if (response.body === null) return { ok: true, bytes: new Uint8Array() };
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  const aborted = untilAborted(signal);
  aborted.catch(() => {});
  try {
    for (;;) {
      const { done, value } = await Promise.race([reader.read(), aborted]);
      if (done) break;
      total += value.byteLength;
      if (total > cap) {
        reader.cancel().catch(() => {});
        return { ok: false, reason: 'too_large' };
      }
      chunks.push(value);
    }
  } catch {
    reader.cancel().catch(() => {});
    return { ok: false, reason: signal.aborted ? 'timeout' : 'connection' };
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { ok: true, bytes };
}

/** Untrusted text: invalid UTF-8 replaced, NULs dropped (UTF-16 pages then read as ASCII). */
export function decodeText(bytes: Uint8Array): string {
  return new TextDecoder('utf-8', { fatal: false }).decode(bytes).replaceAll('\u0000', '');
}

/** Frees the connection without reading, or waiting for, what the server wants to send. */
export function discardBody(response: Response): void {
  // A body that already errored or closed has nothing left to free.
  response.body?.cancel().catch(() => {});
}

/** One allow-listed header, cut at the cap: a longer value counts as absent. */
export function readHeader(response: Response, name: AllowedHeader, max = MAX_HEADER_LENGTH): string | null {
  const value = response.headers.get(name);
  return value === null || value.length > max ? null : value;
}

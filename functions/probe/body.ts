/**
 * Bounded reading of untrusted answers: a byte cap counted on decoded bytes (compression bombs),
 * the stream cancelled at the cap, and the check's deadline racing every read (slowloris). Bytes
 * alone do not bound the cost: 100,000 one-byte chunks cost far more CPU and memory than one
 * chunk of 100 KB, so the number of reads and the time spent reading are capped too, per answer
 * and per check.
 */
import { type AllowedHeader, MAX_HEADER_LENGTH } from '../../src/lib/probe/parsers.ts';
import { type ReadBudget, readingLeft, startReading, stopReading, untilAborted } from './session.ts';

export const MAX_BODY_BYTES = 512 * 1024;

/** Per answer: far above what 512 KB in network-sized chunks needs, far below a drip of bytes. */
export const RESPONSE_READ_LIMITS = { maxChunks: 2048, maxMs: 5000 } as const;

export interface ReadLimits {
  maxChunks: number;
  maxMs: number;
  /** The check's budget, charged with every chunk and every millisecond read here. */
  budget?: ReadBudget;
}

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

const READ_TIME_UP = Symbol('read time up');

export async function readCappedBody(
  response: Response,
  cap: number,
  signal: AbortSignal,
  limits: ReadLimits = RESPONSE_READ_LIMITS,
): Promise<BodyResult> {
  const problem = declaredLengthProblem(response, cap);
  if (problem !== null) {
    discardBody(response);
    return { ok: false, reason: problem };
  }
  if (response.body === null) return { ok: true, bytes: new Uint8Array() };
  const { budget } = limits;
  const maxMs = Math.max(0, Math.min(limits.maxMs, budget ? readingLeft(budget) : limits.maxMs));
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  const aborted = untilAborted(signal);
  aborted.catch(() => {});
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeUp = new Promise<typeof READ_TIME_UP>((resolve) => {
    timer = setTimeout(() => resolve(READ_TIME_UP), maxMs);
  });
  if (budget !== undefined) startReading(budget);
  const stop = (reason: 'too_large' | 'timeout' | 'connection'): BodyResult => {
    reader.cancel().catch(() => {});
    return { ok: false, reason };
  };
  try {
    for (;;) {
      const read = await Promise.race([reader.read(), aborted, timeUp]);
      if (read === READ_TIME_UP) return stop('timeout');
      if (read.done) break;
      if (chunks.length >= limits.maxChunks || (budget !== undefined && budget.chunks <= 0)) return stop('too_large');
      if (budget !== undefined) budget.chunks--;
      total += read.value.byteLength;
      if (total > cap) return stop('too_large');
      chunks.push(read.value);
    }
  } catch {
    return stop(signal.aborted ? 'timeout' : 'connection');
  } finally {
    clearTimeout(timer);
    if (budget !== undefined) stopReading(budget);
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

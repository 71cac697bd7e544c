/**
 * Reading untrusted bodies: bytes alone do not bound the cost. A server that sends its page one
 * byte per chunk, or drips it, is cut off by the number of reads and by the time spent reading,
 * per answer and per check.
 */
import { describe, expect, it } from 'vitest';
import { RESPONSE_READ_LIMITS, readCappedBody } from '../../../functions/probe/body.ts';
import { newReadBudget } from '../../../functions/probe/session.ts';

const CAP = 512 * 1024;

/** A body of `count` one-byte chunks, each produced only when asked for; counts the reads. */
function oneByteChunks(count: number, delayMs = 0): { response: Response; pulled: () => number } {
  let pulled = 0;
  const body = new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
        controller.enqueue(new Uint8Array([0x41]));
        if (++pulled >= count) controller.close();
      },
    },
    { highWaterMark: 0 },
  );
  return { response: new Response(body), pulled: () => pulled };
}

const noDeadline = () => new AbortController().signal;

describe('readCappedBody', () => {
  it('reads an ordinary body whole', async () => {
    const result = await readCappedBody(new Response('x'.repeat(100_000)), CAP, noDeadline());
    expect(result.ok && result.bytes.byteLength).toBe(100_000);
  });

  it('stops 100,000 one-byte chunks at the per-answer chunk cap, far under the byte cap', async () => {
    const { response, pulled } = oneByteChunks(100_000);
    const result = await readCappedBody(response, CAP, noDeadline());
    expect(result).toEqual({ ok: false, reason: 'too_large' });
    expect(pulled()).toBeLessThanOrEqual(RESPONSE_READ_LIMITS.maxChunks + 2);
  });

  it('stops a drip at the per-answer time cap, long before the check deadline', async () => {
    const { response } = oneByteChunks(400, 5);
    const started = Date.now();
    const result = await readCappedBody(response, CAP, noDeadline(), { maxChunks: 10_000, maxMs: 200 });
    expect(result).toEqual({ ok: false, reason: 'timeout' });
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it("shares one check's budget of chunks and time between its answers", async () => {
    const budget = newReadBudget();
    const limits = { ...RESPONSE_READ_LIMITS, budget };
    const answers = [];
    for (let i = 0; i < 3; i++) {
      answers.push(
        await readCappedBody(oneByteChunks(RESPONSE_READ_LIMITS.maxChunks - 1).response, CAP, noDeadline(), limits),
      );
    }
    // Each answer alone is under the per-answer cap; together they exceed the check's budget.
    expect(answers.map((a) => a.ok)).toEqual([true, true, false]);
    expect(budget.chunks).toBe(0);
  });

  it('counts answers read in parallel once against the check’s time', async () => {
    const budget = { ...newReadBudget(), ms: 400 };
    const limits = { maxChunks: 10_000, maxMs: 3000, budget };
    // Three drips of about 250 ms at once: 250 ms of reading, not 750.
    const answers = await Promise.all(
      [1, 2, 3].map(() => readCappedBody(oneByteChunks(25, 10).response, CAP, noDeadline(), limits)),
    );
    expect(answers.map((a) => a.ok)).toEqual([true, true, true]);
    expect(budget.active).toBe(0);
    expect(budget.ms).toBeGreaterThan(0);
  });
});

/**
 * The local Rate Limiting binding counts in windows aligned to the wall clock (miniflare buckets by
 * `floor(now / period)`). A test that fills a window and then expects a refusal would flake when a
 * new window starts in between, so it first waits, if need be, until a window has enough time left.
 */
export async function freshRateWindow(neededMs: number, periodMs = 60_000): Promise<void> {
  const left = periodMs - (Date.now() % periodMs);
  if (left < neededMs) await new Promise((resolve) => setTimeout(resolve, left + 50));
}

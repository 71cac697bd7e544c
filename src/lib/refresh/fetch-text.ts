/**
 * Reads one source answer as text, with a timeout and a size cap enforced while reading, so that a
 * source that answers endlessly cannot exhaust memory. The only I/O of a refresh; both runners (the
 * Worker and `npm run data:update`) use it with their runtime's fetch.
 */
import { RefreshError, type SourceName } from './errors.ts';
import { MAX_BYTES, SOURCE_TIMEOUT_MS } from './sources.ts';

export type FetchText = (source: SourceName, url: string) => Promise<string>;

export function fetchTextWith(fetcher: typeof fetch = fetch, timeoutMs = SOURCE_TIMEOUT_MS): FetchText {
  return async (source, url) => {
    let response: Response;
    try {
      response = await fetcher(url, {
        signal: AbortSignal.timeout(timeoutMs),
        // A redirect to another address would escape the configured source.
        redirect: 'manual',
        headers: { Accept: source === 'builds' ? 'text/html' : 'application/json' },
      });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new RefreshError('source_unreachable', source, `${url} did not answer (${reason}); try again later.`);
    }
    if (response.status !== 200) {
      await response.body?.cancel();
      throw new RefreshError('source_status', source, `${url} answered HTTP ${response.status}; try again later.`);
    }
    const cap = MAX_BYTES[source];
    const declared = Number(response.headers.get('Content-Length') ?? '0');
    if (declared > cap) {
      await response.body?.cancel();
      throw new RefreshError('source_too_large', source, `${url} announced ${declared} bytes, above the ${cap} cap.`);
    }
    const reader = response.body?.getReader();
    if (!reader) return '';
    const decoder = new TextDecoder();
    let text = '';
    let size = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > cap) {
        await reader.cancel();
        throw new RefreshError('source_too_large', source, `${url} sent more than ${cap} bytes.`);
      }
      text += decoder.decode(value, { stream: true });
    }
    return text + decoder.decode();
  };
}

/** JSON.parse that reports the source instead of a bare SyntaxError. */
export function parseJson(source: SourceName, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new RefreshError(
      'source_malformed',
      source,
      `The answer is not JSON (starts with "${text.slice(0, 40).replace(/[^\x20-\x7e]/g, '?')}").`,
    );
  }
}

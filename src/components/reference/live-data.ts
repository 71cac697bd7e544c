/**
 * Reference pages and open data are rendered on demand from the live data version (the Worker's
 * newest refreshed one). Shared caches may keep them a few minutes: a refresh shows within that
 * time, and a burst of readers costs one rendering per cache, not one per reader.
 */
import type { AstroGlobal } from 'astro';
import { type Lang, strings } from '../../i18n/index.ts';
import { currentDataVersion } from '../../lib/data-version.ts';
import { notALanguage, pageLang } from '../result/server.ts';

export const LIVE_DATA_CACHE_CONTROL = 'public, max-age=300, stale-while-revalidate=600';

export function markLiveData(headers: Headers): void {
  headers.set('Cache-Control', LIVE_DATA_CACHE_CONTROL);
  headers.set('X-Data-Version', currentDataVersion());
}

/**
 * The start of a reference page: its language and the reference words, the answer marked as live
 * data; or the 404 to send instead for a path that is not a language.
 */
export function liveReferencePage(
  astro: Pick<AstroGlobal, 'params' | 'response'>,
): { lang: Lang; t: ReturnType<typeof strings>['reference'] } | { answer: Response } {
  const lang = pageLang(astro.params.lang);
  if (!lang) return { answer: notALanguage() };
  markLiveData(astro.response.headers);
  return { lang, t: strings(lang).reference };
}

/** An open-data answer: the body once per data version and isolate, then from memory. */
export function liveDataResponse(key: string, contentType: string, render: () => string): Response {
  const version = currentDataVersion();
  let body = memo.get(key);
  if (body?.version !== version) {
    body = { version, text: render() };
    memo.set(key, body);
  }
  const headers = new Headers({ 'Content-Type': contentType });
  markLiveData(headers);
  return new Response(body.text, { headers });
}

const memo = new Map<string, { version: string; text: string }>();

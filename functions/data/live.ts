/**
 * The knowledge base that answers in this isolate: the newest version the scheduled refresh stored
 * in D1, parsed and indexed once per version (not per request), or the bundled one when none is
 * newer. Other isolates learn of a new version within RECHECK_MS: one indexed D1 lookup per minute.
 */
import type { MiddlewareHandler } from 'hono';
import {
  bundledKnowledge,
  indexKnowledge,
  type Knowledge,
  useLiveKnowledge,
} from '../../src/lib/exchange/knowledge.ts';
import { newestVersionId, readVersion } from '../store/data-versions.ts';

export const RECHECK_MS = 60_000;

interface Loaded {
  /** Row id of the version, 0 for the bundled one. */
  id: number;
  kb: Knowledge;
  /** When the refresh stored it (unix ms), null for the bundled one. */
  storedAt: number | null;
  checkedAt: number;
}

let loaded: Loaded | undefined;

/** Loads the newest stored version when it is new to this isolate; the bundled data is the floor. */
export async function ensureLiveKnowledge(db: D1Database, nowMs = Date.now(), force = false): Promise<Loaded> {
  if (loaded && !force && nowMs - loaded.checkedAt < RECHECK_MS) return loaded;
  const bundled = bundledKnowledge();
  try {
    const id = await newestVersionId(db);
    if (id !== null && id !== loaded?.id) {
      const version = await readVersion(db, id);
      const usable = version && version.files.meta.dataVersion >= bundled.files.meta.dataVersion;
      loaded = usable
        ? { id, kb: indexKnowledge(version.files), storedAt: version.storedAt, checkedAt: nowMs }
        : // A deploy with newer bundled data than the last refresh: the bundled data answers.
          { id, kb: bundled, storedAt: null, checkedAt: nowMs };
    } else {
      loaded = loaded ? { ...loaded, checkedAt: nowMs } : { id: 0, kb: bundled, storedAt: null, checkedAt: nowMs };
    }
  } catch (error) {
    // D1 unavailable: keep answering from what this isolate has; the next request tries again.
    console.error('could not load the stored knowledge base', error);
    loaded ??= { id: 0, kb: bundled, storedAt: null, checkedAt: 0 };
  }
  useLiveKnowledge(loaded.kb === bundled ? undefined : loaded.kb);
  return loaded;
}

/** Every request that answers from the data (API, on-demand pages, open data) runs after this. */
export const liveKnowledge: MiddlewareHandler<{ Bindings: Env }> = async (c, next) => {
  // Without bindings (unit-style calls of the API app) the bundled data answers.
  if (c.env?.DB) await ensureLiveKnowledge(c.env.DB);
  await next();
};

/** For tests: forget what this isolate loaded. */
export function forgetLiveKnowledge(): void {
  loaded = undefined;
  useLiveKnowledge(undefined);
}

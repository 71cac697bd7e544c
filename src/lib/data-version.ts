import meta from '../../content/data/exchange/meta.json' with { type: 'json' };

/**
 * The committed knowledge base's date (builds and updates complete up to it), read straight from
 * meta.json so that error answers and the page footer do not need the whole knowledge base parsed.
 */
export const BUNDLED_DATA_VERSION: string = meta.dataVersion;

let live: string | undefined;

/** The date of the version that answers: the Worker's refreshed one once loaded, else the bundled one. */
export const currentDataVersion = (): string => live ?? BUNDLED_DATA_VERSION;

/** Set with the live knowledge base (knowledge.ts useLiveKnowledge), never on its own. */
export function setLiveDataVersion(version: string | undefined): void {
  live = version;
}

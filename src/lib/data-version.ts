import meta from '../../content/data/exchange/meta.json' with { type: 'json' };

/**
 * The knowledge base's date (builds and updates complete up to it), read straight from meta.json so
 * that error answers and the page footer do not need the whole knowledge base parsed.
 */
export const DATA_VERSION: string = meta.dataVersion;

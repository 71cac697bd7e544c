// Placeholder until the knowledge base lands; replaced by the knowledge base's own dataVersion.
export const DATA_VERSION = '2026-10-02';

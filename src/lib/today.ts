/** The calendar day (UTC, YYYY-MM-DD) that the assessment takes as "today". */
export const isoDay = (ms: number = Date.now()): string => new Date(ms).toISOString().slice(0, 10);

/**
 * Microsoft's Update Tuesday, the second Tuesday of a month (UTC): Exchange security updates ship
 * on it. It dates builds whose sources give only the month, and it tells when the data may be stale.
 */

/** The second Tuesday of a month, `YYYY-MM-DD` (month 1–12). */
export function updateTuesday(year: number, month: number): string {
  const firstWeekday = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
  const firstTuesday = 1 + ((2 - firstWeekday + 7) % 7);
  const day = firstTuesday + 7;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The most recent Update Tuesday on or before `today` (`YYYY-MM-DD`). */
export function latestUpdateTuesday(today: string): string {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  const thisMonth = updateTuesday(year, month);
  if (thisMonth <= today) return thisMonth;
  return month === 1 ? updateTuesday(year - 1, 12) : updateTuesday(year, month - 1);
}

/**
 * The data may lack updates when its version is older than the most recent Update Tuesday: that
 * month's release has not been confirmed (a confirmed month moves the version to at least its Update Tuesday).
 */
export const isDataStale = (dataVersion: string, today: string): boolean => dataVersion < latestUpdateTuesday(today);

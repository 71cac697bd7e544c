/**
 * The second Tuesday of a month (Microsoft's Update Tuesday), `YYYY-MM-DD`. Exchange security
 * updates ship on it; it dates builds whose sources give only the month or the update's name.
 */
export function updateTuesday(year: number, month: number): string {
  const firstWeekday = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
  const firstTuesday = 1 + ((2 - firstWeekday + 7) % 7);
  const day = firstTuesday + 7;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

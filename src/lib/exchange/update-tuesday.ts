/**
 * Update Tuesday arithmetic: the second Tuesday of a month, when Microsoft ships security updates.
 * One home for it, shared by the assessment (`dataStale`), the health block, the refresh (which
 * month to confirm) and the data scripts (dating builds whose sources give only the month). Pure.
 */

/** A calendar month, `month` 1–12. */
export interface Month {
  readonly year: number;
  readonly month: number;
}

const MONTH_ABBREVIATIONS = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
] as const;

const pad = (n: number): string => String(n).padStart(2, '0');

/** The second Tuesday of a month (Microsoft's Update Tuesday), `YYYY-MM-DD`. */
export function updateTuesday(year: number, month: number): string {
  const firstWeekday = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
  const firstTuesday = 1 + ((2 - firstWeekday + 7) % 7);
  return `${year}-${pad(month)}-${pad(firstTuesday + 7)}`;
}

/** The month of an ISO date (`2026-11-10` → 2026, 11). */
export function monthOf(isoDate: string): Month {
  return { year: Number(isoDate.slice(0, 4)), month: Number(isoDate.slice(5, 7)) };
}

/** The month after (or, with a negative step, before) a month. */
export function addMonths({ year, month }: Month, step: number): Month {
  const index = year * 12 + (month - 1) + step;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** The most recent Update Tuesday on or before `today` (UTC, `YYYY-MM-DD`). */
export function latestUpdateTuesday(today: string): string {
  const month = monthOf(today);
  const thisMonth = updateTuesday(month.year, month.month);
  if (thisMonth <= today) return thisMonth;
  const previous = addMonths(month, -1);
  return updateTuesday(previous.year, previous.month);
}

/**
 * Contract: data is stale when its version is older than the most recent Update Tuesday, that is,
 * no refresh has confirmed that month (confirming moves the version to at least its Update Tuesday).
 */
export const isDataStale = (dataVersion: string, today: string): boolean => dataVersion < latestUpdateTuesday(today);

/** MSRC's name of a monthly CVRF document: `2025-Apr`. */
export const cvrfMonthId = ({ year, month }: Month): string => `${year}-${MONTH_ABBREVIATIONS[month - 1]}`;

/** The month of an MSRC document name (`2025-Apr`), or null when it is not one. */
export function monthOfCvrfId(id: string): Month | null {
  const m = /^(\d{4})-([A-Z][a-z]{2})$/.exec(id);
  const index = MONTH_ABBREVIATIONS.indexOf((m?.[2] ?? '') as (typeof MONTH_ABBREVIATIONS)[number]);
  return m && index >= 0 ? { year: Number(m[1]), month: index + 1 } : null;
}

/** The month an update name belongs to (`Apr25HU`, `Sep26SUv2` → 2025-04, 2026-09), or null (`RU32`). */
export function monthOfUpdateName(update: string): Month | null {
  const m = /^([A-Z][a-z]{2})(\d{2})(SU|HU)/.exec(update);
  const index = MONTH_ABBREVIATIONS.indexOf((m?.[1] ?? '') as (typeof MONTH_ABBREVIATIONS)[number]);
  return m && index >= 0 ? { year: 2000 + Number(m[2]), month: index + 1 } : null;
}

/** The update name of a month's security update: `Nov26SU`. */
export const securityUpdateName = ({ year, month }: Month): string =>
  `${MONTH_ABBREVIATIONS[month - 1]}${pad(year % 100)}SU`;

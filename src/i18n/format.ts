/**
 * Dates, times, delays and plurals as each language writes them. The site is written for
 * Switzerland (dates like 14.10.2025, 14 octobre 2025); English uses British conventions.
 */
import type { FillValues } from './fill.ts';
import type { Lang } from './languages.ts';

const LOCALE: Record<Lang, string> = { de: 'de-CH', fr: 'fr-CH', it: 'it-CH', en: 'en-GB' };
/** Times are shown in Swiss time, with the zone named, since the server cannot know the reader's zone. */
export const TIME_ZONE = 'Europe/Zurich';

/** The BCP 47 locale of a language, for Intl and collation. */
export const locale = (lang: Lang): string => LOCALE[lang];

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** `2025-10-14` → "14 October 2025" (a calendar date: no time zone shift). Not a date: returned as it is. */
export function formatDate(iso: string, lang: Lang, style: 'long' | 'medium' = 'long'): string {
  if (!ISO_DATE.test(iso)) return iso;
  const text = new Intl.DateTimeFormat(LOCALE[lang], { dateStyle: style, timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  );
  // French writes the first day of a month as an ordinal: "1er décembre".
  return lang === 'fr' ? text.replace(/^1 /, '1er ') : text;
}

/** A title in the language's quotation marks: “…” in English, «…» in German and Italian, « … » in French. */
export function quote(lang: Lang, text: string): string {
  if (lang === 'en') return `“${text}”`;
  if (lang === 'fr') return `«\u00a0${text}\u00a0»`;
  return `«${text}»`;
}

/** A score with one decimal as the language writes it: "9.8" in English and German, "9,8" in French. */
export function formatScore(lang: Lang, score: number): string {
  return new Intl.NumberFormat(LOCALE[lang], { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(score);
}

/** A count with the language's digit grouping: "12'345" in Switzerland's languages, "12,345" in English. */
export function formatCount(lang: Lang, count: number): string {
  return new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: 0 }).format(count);
}

/** `part` of `whole` as a whole percentage, written as the locale writes it. */
export function formatPercent(lang: Lang, part: number, whole: number): string {
  const share = whole === 0 ? 0 : Math.round((part / whole) * 100) / 100;
  return new Intl.NumberFormat(LOCALE[lang], { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

/** An instant as date and time in Swiss time, with the zone: "2 October 2026, 14:03 CEST". */
export function formatDateTime(iso: string | number, lang: Lang): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return String(iso);
  return new Intl.DateTimeFormat(LOCALE[lang], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: TIME_ZONE,
    timeZoneName: 'short',
  }).format(date);
}

/** An instant's calendar day and time of day in Swiss time, without the zone (a letter names it). */
export function formatDayAndTime(iso: string, lang: Lang): { date: string; time: string } {
  const date = new Date(iso);
  const day = new Intl.DateTimeFormat(LOCALE[lang], { dateStyle: 'long', timeZone: TIME_ZONE });
  const time = new Intl.DateTimeFormat(LOCALE[lang], { hour: '2-digit', minute: '2-digit', timeZone: TIME_ZONE });
  return Number.isNaN(date.getTime()) ? { date: iso, time: '' } : { date: day.format(date), time: time.format(date) };
}

/** Time of day in Swiss time with the zone, for "try again from 14:05 CEST". */
export function formatTime(ms: number, lang: Lang): string {
  return new Intl.DateTimeFormat(LOCALE[lang], {
    hour: '2-digit',
    minute: '2-digit',
    timeZone: TIME_ZONE,
    timeZoneName: 'short',
  }).format(new Date(ms));
}

/** "in 2 minutes" / "dans 2 minutes" / "in 2 Minuten" / "tra 2 minuti" for a delay in seconds. */
export function formatDelay(seconds: number, lang: Lang): string {
  const rtf = new Intl.RelativeTimeFormat(LOCALE[lang], { numeric: 'always' });
  return seconds < 90
    ? rtf.format(Math.max(1, Math.ceil(seconds)), 'second')
    : rtf.format(Math.ceil(seconds / 60), 'minute');
}

/** Picks `one` or `other` of a plural pair by the language's rules. */
export function plural(lang: Lang, count: number, forms: { one: string; other: string }): string {
  return new Intl.PluralRules(LOCALE[lang]).select(count) === 'one' ? forms.one : forms.other;
}

/** Dates in step params are ISO dates; shown in the page's language. */
export function displayParams(params: FillValues, lang: Lang): FillValues {
  const out: FillValues = {};
  for (const [key, value] of Object.entries(params)) {
    out[key] = typeof value === 'string' && ISO_DATE.test(value) ? formatDate(value, lang) : value;
  }
  return out;
}

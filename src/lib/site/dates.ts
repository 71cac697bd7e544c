import type { Lang } from '../../i18n/languages.ts';

/** Swiss conventions for the three national languages; British English for English. */
const LOCALES: Record<Lang, string> = { de: 'de-CH', fr: 'fr-CH', it: 'it-CH', en: 'en-GB' };

/**
 * A `YYYY-MM-DD` date as readers write it ("16 February 2022", "16. Februar 2022",
 * "1er décembre 2026").
 */
export function formatDate(lang: Lang, isoDate: string): string {
  const text = new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${isoDate}T00:00:00Z`),
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

export function localeOf(lang: Lang): string {
  return LOCALES[lang];
}

/** A score with one decimal as the language writes it: "9.8" in English and German, "9,8" in French. */
export function formatScore(lang: Lang, score: number): string {
  return new Intl.NumberFormat(LOCALES[lang], { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(score);
}

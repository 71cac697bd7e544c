import type { Lang } from '../../i18n/languages.ts';

/** Swiss conventions for the three national languages; British English for English. */
const LOCALES: Record<Lang, string> = { de: 'de-CH', fr: 'fr-CH', it: 'it-CH', en: 'en-GB' };

/** A `YYYY-MM-DD` date as readers write it ("16 February 2022", "16. Februar 2022"). */
export function formatDate(lang: Lang, isoDate: string): string {
  return new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${isoDate}T00:00:00Z`),
  );
}

export function localeOf(lang: Lang): string {
  return LOCALES[lang];
}

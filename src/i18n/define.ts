import type { Lang } from './languages.ts';

/** Same keys as the English reference, any string values. */
export type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

/**
 * UI strings of one area of the site (results, reference tables, ...), in every language. The type
 * makes a missing key a compile error; tests/unit/i18n checks the same at run time.
 */
export function defineStrings<const T extends object>(all: { en: T } & Record<Exclude<Lang, 'en'>, Widen<T>>) {
  const strings = all as Record<Lang, Widen<T>>;
  return Object.assign((lang: Lang): Widen<T> => strings[lang], { all: strings });
}

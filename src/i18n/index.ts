import { LANGS, type Lang } from './languages.ts';
import { de } from './ui/de.ts';
import { en, type UiStrings } from './ui/en.ts';
import { fr } from './ui/fr.ts';
import { it } from './ui/it.ts';

export * from './languages.ts';
export type { UiStrings };

export const UI: Record<Lang, UiStrings> = { de, fr, it, en };

export function ui(lang: Lang): UiStrings {
  return UI[lang];
}

/** Fills `{name}` placeholders; unknown names stay visible so a missing parameter is noticed. */
export function fill(template: string, params: Record<string, string | number | boolean | null | undefined>): string {
  return template.replace(/\{(\w{1,40})\}/g, (match, name: string) => {
    const value = params[name];
    return value === undefined || value === null ? match : String(value);
  });
}

/** The same page in another language: our URLs differ only in their first path segment. */
export function switchLanguagePath(pathname: string, to: Lang): string {
  const [, first, ...rest] = pathname.split('/');
  if (first && (LANGS as readonly string[]).includes(first)) return `/${[to, ...rest].join('/')}`;
  return `/${to}/`;
}

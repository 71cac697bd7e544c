/** The site's languages and words: one import for components and pages. */
import { LANGS, type Lang } from './languages.ts';

export * from './fill.ts';
export * from './format.ts';
export * from './languages.ts';
export { adviceText, configurationWhat, errorMessage, strings } from './strings.ts';

/** The same page in another language: our URLs differ only in their first path segment. */
export function switchLanguagePath(pathname: string, to: Lang): string {
  const [, first, ...rest] = pathname.split('/');
  if (first && (LANGS as readonly string[]).includes(first)) return `/${[to, ...rest].join('/')}`;
  return `/${to}/`;
}

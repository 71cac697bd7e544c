/**
 * The published URLs of the advisory site, defined once. They never change once published
 * (tests/unit/site/stable-urls.test.ts holds the list): add routes, never rename them.
 */
import type { Lang } from '../../i18n/languages.ts';

/** The advisory that `/{lang}/advisory/` shows; any later advisory lives at `/{lang}/advisory/{slug}/`. */
export const MAIN_ADVISORY = 'unpatched-exchange';

export const paths = {
  home: (lang: Lang) => `/${lang}/`,
  advisory: (lang: Lang, slug: string = MAIN_ADVISORY) =>
    slug === MAIN_ADVISORY ? `/${lang}/advisory/` : `/${lang}/advisory/${slug}/`,
  guides: (lang: Lang) => `/${lang}/guides/`,
  guide: (lang: Lang, slug: string) => `/${lang}/guides/${slug}/`,
  factsheet: (lang: Lang) => `/${lang}/factsheet/`,
  /** A service page from content/pages (privacy, imprint, ...). */
  page: (lang: Lang, slug: string) => `/${lang}/${slug}/`,
  search: (lang: Lang) => `/${lang}/search/`,
  /** The terms the results and the factsheet use; a term is `#{id}` (src/lib/site/glossary.ts). */
  glossary: (lang: Lang) => `/${lang}/glossary/`,
  /** The CERT pages: sign in, campaigns, reports and letters (private, on demand). */
  campaigns: (lang: Lang) => `/${lang}/campaigns/`,
  feed: (lang: Lang) => `/${lang}/feed.xml`,
  /** Reference pages, built from the knowledge base. */
  builds: (lang: Lang) => `/${lang}/builds/`,
  /** One product line's builds and lifecycle; `version` is its slug (`2019`, `se`). */
  buildsOf: (lang: Lang, version: string) => `/${lang}/builds/${version}/`,
  vulnerabilities: (lang: Lang) => `/${lang}/vulnerabilities/`,
  knownExploited: (lang: Lang) => `/${lang}/vulnerabilities/known-exploited/`,
  /** Open data files (`builds.json`, `cves.csv`, `builds.schema.json`, ...). */
  openData: (file: string) => `/data/exchange/${file}`,
} as const;

/** The social card images (scripts/og-images.ts draws them into src/public/og/). */
export const ogCard = (lang: Lang, advisorySlug?: string) =>
  advisorySlug ? `/og/advisory-${advisorySlug}-${lang}.png` : `/og/${lang}.png`;

/** Absolute URL on the configured site. */
export function absolute(siteUrl: string, path: string): string {
  return new URL(path, siteUrl).href;
}

/** Collection ids are `{lang}/{slug}` (or `{lang}` for the factsheet). */
export function splitId(id: string): { lang: string; slug: string } {
  const [lang = '', ...rest] = id.split('/');
  return { lang, slug: rest.join('/') };
}

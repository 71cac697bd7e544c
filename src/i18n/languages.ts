import site from '../../content/site.json' with { type: 'json' };

/**
 * The languages of the site, in the order of the language switch: the one list (content schemas,
 * astro.config.mjs, security.txt and the language folders under content/ follow it).
 */
export const LANGS = ['de', 'fr', 'it', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** The language of / and of pages without one (content/site.json), checked to be one of LANGS. */
export const DEFAULT_LANG: Lang = (() => {
  const lang = site.defaultLanguage;
  if (!isLang(lang)) throw new Error(`content/site.json: defaultLanguage "${lang}" is not one of ${LANGS.join(', ')}`);
  return lang;
})();

/**
 * The lang attribute of a part written in `part` (an English title, a source's name) on a page in
 * `page`: none where they agree, so that only a change of language is marked (WCAG 3.1.2).
 */
export const langOfPart = (page: Lang, part: Lang | undefined): Lang | undefined => (part === page ? undefined : part);

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/**
 * The best of our languages for an Accept-Language header (RFC 9110 quality values), or the site's
 * default. Parsed by splitting, without regexes, since the header is untrusted and unbounded.
 */
export function pickLanguage(acceptLanguage: string | null | undefined, fallback: Lang = DEFAULT_LANG): Lang {
  if (!acceptLanguage) return fallback;
  let best: { lang: Lang; q: number } | undefined;
  for (const part of acceptLanguage.slice(0, 1000).split(',').slice(0, 30)) {
    const [tag = '', ...params] = part.trim().split(';');
    const primary = tag.trim().toLowerCase().split('-')[0];
    if (!isLang(primary)) continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    if (!Number.isFinite(q) || q <= 0) continue;
    if (!best || q > best.q) best = { lang: primary, q };
  }
  return best?.lang ?? fallback;
}

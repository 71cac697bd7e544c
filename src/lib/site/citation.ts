/**
 * A page's citation in the two forms reference managers import: CSL-JSON (Zotero, Mendeley,
 * pandoc) and BibTeX (biblatex @online). Both are built from the same fields as the visible
 * citation, so the three never disagree. The version is the date of the text (lastUpdated): the
 * URL is stable, the version tells a reader which text was cited.
 */

export interface CitationInput {
  title: string;
  publisher: string;
  /** The page's stable, absolute URL. */
  url: string;
  lang: string;
  firstPublished: string;
  lastUpdated: string;
  /** A key that identifies the page (its path), for the CSL id and the BibTeX key. */
  key: string;
}

const dateParts = (iso: string) => [iso.split('-').map(Number)];

export function cslJson(input: CitationInput): string {
  const item = {
    id: input.key,
    type: 'webpage',
    title: input.title,
    author: [{ literal: input.publisher }],
    publisher: input.publisher,
    'container-title': input.publisher,
    issued: { 'date-parts': dateParts(input.firstPublished) },
    // CSL has no "last updated"; `version` carries the date of the text that is cited.
    version: input.lastUpdated,
    URL: input.url,
    language: input.lang,
  };
  return JSON.stringify([item], null, 2);
}

/** BibTeX escapes: braces protect the literal author name and capitals; special characters escaped. */
function bibValue(value: string): string {
  return value.replace(/[\\{}]/g, '').replace(/([&%$#_])/g, '\\$1');
}

/** biblatex language names (langid), for hyphenation and quotation marks. */
const LANGID: Record<string, string> = { de: 'ngerman', fr: 'french', it: 'italian', en: 'british' };

export function bibtex(input: CitationInput): string {
  const key = input.key.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'page';
  const fields: Array<[string, string]> = [
    ['title', `{${bibValue(input.title)}}`],
    ['author', `{{${bibValue(input.publisher)}}}`],
    ['organization', `{${bibValue(input.publisher)}}`],
    ['date', `{${input.firstPublished}}`],
    ['version', `{${input.lastUpdated}}`],
    ['note', `{Last updated ${input.lastUpdated}}`],
    ['url', `{${input.url}}`],
    ['langid', `{${LANGID[input.lang] ?? input.lang}}`],
  ];
  return `@online{${key},\n${fields.map(([name, value]) => `  ${name} = ${value}`).join(',\n')}\n}`;
}

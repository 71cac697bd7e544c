/** The A to Z list of pages that the search page shows (and that works without JavaScript). */

export interface IndexedPage {
  title: string;
  href: string;
}

export interface Letter {
  /** "A" to "Z", or "#" for titles that start with a digit or a sign. */
  letter: string;
  pages: IndexedPage[];
}

/** The base letter of a title ("Über" → "U", "Élément" → "E", "« Test »" → "T", "2016" → "#"). */
export function initialOf(title: string): string {
  const first = title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/^[^\p{L}\p{N}]+/u, '')
    .charAt(0)
    .toUpperCase();
  return /^[A-Z]$/.test(first) ? first : '#';
}

/** Pages grouped by initial, letters in alphabetical order ("#" last), titles sorted for the language. */
export function groupByInitial(pages: IndexedPage[], locale: string): Letter[] {
  const collator = new Intl.Collator(locale, { numeric: true });
  const groups = new Map<string, IndexedPage[]>();
  for (const page of [...pages].sort((a, b) => collator.compare(a.title, b.title))) {
    const letter = initialOf(page.title);
    groups.set(letter, [...(groups.get(letter) ?? []), page]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === '#' ? 1 : b === '#' ? -1 : a.localeCompare(b)))
    .map(([letter, list]) => ({ letter, pages: list }));
}

/**
 * Search page enhancement: queries this language's Pagefind index (/pagefind/, written at build
 * time by src/integrations/site-build.ts) and lists the results above the A to Z index. Without
 * JavaScript the form reloads the page and the A to Z index does the job. Texts come from data
 * attributes, so this file has no language.
 */
import { fill } from '../../i18n/fill.ts';

/** Written by the build, not part of the bundle: loaded at run time from the site itself. */
const PAGEFIND_URL = '/pagefind/pagefind.js';
const MAX_RESULTS = 20;

/** The parts of Pagefind's search API this page uses (https://pagefind.app/docs/api/). */
interface PagefindSubResult {
  url: string;
  title?: string;
  excerpt?: string;
  locations?: number[];
}
interface PagefindData {
  url: string;
  excerpt?: string;
  meta?: { title?: string };
  sub_results?: PagefindSubResult[];
}
interface Pagefind {
  search(query: string): Promise<{ results: Array<{ data(): Promise<PagefindData> }> }>;
}

/** Pagefind's excerpt is HTML with <mark> around the matches: keep the marks, treat the rest as text. */
function excerptNodes(html: string): Node[] {
  const doc = new DOMParser().parseFromString(`<p>${html}</p>`, 'text/html');
  const out: Node[] = [];
  for (const node of doc.body.firstChild?.childNodes ?? []) {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      out.push(mark);
    } else {
      out.push(document.createTextNode(node.textContent ?? ''));
    }
  }
  return out;
}

/**
 * The part of a page that matched best: Pagefind splits a page into sub-results at its headings
 * (with ids); the one with the most matches is where the link should go, not the top of the page.
 */
function bestSection(result: PagefindData): PagefindSubResult | undefined {
  let best: PagefindSubResult | undefined;
  for (const sub of result.sub_results ?? []) {
    if (!best || (sub.locations?.length ?? 0) > (best.locations?.length ?? 0)) best = sub;
  }
  return best;
}

function resultItem(result: PagefindData): HTMLLIElement {
  const item = document.createElement('li');
  const section = bestSection(result);
  const pageTitle = result.meta?.title ?? result.url;
  const link = document.createElement('a');
  link.href = section?.url ?? result.url;
  link.textContent =
    section?.url.includes('#') && section.title && section.title !== pageTitle
      ? `${pageTitle} › ${section.title}`
      : pageTitle;
  const excerpt = document.createElement('p');
  // Node methods: the Workers types (tsconfig) redeclare Element's append for HTMLRewriter.
  for (const node of excerptNodes(section?.excerpt ?? result.excerpt ?? '')) excerpt.appendChild(node);
  item.appendChild(link);
  item.appendChild(excerpt);
  return item;
}

export function enhanceSearch(): void {
  const form = document.querySelector<HTMLFormElement>('form[data-search-form]');
  const input = document.getElementById('q');
  const statusLine = document.querySelector<HTMLElement>('[data-search-status]');
  const list = document.querySelector<HTMLElement>('[data-search-results]');
  if (!form || !(input instanceof HTMLInputElement) || !statusLine || !list) return;
  const texts = form.dataset;
  let pagefind: Promise<Pagefind> | undefined;
  let latest = 0;

  // An arrow, not a hoisted function, so that the elements found above stay narrowed inside it.
  const search = async (query: string): Promise<void> => {
    const run = ++latest;
    list.replaceChildren();
    list.hidden = true;
    if (!query) {
      statusLine.textContent = '';
      return;
    }
    statusLine.textContent = texts.loading ?? '';
    try {
      pagefind ??= import(/* @vite-ignore */ PAGEFIND_URL) as Promise<Pagefind>;
      const found = await (await pagefind).search(query);
      const results = await Promise.all(found.results.slice(0, MAX_RESULTS).map((r) => r.data()));
      if (run !== latest) return;
      const count = found.results.length;
      const template = count === 0 ? texts.noResults : count === 1 ? texts.resultsOne : texts.resultsMany;
      statusLine.textContent = fill(template ?? '', { count, query });
      for (const result of results) list.appendChild(resultItem(result));
      list.hidden = count === 0;
    } catch {
      if (run === latest) statusLine.textContent = texts.unavailable ?? '';
    }
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const query = input.value.trim();
    const url = new URL(location.href);
    if (query) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
    void search(query);
  });
  const initial = new URL(location.href).searchParams.get('q')?.trim() ?? '';
  if (initial) {
    input.value = initial;
    void search(initial);
  }
}

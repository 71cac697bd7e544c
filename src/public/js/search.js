/**
 * Search page enhancement: queries this language's Pagefind index (/pagefind/, written at build
 * time) and lists the results above the A to Z index. Without JavaScript the form reloads the page
 * and the A to Z index does the job. Texts come from data attributes, so this file has no language.
 */
const form = document.querySelector('[data-search-form]');
const input = document.getElementById('q');
const statusLine = document.querySelector('[data-search-status]');
const list = document.querySelector('[data-search-results]');

/** @type {Promise<any> | undefined} */
let pagefind;
let latest = 0;

function text(template, values) {
  return template.replace(/\{(\w+)\}/g, (whole, name) => (name in values ? String(values[name]) : whole));
}

/** Pagefind's excerpt is HTML with <mark> around the matches: keep the marks, treat the rest as text. */
function excerptNodes(html) {
  const doc = new DOMParser().parseFromString(`<p>${html}</p>`, 'text/html');
  const out = [];
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
function bestSection(result) {
  let best;
  for (const sub of result.sub_results ?? []) {
    if (!best || (sub.locations?.length ?? 0) > (best.locations?.length ?? 0)) best = sub;
  }
  return best;
}

async function search(query) {
  const run = ++latest;
  const d = form.dataset;
  list.replaceChildren();
  list.hidden = true;
  if (!query) {
    statusLine.textContent = '';
    return;
  }
  statusLine.textContent = d.loading;
  try {
    pagefind ??= import('/pagefind/pagefind.js');
    const api = await pagefind;
    const found = await api.search(query);
    const results = await Promise.all(found.results.slice(0, 20).map((r) => r.data()));
    if (run !== latest) return;
    const count = found.results.length;
    statusLine.textContent =
      count === 0 ? text(d.noResults, { query }) : text(count === 1 ? d.resultsOne : d.resultsMany, { count, query });
    for (const result of results) {
      const item = document.createElement('li');
      const section = bestSection(result);
      const pageTitle = result.meta?.title ?? result.url;
      const link = document.createElement('a');
      link.href = section?.url ?? result.url;
      link.textContent =
        section?.url?.includes('#') && section.title && section.title !== pageTitle
          ? `${pageTitle} › ${section.title}`
          : pageTitle;
      const excerpt = document.createElement('p');
      excerpt.append(...excerptNodes(section?.excerpt ?? result.excerpt ?? ''));
      item.append(link, excerpt);
      list.append(item);
    }
    list.hidden = count === 0;
  } catch {
    if (run === latest) statusLine.textContent = d.unavailable;
  }
}

if (form && input && statusLine && list) {
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const query = input.value.trim();
    const url = new URL(location.href);
    if (query) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
    search(query);
  });
  const initial = new URL(location.href).searchParams.get('q')?.trim() ?? '';
  if (initial) {
    input.value = initial;
    search(initial);
  }
}

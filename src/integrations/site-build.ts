import {
  appendFileSync,
  existsSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import { LANGS } from '../i18n/languages.ts';
import { bundledKnowledge, productName } from '../lib/exchange/knowledge.ts';
import { buildRows, type RowRecord, separateTableCells, tableRows } from '../lib/site/search-rows.ts';

/**
 * Finishing touches on the static build (dist/client):
 *
 * 1. Error pages: Astro writes /{lang}/404/index.html; Cloudflare's static assets serve the
 *    nearest `404.html` for a missing path (not_found_handling = "404-page"), so each language's
 *    error pages move to /{lang}/404.html and /{lang}/500.html.
 * 2. Feeds: static files are typed by extension (.xml → application/xml); `_headers` gives the
 *    Atom feeds their own media type.
 * 3. Search: Pagefind indexes every page that marks its content with `data-pagefind-body`, one
 *    index per `<html lang>`, into /pagefind/ (used by src/components/site/search.ts on /{lang}/search/). Its
 *    sub-results point at the headings (with ids) of a page, so a result links to the section that
 *    matched. Table cells are separated first, so that snippets do not run them together, and the
 *    rows of reference tables (`data-pagefind-rows`) become records of their own
 *    (src/lib/site/search-rows.ts).
 */
export function siteBuild(): AstroIntegration {
  return {
    name: 'exchange-self-check:site-build',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        moveErrorPages(root);
        appendFileSync(
          join(root, '_headers'),
          LANGS.map((lang) => `\n/${lang}/feed.xml\n  Content-Type: application/atom+xml; charset=utf-8\n`).join(''),
        );
        await buildSearchIndex(root, logger);
      },
    },
  };
}

function moveErrorPages(root: string): void {
  for (const lang of LANGS) {
    for (const status of ['404', '500']) {
      const folder = join(root, lang, status);
      const from = join(folder, 'index.html');
      if (!existsSync(from)) continue;
      renameSync(from, join(root, lang, `${status}.html`));
      rmSync(folder, { recursive: true, force: true });
    }
  }
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

/** Separates the table cells of every page and collects the rows of the reference tables. */
function prepareForSearch(root: string): RowRecord[] {
  const rows: RowRecord[] = [];
  for (const file of htmlFiles(root)) {
    const html = readFileSync(file, 'utf8');
    const separated = separateTableCells(html);
    if (separated !== html) writeFileSync(file, separated);
    const path = `/${relative(root, file).split(sep).join('/')}`.replace(/index\.html$/, '');
    rows.push(...tableRows(separated, path));
  }
  return rows;
}

async function buildSearchIndex(root: string, logger: AstroIntegrationLogger): Promise<void> {
  const rows = [...prepareForSearch(root), ...buildRows(bundledKnowledge().files.builds, productName, LANGS)];
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(errors.join('; '));
    const added = await index.addDirectory({ path: root });
    if (added.errors.length > 0) throw new Error(added.errors.join('; '));
    for (const row of rows) {
      const record = await index.addCustomRecord(row);
      if (record.errors.length > 0) throw new Error(record.errors.join('; '));
    }
    logger.info(`Pagefind: ${rows.length} rows of reference tables indexed as records of their own`);
    const written = await index.writeFiles({ outputPath: join(root, 'pagefind') });
    if (written.errors.length > 0) throw new Error(written.errors.join('; '));
    logger.info(`Pagefind: scanned ${added.page_count} HTML files, indexed those marked data-pagefind-body`);
  } finally {
    await pagefind.close();
  }
}

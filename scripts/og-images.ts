/**
 * Renders the OpenGraph / Twitter card images (1200×630 PNG) from an HTML card, in the same
 * Chromium as the end-to-end tests: the site's card per language (src/public/og/{lang}.png) and
 * each advisory's own card with its kicker and title (src/public/og/advisory-{slug}-{lang}.png).
 * Run once after changing the publisher (content/site.json), the home page title or an advisory's
 * title:
 *
 *   npx node scripts/og-images.ts
 *
 * The PNGs are committed; the build only copies them.
 */
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import yaml from 'js-yaml';
import { LANGS, type Lang, ui } from '../src/i18n/index.ts';
import { sitePagesUi } from '../src/i18n/site-pages.ts';
import { AdvisoryFrontmatter } from '../src/lib/schemas/content.ts';
import { publisher as site } from '../src/lib/site/publisher.ts';
import { ogCard } from '../src/lib/site/urls.ts';
import { CHROMIUM_ARGS, ensureChromium } from './browser.ts';

const outDir = fileURLToPath(new URL('../src/public/og/', import.meta.url));
const publicDir = fileURLToPath(new URL('../src/public', import.meta.url));
const advisoriesDir = new URL('../content/advisories/', import.meta.url);

/** Every card to draw: the site's per language, then each advisory's, at the paths ogCard() names. */
function cards(): Array<{ path: string; card: Card }> {
  const list: Array<{ path: string; card: Card }> = [];
  for (const lang of LANGS) {
    list.push({ path: ogCard(lang), card: { lang, title: ui(lang).home.title } });
    for (const file of readdirSync(new URL(`${lang}/`, advisoriesDir)).filter((name) => name.endsWith('.md'))) {
      const source = readFileSync(new URL(`${lang}/${file}`, advisoriesDir), 'utf8');
      const frontmatter = AdvisoryFrontmatter.parse(yaml.load(source.split(/^---$/m)[1] ?? ''));
      const t = sitePagesUi(lang);
      list.push({
        path: ogCard(lang, frontmatter.slug),
        card: {
          lang,
          title: frontmatter.title,
          kicker: t.advisory.kicker,
        },
      });
    }
  }
  return list;
}

const escapeHtml = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

interface Card {
  lang: Lang;
  title: string;
  /** Small line above the title (the advisory's kicker), if any. */
  kicker?: string;
}

// No date and no host on a card: a committed image must never show a stale date or a placeholder domain.
function card({ lang, title, kicker }: Card): string {
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><style>
  * { box-sizing: border-box; margin: 0; }
  html, body { width: 1200px; height: 630px; }
  body { font-family: system-ui, 'DejaVu Sans', Arial, sans-serif; background: #0b3d63; color: #fff;
         display: flex; flex-direction: column; justify-content: space-between; padding: 72px 80px;
         border-bottom: 24px solid #ffdd00; }
  .brand { font-size: 40px; font-weight: 700; letter-spacing: 0.5px; }
  h1 { font-size: 68px; line-height: 1.12; font-weight: 700; max-width: 1000px; }
  .foot { display: flex; justify-content: space-between; align-items: baseline; font-size: 30px; color: #dfe9f3; }
  .kicker { font-size: 30px; font-weight: 700; text-transform: uppercase; letter-spacing: 2px; color: #ffdd00; margin-bottom: 18px; }
  h1.long { font-size: 56px; }
  .tag { border: 3px solid #fff; padding: 6px 18px; font-weight: 700; color: #fff; }
</style></head><body>
  <div class="brand">${escapeHtml(site.logoText)}</div>
  <div>${kicker ? `<p class="kicker">${escapeHtml(kicker)}</p>` : ''}<h1${title.length > 60 ? ' class="long"' : ''}>${escapeHtml(title)}</h1></div>
  <div class="foot"><span></span><span class="tag">${lang.toUpperCase()}</span></div>
</body></html>`;
}

async function main() {
  mkdirSync(outDir, { recursive: true });
  const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1200, height: 630 }, deviceScaleFactor: 1 });
    // The card is self-contained: refuse any request, so nothing is fetched from anywhere.
    await page.route('**/*', (route) => route.abort());
    for (const { path, card: content } of cards()) {
      await page.setContent(card(content), { waitUntil: 'load' });
      await page.screenshot({ path: `${publicDir}${path}`, type: 'png' });
      console.log(`src/public${path}`);
    }
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(`og-images: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});

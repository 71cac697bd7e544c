/**
 * Renders the OpenGraph / Twitter card image of each language (1200×630 PNG) into
 * src/public/og/{lang}.png from an HTML card, in the same Chromium as the end-to-end tests.
 * Run once after changing the publisher (content/site.json) or the home page title:
 *
 *   npx node scripts/og-images.ts
 *
 * The PNGs are committed; the build only copies them.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { LANGS, type Lang, ui } from '../src/i18n/index.ts';
import { publisher as site } from '../src/lib/site/publisher.ts';
import { CHROMIUM_ARGS, ensureChromium } from './browser.ts';

const outDir = fileURLToPath(new URL('../src/public/og/', import.meta.url));

const escapeHtml = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function card(lang: Lang): string {
  const t = ui(lang);
  const host = new URL(site.url).host;
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
  .tag { border: 3px solid #fff; padding: 6px 18px; font-weight: 700; color: #fff; }
</style></head><body>
  <div class="brand">${escapeHtml(site.logoText)}</div>
  <h1>${escapeHtml(t.home.title)}</h1>
  <div class="foot"><span>${escapeHtml(host)}</span><span class="tag">${lang.toUpperCase()}</span></div>
</body></html>`;
}

async function main() {
  mkdirSync(outDir, { recursive: true });
  const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1200, height: 630 }, deviceScaleFactor: 1 });
    // The card is self-contained: refuse any request, so nothing is fetched from anywhere.
    await page.route('**/*', (route) => route.abort());
    for (const lang of LANGS) {
      await page.setContent(card(lang), { waitUntil: 'load' });
      await page.screenshot({ path: `${outDir}${lang}.png`, type: 'png' });
      console.log(`src/public/og/${lang}.png`);
    }
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(`og-images: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});

// @ts-check
import cloudflare from '@astrojs/cloudflare';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import products from './content/data/exchange/products.json' with { type: 'json' };
import { LANGS } from './src/i18n/languages.ts';
import { knowledgeBaseCheck } from './src/integrations/knowledge-base-check.ts';
import { publisherCheck } from './src/integrations/publisher-check.ts';
import { siteBuild } from './src/integrations/site-build.ts';
import { staticHeaders } from './src/integrations/static-headers.ts';
import { versionSlug } from './src/lib/exchange/lifecycle-view.ts';
import { publisher as site } from './src/lib/site/publisher.ts';
import { paths } from './src/lib/site/urls.ts';

// The reference pages render on demand (live data), so the sitemap learns them from here.
const liveReferencePages = LANGS.flatMap((lang) => [
  paths.builds(lang),
  ...products.map((p) =>
    paths.buildsOf(
      lang,
      versionSlug(/** @type {import('./src/lib/schemas/knowledge.ts').OnPremVersion} */ (p.version)),
    ),
  ),
  paths.vulnerabilities(lang),
  paths.knownExploited(lang),
]).map((path) => new URL(path, site.url).href);

export default defineConfig({
  site: site.url,
  output: 'static',
  publicDir: './src/public',
  trailingSlash: 'ignore',
  adapter: cloudflare({ imageService: 'passthrough' }),
  i18n: {
    locales: ['de', 'fr', 'it', 'en'],
    defaultLocale: /** @type {'de' | 'fr' | 'it' | 'en'} */ (site.defaultLanguage),
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  integrations: [
    publisherCheck(),
    knowledgeBaseCheck(),
    staticHeaders(),
    siteBuild(),
    sitemap({
      customPages: liveReferencePages,
      // Check results are private: never in the sitemap.
      // Error pages are not pages to find either.
      filter: (page) => !/\/check\/[^/]+\/?$|^\/(?:[a-z]{2}\/)?(?:404|500)\/?$/.test(new URL(page).pathname),
    }),
  ],
  build: { inlineStylesheets: 'never', format: 'directory' },
  // Shiki colours code with inline style attributes, which the CSP (style-src 'self') blocks.
  markdown: { syntaxHighlight: false },
  security: { checkOrigin: true },
  // No page keeps state between requests: no session store, so the adapter asks for no KV binding.
  session: false,
});

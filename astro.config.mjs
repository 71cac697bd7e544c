// @ts-check
import cloudflare from '@astrojs/cloudflare';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import site from './content/site.json' with { type: 'json' };
import { knowledgeBaseCheck } from './src/integrations/knowledge-base-check.ts';
import { staticHeaders } from './src/integrations/static-headers.ts';

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
    knowledgeBaseCheck(),
    staticHeaders(),
    sitemap({
      // Check results are private: never in the sitemap.
      filter: (page) => !/\/check\/[^/]+\/?$/.test(new URL(page).pathname),
    }),
  ],
  build: { inlineStylesheets: 'never', format: 'directory' },
  security: { checkOrigin: true },
});

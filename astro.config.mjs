// @ts-check
import cloudflare from '@astrojs/cloudflare';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import site from './content/site.json' with { type: 'json' };

export default defineConfig({
  site: site.url,
  output: 'static',
  trailingSlash: 'ignore',
  adapter: cloudflare({ imageService: 'passthrough' }),
  i18n: {
    locales: ['de', 'fr', 'it', 'en'],
    defaultLocale: site.defaultLanguage,
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  integrations: [
    sitemap({
      // Check results are private: never in the sitemap.
      filter: (page) => !/\/check\/[^/]+\/?$/.test(new URL(page).pathname),
    }),
  ],
  build: { inlineStylesheets: 'never', format: 'directory' },
  security: { checkOrigin: true },
});

import type { AstroIntegration } from 'astro';
import { assertPublishable, publisher } from '../lib/site/publisher.ts';

/**
 * Fails `astro build` while content/site.json still names the placeholder publisher, unless the
 * build is a local one (SITE_BUILD=local, set by npm start). `astro check` and `astro dev` pass.
 */
export function publisherCheck(): AstroIntegration {
  return {
    name: 'exchange-self-check:publisher-check',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command === 'build') assertPublishable(publisher, { SITE_BUILD: process.env.SITE_BUILD });
      },
    },
  };
}

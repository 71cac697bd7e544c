import type { AstroIntegration } from 'astro';
import { validateKnowledgeBase } from '../lib/exchange/validate.ts';

/**
 * Fails the build on a knowledge base record that does not fit its schema or the cross-checks
 * (unknown fixed builds, dates out of order or after the data date, duplicates), before anything
 * is rendered from it.
 */
export function knowledgeBaseCheck(): AstroIntegration {
  return {
    name: 'exchange-self-check:knowledge-base-check',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        const kb = validateKnowledgeBase();
        logger.info(
          `knowledge base valid: ${kb.builds.length} builds, ${kb.cves.length} CVEs, data as of ${kb.meta.dataVersion}`,
        );
      },
    },
  };
}

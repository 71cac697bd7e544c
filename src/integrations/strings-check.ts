import type { AstroIntegration } from 'astro';
import { LANGS } from '../i18n/languages.ts';
import { stringProblems } from '../i18n/strings.ts';

/**
 * Fails the build when a language file of content/i18n/ lacks a key, has one the schema does not
 * know, has an empty text, or uses other placeholders than the English text.
 */
export function stringsCheck(): AstroIntegration {
  return {
    name: 'exchange-self-check:strings-check',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        const problems = stringProblems();
        if (problems.length > 0) {
          throw new Error(`content/i18n: ${problems.length} problem(s):\n${problems.join('\n')}`);
        }
        logger.info(`strings complete in ${LANGS.join(', ')}`);
      },
    },
  };
}

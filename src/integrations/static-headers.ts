import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFileBlock } from '../lib/security-headers.ts';

/**
 * Writes the shared security headers into `_headers`, so that static files (served by Cloudflare
 * without running the Worker) carry the same headers as Worker responses. Open data is meant to
 * be fetched from other origins, so it also gets a read-only CORS header.
 */
export function staticHeaders(): AstroIntegration {
  return {
    name: 'exchange-self-check:static-headers',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const file = fileURLToPath(new URL('_headers', dir));
        const existing = existsSync(file) ? readFileSync(file, 'utf8') : '';
        const block = `${headersFileBlock()}\n\n/data/*\n  Access-Control-Allow-Origin: *\n`;
        appendFileSync(file, `${existing.endsWith('\n') || existing === '' ? '' : '\n'}${block}`);
      },
    },
  };
}

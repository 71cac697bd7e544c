import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The committed list of published URLs (published-urls.txt), without comments and blank lines. */
export function readPublishedUrls(): string[] {
  return readFileSync(fileURLToPath(new URL('published-urls.txt', import.meta.url)), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

import type { APIRoute } from 'astro';
import { publisher as site } from '../../lib/site/publisher.ts';

/** RFC 9116. Expires a year after the build, so a stale deployment is visible as such. */
export const GET: APIRoute = () => {
  const expires = new Date(Date.now() + 365 * 24 * 3600 * 1000).toISOString();
  const body = [
    `Contact: mailto:${site.securityEmail}`,
    `Expires: ${expires}`,
    `Preferred-Languages: ${site.languages.join(', ')}`,
    `Canonical: ${new URL('/.well-known/security.txt', site.url).href}`,
    `Policy: ${new URL('/en/report-abuse/', site.url).href}`,
    '',
  ].join('\n');
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};

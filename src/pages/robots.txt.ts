import type { APIRoute } from 'astro';
import { publisher as site } from '../lib/site/publisher.ts';

// Results are private and noindex; the API is not for crawlers.
export const GET: APIRoute = () =>
  new Response(
    [
      'User-agent: *',
      'Disallow: /api/',
      'Disallow: /*/check/',
      '',
      `Sitemap: ${new URL('/sitemap-index.xml', site.url).href}`,
      '',
    ].join('\n'),
    { headers: { 'Content-Type': 'text/plain; charset=utf-8' } },
  );

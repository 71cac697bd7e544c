import { expect, test } from '@playwright/test';

test.describe('/ sends the visitor to the language the browser prefers', () => {
  for (const [header, lang] of [
    ['de-CH,de;q=0.9', 'de'],
    ['fr-FR,fr;q=0.9,en;q=0.5', 'fr'],
    ['it', 'it'],
    ['ja', 'en'],
  ] as const) {
    test(`Accept-Language: ${header} → /${lang}/`, async ({ request }) => {
      const res = await request.get('/', { headers: { 'Accept-Language': header }, maxRedirects: 0 });
      expect(res.status()).toBe(302);
      expect(res.headers().location).toBe(`/${lang}/`);
      expect(res.headers().vary).toContain('Accept-Language');
      expect(res.headers()['content-security-policy']).toContain("default-src 'self'");
    });
  }
});

import { describe, expect, it } from 'vitest';
import app from '../../functions/app.ts';

describe('API basics inside workerd', () => {
  it('GET /api/health answers ok with the data version', async () => {
    const res = await app.request('/api/health');
    expect(res.status).toBe(200);
    const body = (await res.json()) as { status: string; dataVersion: string; data: { version: string } };
    expect(body).toMatchObject({ status: 'ok', dataVersion: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    expect(body.data.version).toBe(body.dataVersion);
    expect(navigator.userAgent).toBe('Cloudflare-Workers');
  });

  it('carries the security headers on API responses', async () => {
    const res = await app.request('/api/health');
    expect(res.headers.get('Content-Security-Policy')).toContain("default-src 'self'");
    expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(res.headers.get('Strict-Transport-Security')).toMatch(/max-age=\d+/);
  });

  it('names the data version in a header on every API answer', async () => {
    for (const path of ['/api/health', '/api/v1/openapi.json', '/api/nope']) {
      expect((await app.request(path)).headers.get('X-Data-Version')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('allows read-only cross-origin use', async () => {
    const res = await app.request('/api/health', { headers: { Origin: 'https://cert.example' } });
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
  });

  it('answers unknown API paths with a JSON 404 carrying the data version', async () => {
    const res = await app.request('/api/nope');
    expect(res.status).toBe(404);
    const body = (await res.json()) as { dataVersion: string; error: { code: string } };
    expect(body.error.code).toBe('not_found');
    expect(body.dataVersion).toMatch(/^\d{4}-/);
  });
});

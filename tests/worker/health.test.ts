import { describe, expect, it } from 'vitest';
import app from '../../functions/app.ts';

describe('GET /api/health inside workerd', () => {
  it('answers ok with the data version', async () => {
    const res = await app.request('/api/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', dataVersion: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    expect(typeof navigator !== 'undefined' && navigator.userAgent).toBe('Cloudflare-Workers');
  });
});

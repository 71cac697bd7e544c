/**
 * The OpenAPI document is generated from the zod schemas the handlers validate with; here it must
 * be a valid OpenAPI 3.1 document and describe every endpoint and status of the public contract.
 */
import { Validator } from '@seriousme/openapi-schema-validator';
import { beforeAll, describe, expect, it } from 'vitest';
import app from '../../../functions/app.ts';

type Doc = { openapi: string; paths: Record<string, Record<string, { responses: Record<string, unknown> }>> };
let doc: Doc;

beforeAll(async () => {
  const res = await app.request('/api/v1/openapi.json');
  expect(res.status).toBe(200);
  doc = (await res.json()) as Doc;
});

describe('GET /api/v1/openapi.json', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    const result = await new Validator().validate(doc as unknown as Parameters<Validator['validate']>[0]);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(doc.openapi).toMatch(/^3\.1\./);
  });

  // The endpoints and statuses of docs/api.md.
  const contract: Array<[path: string, method: string, statuses: string[]]> = [
    ['/api/health', 'get', ['200']],
    ['/api/v1/checks', 'post', ['201', '400', '429', '503']],
    ['/api/v1/checks/{id}', 'get', ['200', '404']],
    ['/api/v1/checks/{id}', 'delete', ['204', '404']],
    ['/api/v1/assessments', 'get', ['200', '400']],
    ['/api/v1/campaigns', 'post', ['202', '400', '401']],
    ['/api/v1/campaigns', 'get', ['200', '401']],
    ['/api/v1/campaigns/{id}', 'get', ['200', '401', '404']],
    ['/api/v1/campaigns/{id}', 'delete', ['204', '401', '404']],
    ['/api/v1/campaigns/{id}/results', 'get', ['200', '401', '404']],
    ['/api/v1/campaigns/{id}/recheck', 'post', ['202', '401', '404']],
    ['/api/v1/campaigns/{id}/letters', 'get', ['200', '401', '404']],
  ];
  it.each(contract)('describes %s %s', (path, method, statuses) => {
    const operation = doc.paths[path]?.[method];
    expect(operation, `${method} ${path}`).toBeDefined();
    for (const status of statuses) expect(Object.keys(operation?.responses ?? {})).toContain(status);
  });

  it('describes the second milestone: latestPublic, dataStale, per-build verdicts, links, list params', () => {
    const schemas = (
      doc as unknown as { components: { schemas: Record<string, { properties?: Record<string, unknown> }> } }
    ).components.schemas;
    const props = (name: string) => Object.keys(schemas[name]?.properties ?? {});
    expect(props('Assessment')).toEqual(
      expect.arrayContaining(['latestPublic', 'dataStale', 'rulesVersion', 'answers']),
    );
    expect(props('SeenBuild')).toEqual(expect.arrayContaining(['verdict', 'kevOpen', 'confirmedOpen']));
    expect(props('CheckResult')).toEqual(expect.arrayContaining(['links', 'rulesVersion']));
    expect(JSON.stringify(schemas.AdviceStep)).toContain('"type":"array"');
    expect(JSON.stringify(schemas.Assessment)).toContain('2007');
  });

  it('puts every campaign endpoint behind the bearer scheme', () => {
    const schemes = (doc as unknown as { components: { securitySchemes: Record<string, unknown> } }).components
      .securitySchemes;
    expect(schemes.bearerAuth).toMatchObject({ type: 'http', scheme: 'bearer' });
    const campaignOps = Object.entries(doc.paths)
      .filter(([path]) => path.startsWith('/api/v1/campaigns'))
      .flatMap(([, ops]) => Object.values(ops) as Array<{ security?: unknown }>);
    expect(campaignOps.length).toBe(7);
    for (const op of campaignOps) expect(op.security).toEqual([{ bearerAuth: [] }]);
  });

  it('gives every operation a unique operationId, an explicit security requirement and a 500', () => {
    const operations = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.entries(ops).map(([method, op]) => ({
        where: `${method} ${path}`,
        ...(op as { operationId?: string; security?: unknown[]; responses: Record<string, unknown> }),
      })),
    );
    expect(operations.length).toBeGreaterThanOrEqual(12);
    for (const op of operations) {
      expect(op.operationId, op.where).toMatch(/^[a-z][A-Za-z]+$/);
      expect(Array.isArray(op.security), op.where).toBe(true);
    }
    expect(new Set(operations.map((op) => op.operationId)).size).toBe(operations.length);
    for (const op of operations.filter((o) => !o.where.includes('/campaigns'))) {
      expect(Object.keys(op.responses), op.where).toContain('500');
    }
  });

  it('names the servers, and declares Retry-After and RateLimit headers on a 429', () => {
    const servers = (doc as unknown as { servers: Array<{ url: string }> }).servers;
    expect(servers.map((server) => server.url)).toEqual(['http://localhost']);
    const tooMany = doc.paths['/api/v1/checks']?.post?.responses['429'] as { headers: Record<string, unknown> };
    expect(Object.keys(tooMany.headers)).toEqual(
      expect.arrayContaining(['Retry-After', 'RateLimit-Policy', 'RateLimit']),
    );
  });

  it('names the contract schemas as components', () => {
    const text = JSON.stringify(doc);
    for (const name of ['CheckResult', 'Assessment', 'Evidence', 'Vulnerability', 'Error']) {
      expect(text).toContain(`#/components/schemas/${name}`);
    }
  });
});

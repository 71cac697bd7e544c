import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { invalidBuild } from '../../src/lib/errors.ts';
import { assess } from '../../src/lib/exchange/assess.ts';
import { dataVersion } from '../../src/lib/exchange/knowledge.ts';
import { MAX_BUILD_INPUT } from '../../src/lib/limits.ts';
import { AssessmentResponse } from '../../src/lib/schemas/api.ts';
import { isoDay } from '../../src/lib/today.ts';
import { errorResponse, PUBLIC, serverErrorResponse } from './responses.ts';

const route = createRoute({
  method: 'get',
  path: '/api/v1/assessments',
  operationId: 'assessBuild',
  tags: ['assessments'],
  security: PUBLIC,
  summary: 'Assess a build number entered by hand',
  description:
    'For servers that cannot be reached from the internet: the build from the Health Checker or `Get-Command ExSetup.exe | ForEach-Object { $_.FileVersionInfo }` (update precision), or `Version 15.2 (Build 1748.24)` as Get-ExchangeServer prints it, which tells the cumulative update only (CU precision).',
  request: {
    query: z.object({
      build: z
        .string()
        .max(MAX_BUILD_INPUT)
        .meta({ param: { name: 'build', in: 'query' }, example: '15.2.1748.24' }),
    }),
  },
  responses: {
    200: { description: 'The assessment', content: { 'application/json': { schema: AssessmentResponse } } },
    400: errorResponse('invalid_build'),
    500: serverErrorResponse(),
  },
});

export const assessments = new OpenAPIHono<{ Bindings: Env }>({
  defaultHook: (result) => {
    if (!result.success) {
      throw invalidBuild(
        'Add a build number, like ?build=15.2.1748.24 (or 15.2.1748, or "Version 15.2 (Build 1748.24)").',
      );
    }
  },
}).openapi(route, (c) => {
  return c.json({ dataVersion: dataVersion(), assessment: assess(c.req.valid('query').build, isoDay()) }, 200);
});

import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { LANGS } from '../../src/i18n/languages.ts';
import { currentDataVersion } from '../../src/lib/data-version.ts';
import { invalidRequest } from '../../src/lib/errors.ts';
import { Campaign, CampaignList, CampaignRequest, ResultsResponse } from '../../src/lib/schemas/campaign.ts';
import { ownerOfBearer } from '../campaigns/auth.ts';
import {
  campaignResults,
  createCampaign,
  listOwnCampaigns,
  readCampaign,
  recheckCampaign,
  removeCampaign,
  resultsBody,
  resultsCsv,
} from '../campaigns/service.ts';
import type { TokenOwner } from '../store/tokens.ts';
import { errorResponse, IdParam } from './responses.ts';

/** The largest upload read: 10,000 lines of host, organisation, language and reference. */
const MAX_BODY_BYTES = 5 * 1024 * 1024;

const security = [{ bearerAuth: [] }];
const unauthorizedAnswer = errorResponse('unauthorized: no token, or not a valid one');
const notFoundAnswer = errorResponse('not_found: no campaign with this id for this token');

const create = createRoute({
  method: 'post',
  path: '/api/v1/campaigns',
  operationId: 'createCampaign',
  summary: 'Start a campaign: check many servers',
  description:
    'JSON, or text/csv with the header row host,organisation,language,reference and ?name=. Up to 10,000 targets; every line goes through the same normalisation, guard and opt-out list as a public check. Lines that cannot be checked are listed in `rejected` with their line (CSV: 1-based, header included; JSON: 0-based index) and code. Each target is then checked through a queue, paced per registrable domain.',
  security,
  request: {
    query: z.object({ name: z.string().optional() }),
    body: {
      required: false,
      content: {
        'application/json': { schema: CampaignRequest },
        'text/csv': {
          schema: z.string().meta({ example: 'host,organisation,language,reference\nmail.gemeinde.ch,Gemeinde,de,42' }),
        },
      },
    },
  },
  responses: {
    202: {
      description: 'The campaign, queued',
      headers: z.object({ Location: z.string() }),
      content: { 'application/json': { schema: Campaign } },
    },
    400: errorResponse('invalid_request: not JSON, no targets, more than 10,000, no header row, no name'),
    401: unauthorizedAnswer,
  },
});

const list = createRoute({
  method: 'get',
  path: '/api/v1/campaigns',
  operationId: 'listCampaigns',
  summary: "This token's campaigns, newest first",
  security,
  responses: {
    200: { description: 'The campaigns', content: { 'application/json': { schema: CampaignList } } },
    401: unauthorizedAnswer,
  },
});

const read = createRoute({
  method: 'get',
  path: '/api/v1/campaigns/{id}',
  operationId: 'getCampaign',
  summary: 'A campaign and its progress',
  security,
  request: { params: IdParam },
  responses: {
    200: { description: 'The campaign', content: { 'application/json': { schema: Campaign } } },
    401: unauthorizedAnswer,
    404: notFoundAnswer,
  },
});

const results = createRoute({
  method: 'get',
  path: '/api/v1/campaigns/{id}/results',
  operationId: 'getCampaignResults',
  summary: 'One row per checked target of the latest wave, as JSON or CSV',
  description:
    'CSV with `Accept: text/csv` or `?format=csv`: the columns host, organisation, reference, language, outcome, reason, build, verdict, supported, kevOpen, confirmedOpen, checkedAt, resultId, page, previousVerdict.',
  security,
  request: { params: IdParam, query: z.object({ format: z.enum(['json', 'csv']).optional() }) },
  responses: {
    200: {
      description: 'The results',
      content: { 'application/json': { schema: ResultsResponse }, 'text/csv': { schema: z.string() } },
    },
    401: unauthorizedAnswer,
    404: notFoundAnswer,
  },
});

const recheck = createRoute({
  method: 'post',
  path: '/api/v1/campaigns/{id}/recheck',
  operationId: 'recheckCampaign',
  summary: 'Check every target again (a new wave)',
  description:
    'status, checked, counts and finishedAt then describe the new wave; each result row carries previousVerdict and a new resultId.',
  security,
  request: { params: IdParam },
  responses: {
    202: { description: 'The campaign, its new wave queued', content: { 'application/json': { schema: Campaign } } },
    401: unauthorizedAnswer,
    404: notFoundAnswer,
  },
});

const remove = createRoute({
  method: 'delete',
  path: '/api/v1/campaigns/{id}',
  operationId: 'deleteCampaign',
  summary: 'Delete a campaign, its targets and every check result it wrote',
  security,
  request: { params: IdParam },
  responses: { 204: { description: 'Gone' }, 401: unauthorizedAnswer, 404: notFoundAnswer },
});

/** Served by the site's letters page (functions/index.ts hands the path to Astro); documented here. */
export const lettersRoute = createRoute({
  method: 'get',
  path: '/api/v1/campaigns/{id}/letters',
  operationId: 'getCampaignLetters',
  summary: 'Printable letters, one per checked target, in its language',
  description:
    'text/html with print CSS (A4): one element per letter whose lang attribute is its language. `lang` applies to targets without a language; `deadline` (YYYY-MM-DD) is the date the letters ask the update to be installed by.',
  security,
  request: {
    params: IdParam,
    query: z.object({
      lang: z.enum(LANGS).optional(),
      deadline: z.string().optional().meta({ example: '2026-12-31' }),
    }),
  },
  responses: {
    200: { description: 'The letters', content: { 'text/html': { schema: z.string() } } },
    401: unauthorizedAnswer,
    404: notFoundAnswer,
  },
});

async function readUpload(req: Request): Promise<string> {
  const declared = Number(req.headers.get('Content-Length') ?? '0');
  if (declared > MAX_BODY_BYTES)
    throw invalidRequest('The upload is larger than 5 MB. Split it into several campaigns.');
  const text = await req.text();
  if (text.length > MAX_BODY_BYTES)
    throw invalidRequest('The upload is larger than 5 MB. Split it into several campaigns.');
  return text;
}

const wantsCsv = (accept: string | undefined, format: string | undefined) =>
  format === 'csv' || (format === undefined && /(^|,)\s*text\/csv/i.test(accept ?? ''));

export const campaigns = new OpenAPIHono<{ Bindings: Env; Variables: { owner: TokenOwner } }>({
  defaultHook: (result) => {
    if (!result.success) {
      throw invalidRequest(
        'Send {"name": "...", "targets": [{"host": "mail.example.ch"}]} as application/json, or text/csv with ?name=. See /api/v1/openapi.json.',
      );
    }
  },
});

campaigns.use('/api/v1/campaigns', async (c, next) => {
  c.set('owner', await ownerOfBearer(c.env, c.req.header('Authorization')));
  await next();
});
campaigns.use('/api/v1/campaigns/*', async (c, next) => {
  c.set('owner', await ownerOfBearer(c.env, c.req.header('Authorization')));
  await next();
});

campaigns
  .openapi(create, async (c) => {
    const type = c.req.header('Content-Type') ?? '';
    const owner = c.get('owner');
    const campaign = /^text\/csv\b/i.test(type)
      ? await createCampaign(c.env, owner, {
          kind: 'csv',
          text: await readUpload(c.req.raw),
          name: c.req.valid('query').name,
        })
      : await createCampaign(c.env, owner, { kind: 'json', body: c.req.valid('json') });
    c.header('Location', `/api/v1/campaigns/${campaign.id}`);
    return c.json(campaign, 202);
  })
  .openapi(list, async (c) =>
    c.json({ dataVersion: currentDataVersion(), campaigns: await listOwnCampaigns(c.env, c.get('owner')) }, 200),
  )
  .openapi(read, async (c) => c.json(await readCampaign(c.env, c.get('owner'), c.req.valid('param').id), 200))
  .openapi(results, async (c) => {
    const { campaign, results } = await campaignResults(c.env, c.get('owner'), c.req.valid('param').id);
    if (wantsCsv(c.req.header('Accept'), c.req.valid('query').format)) {
      return c.body(resultsCsv(results), 200, {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="campaign-${campaign.id}-wave-${campaign.wave}.csv"`,
      });
    }
    return c.json(resultsBody(campaign, results), 200);
  })
  .openapi(recheck, async (c) => c.json(await recheckCampaign(c.env, c.get('owner'), c.req.valid('param').id), 202))
  .openapi(remove, async (c) => {
    await removeCampaign(c.env, c.get('owner'), c.req.valid('param').id);
    return c.body(null, 204);
  });

campaigns.openAPIRegistry.registerPath(lettersRoute);
campaigns.openAPIRegistry.registerComponent('securitySchemes', 'bearerAuth', {
  type: 'http',
  scheme: 'bearer',
  description: 'A campaign API token (npm run campaign:token); only its hash is stored.',
});

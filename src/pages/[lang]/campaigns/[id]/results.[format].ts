import type { APIRoute } from 'astro';
import { campaignResults, resultsBody, resultsCsv } from '../../../../../functions/campaigns/service.ts';
import { signedIn, toSignIn } from '../../../../components/campaigns/server.ts';
import { isAppError, markPrivate, notALanguage, pageLang, workerEnv } from '../../../../components/result/server.ts';

export const prerender = false;

const TYPES = { csv: 'text/csv; charset=utf-8', json: 'application/json; charset=utf-8' } as const;

/** results.csv and results.json for the signed-in CERT: the same files as the API's. */
export const GET: APIRoute = async ({ params, request }) => {
  const lang = pageLang(params.lang);
  const format = params.format === 'csv' || params.format === 'json' ? params.format : null;
  if (!lang || !format) return notALanguage();
  const owner = await signedIn(request);
  if (!owner) return toSignIn(lang);
  try {
    const { campaign, results } = await campaignResults(workerEnv(), owner, params.id ?? '');
    const headers = new Headers({
      'Content-Type': TYPES[format],
      'Content-Disposition': `attachment; filename="campaign-${campaign.id}-wave-${campaign.wave}.${format}"`,
    });
    markPrivate(headers);
    const body = format === 'csv' ? resultsCsv(results) : JSON.stringify(resultsBody(campaign, results));
    return new Response(body, { headers });
  } catch (error) {
    if (isAppError(error)) return new Response('Not found', { status: 404 });
    throw error;
  }
};

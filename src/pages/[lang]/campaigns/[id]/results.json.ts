import type { APIRoute } from 'astro';
import { campaignResults, resultsBody } from '../../../../../functions/campaigns/service.ts';
import { signedIn, toSignIn } from '../../../../components/campaigns/server.ts';
import { isAppError, markPrivate, notALanguage, pageLang, workerEnv } from '../../../../components/result/server.ts';

export const prerender = false;

/** The results as JSON for the signed-in CERT: the same body as the API's. */
export const GET: APIRoute = async ({ params, request }) => {
  const lang = pageLang(params.lang);
  if (!lang) return notALanguage();
  const owner = await signedIn(request);
  if (!owner) return toSignIn(lang);
  try {
    const { campaign, results } = await campaignResults(workerEnv(), owner, params.id ?? '');
    const headers = new Headers({
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="campaign-${campaign.id}-wave-${campaign.wave}.json"`,
    });
    markPrivate(headers);
    return new Response(JSON.stringify(resultsBody(campaign, results)), { headers });
  } catch (error) {
    if (isAppError(error)) return new Response('Not found', { status: 404 });
    throw error;
  }
};

import type { APIRoute } from 'astro';
import { campaignResults, resultsCsv } from '../../../../../functions/campaigns/service.ts';
import { signedIn, toSignIn } from '../../../../components/campaigns/server.ts';
import { isAppError, markPrivate, notALanguage, pageLang, workerEnv } from '../../../../components/result/server.ts';

export const prerender = false;

/** The results as CSV for the signed-in CERT: the same file as the API's. */
export const GET: APIRoute = async ({ params, request }) => {
  const lang = pageLang(params.lang);
  if (!lang) return notALanguage();
  const owner = await signedIn(request);
  if (!owner) return toSignIn(lang);
  try {
    const { campaign, results } = await campaignResults(workerEnv(), owner, params.id ?? '');
    const headers = new Headers({
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="campaign-${campaign.id}-wave-${campaign.wave}.csv"`,
    });
    markPrivate(headers);
    return new Response(resultsCsv(results), { headers });
  } catch (error) {
    if (isAppError(error)) return new Response('Not found', { status: 404 });
    throw error;
  }
};

/**
 * The words the enhanced check form (src/public/js/check-form.js) needs in the page's language:
 * progress steps, the error summary and the error messages by code. A static file per language,
 * so that the script carries no copy of the texts.
 */
import type { APIRoute } from 'astro';
import { errorMessage, LANGS, type Lang, strings } from '../../i18n/index.ts';
import { ErrorCode } from '../../lib/schemas/api.ts';

export function getStaticPaths() {
  return LANGS.map((lang) => ({ params: { lang } }));
}

export const GET: APIRoute = ({ params }) => {
  const lang = params.lang as Lang;
  const t = strings(lang).result.progress;
  const errors = Object.fromEntries(ErrorCode.options.map((code) => [code, errorMessage(lang, code)]));
  return new Response(
    JSON.stringify({
      progress: t,
      summaryTitle: strings(lang).ui.errors.summaryTitle,
      errorPrefix: strings(lang).ui.errors.prefix,
      errors,
    }),
    { headers: { 'Content-Type': 'application/json; charset=utf-8' } },
  );
};

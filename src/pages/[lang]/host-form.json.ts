/**
 * The words the enhanced host form (src/public/js/host-form.js) needs in the page's language:
 * progress steps, the error summary and the error messages by code. A static file per language,
 * so that the script carries no copy of the texts.
 */
import type { APIRoute } from 'astro';
import { message } from '../../components/result/texts.ts';
import { LANGS, type Lang, ui } from '../../i18n/index.ts';
import { judgedUi } from '../../i18n/judged.ts';
import { resultUi } from '../../i18n/result.ts';
import { ErrorCode } from '../../lib/schemas/api.ts';

export function getStaticPaths() {
  return LANGS.map((lang) => ({ params: { lang } }));
}

/** The whole check's deadline (CHECK_DEADLINE_MS in wrangler.toml), for the expected duration. */
const DEADLINE_SECONDS = 10;

export const GET: APIRoute = ({ params }) => {
  const lang = params.lang as Lang;
  const t = resultUi(lang).progress;
  const errors = {
    ...Object.fromEntries(ErrorCode.options.map((code) => [code, message(lang, `error.${code}`)])),
    email_address: judgedUi(lang).form.emailAddress,
  };
  return new Response(
    JSON.stringify({
      progress: { ...t, expected: t.expected.replace('{seconds}', String(DEADLINE_SECONDS)) },
      summaryTitle: ui(lang).errors.summaryTitle,
      errorPrefix: ui(lang).errors.prefix,
      errors,
    }),
    { headers: { 'Content-Type': 'application/json; charset=utf-8' } },
  );
};

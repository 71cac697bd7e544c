/**
 * The error messages by code that the enhanced host form (src/components/host-form.ts) shows in
 * place of a POST's error page, in the page's language: a static file per language, so that the
 * script carries no copy of the texts and pages do not carry every message.
 */
import type { APIRoute } from 'astro';

import { errorMessage, LANGS, type Lang, strings } from '../../i18n/index.ts';

import { ErrorCode } from '../../lib/schemas/api.ts';

export function getStaticPaths() {
  return LANGS.map((lang) => ({ params: { lang } }));
}

export const GET: APIRoute = ({ params }) => {
  const lang = params.lang as Lang;
  const errors = {
    ...Object.fromEntries(ErrorCode.options.map((code) => [code, errorMessage(lang, code)])),
    email_address: strings(lang).ui.errors.emailAddress,
  };
  return new Response(
    JSON.stringify({
      errors,
    }),
    { headers: { 'Content-Type': 'application/json; charset=utf-8' } },
  );
};

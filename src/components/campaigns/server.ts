/**
 * Server-side glue of the CERT pages: who is signed in (the session cookie), the start that the
 * pages of a signed-in CERT share, the cookie itself, and the form fields read from a request. The session cookie is HttpOnly, Secure and
 * SameSite=Strict, so no script can read it and no other site's form can send it.
 */
import type { AstroGlobal } from 'astro';
import { ownerOfCookie, SESSION_COOKIE } from '../../../functions/campaigns/auth.ts';
import { SESSION_HOURS, type TokenOwner } from '../../../functions/store/tokens.ts';
import { isLang, type Lang } from '../../i18n/index.ts';
import { Deadline } from '../../lib/schemas/campaign.ts';
import { paths } from '../../lib/site/urls.ts';
import { markPrivate, notALanguage, pageLang, workerEnv } from '../result/server.ts';

/** `/{lang}/campaigns/` (paths.campaigns), or a page below it. */
export const campaignsPath = (lang: Lang, ...rest: string[]) =>
  rest.length === 0 ? paths.campaigns(lang) : `${paths.campaigns(lang)}${rest.join('/')}`;

export function signedIn(request: Request): Promise<TokenOwner | null> {
  return ownerOfCookie(workerEnv(), request.headers.get('Cookie'));
}

export const sessionCookie = (secret: string) =>
  `${SESSION_COOKIE}=${secret}; Path=/; HttpOnly; Secure; SameSite=Strict; Max-Age=${SESSION_HOURS * 3600}`;

export const clearedSessionCookie = () => `${SESSION_COOKIE}=; Path=/; HttpOnly; Secure; SameSite=Strict; Max-Age=0`;

/** A 303 to the sign-in page, for a page that needs a session and has none (or an expired one). */
export const toSignIn = (lang: Lang) => new Response(null, { status: 303, headers: { Location: campaignsPath(lang) } });

/**
 * The start of a page of a signed-in CERT: the page's language, marked private (not cached, not
 * indexed) and who is signed in; or the answer to send instead (404 for a path that is not a
 * language, 303 to the sign-in page without a session).
 */
export async function signedInPage(
  astro: Pick<AstroGlobal, 'params' | 'request' | 'response'>,
): Promise<{ lang: Lang; owner: TokenOwner } | { answer: Response }> {
  const lang = pageLang(astro.params.lang);
  if (!lang) return { answer: notALanguage() };
  markPrivate(astro.response.headers);
  const owner = await signedIn(astro.request);
  if (!owner) return { answer: toSignIn(lang) };
  return { lang, owner };
}

/** A text field of a form body, cut to a sane length; '' when absent or not text. */
export function field(form: FormData | null, name: string, max = 500): string {
  const value = form?.get(name);
  return typeof value === 'string' ? value.slice(0, max) : '';
}

export async function formOf(request: Request): Promise<FormData | null> {
  try {
    return await request.formData();
  } catch {
    return null;
  }
}

/**
 * The letters' query: `lang` for targets without a language (else the page's), `deadline` as
 * YYYY-MM-DD (anything else is ignored), `target` to print one letter alone (its position).
 */
export function lettersQuery(
  url: URL,
  pageLang: Lang,
): { fallback: Lang; deadline: string | undefined; target: number | null } {
  const lang = url.searchParams.get('lang');
  const deadline = url.searchParams.get('deadline') ?? '';
  const target = url.searchParams.get('target');
  return {
    fallback: isLang(lang) ? lang : pageLang,
    deadline: Deadline.safeParse(deadline).success && deadline !== '' ? deadline : undefined,
    target: target !== null && /^\d{1,5}$/.test(target) ? Number(target) : null,
  };
}

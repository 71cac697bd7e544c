/**
 * Who is asking, for campaign endpoints: the API takes `Authorization: Bearer <token>`, the CERT
 * pages of the site a session cookie opened by signing in with that token. Either way the answer
 * is the token's owner, or 401 `unauthorized`.
 */
import { unauthorized } from '../../src/lib/errors.ts';
import { ownerOfSession, ownerOfToken, type TokenOwner } from '../store/tokens.ts';

export const SESSION_COOKIE = '__Host-campaign-session';

const NO_TOKEN =
  'Send your campaign API token as "Authorization: Bearer <token>". Tokens are issued by the operators of this site (npm run campaign:token).';

export async function ownerOfBearer(env: Env, authorization: string | null | undefined): Promise<TokenOwner> {
  const match = /^Bearer ([A-Za-z0-9_-]{1,200})$/.exec(authorization?.trim() ?? '');
  const owner = match?.[1] ? await ownerOfToken(env.DB, match[1]) : null;
  if (!owner) throw unauthorized(NO_TOKEN);
  return owner;
}

/** The session cookie's value from a Cookie header, if any. */
export function sessionFromCookie(cookie: string | null | undefined): string | null {
  for (const part of (cookie ?? '').slice(0, 8000).split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === SESSION_COOKIE) return value.join('=');
  }
  return null;
}

export async function ownerOfCookie(
  env: Env,
  cookie: string | null | undefined,
  nowMs = Date.now(),
): Promise<TokenOwner | null> {
  const secret = sessionFromCookie(cookie);
  return secret ? ownerOfSession(env.DB, secret, nowMs) : null;
}

/**
 * API tokens of CERTs and the site's sign-in sessions, in D1. Only SHA-256 hashes of the secrets
 * are stored: a copy of the database opens nothing. Tokens are created and revoked with
 * `npm run campaign:token` (scripts/campaign-token.ts), which writes the same rows.
 */
import { randomBase64url, sha256Hex } from '../../src/lib/random.ts';

export interface TokenOwner {
  id: string;
  name: string;
}

/** A token as `npm run campaign:token` prints it: 256 random bits, 43 base64url characters. */
export const TOKEN_BYTES = 32;
export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{20,200}$/;

/** How long a site session lasts without signing in again. */
export const SESSION_HOURS = 8;

export async function ownerOfToken(db: D1Database, token: string): Promise<TokenOwner | null> {
  if (!TOKEN_PATTERN.test(token)) return null;
  return db
    .prepare('SELECT id, name FROM api_tokens WHERE token_hash = ? AND revoked_at IS NULL')
    .bind(await sha256Hex(token))
    .first<TokenOwner>();
}

/** Creates a token (tests and the token script); returns the secret, shown once. */
export async function createToken(db: D1Database, name: string, nowMs: number): Promise<{ token: string; id: string }> {
  const token = randomBase64url(TOKEN_BYTES);
  const id = randomBase64url(12);
  await db
    .prepare('INSERT INTO api_tokens (id, name, token_hash, created_at) VALUES (?, ?, ?, ?)')
    .bind(id, name, await sha256Hex(token), nowMs)
    .run();
  return { token, id };
}

/** A new session for a token's owner; returns the cookie value (its hash is what is stored). */
export async function openSession(db: D1Database, owner: TokenOwner, nowMs: number): Promise<string> {
  const secret = randomBase64url(32);
  await db.batch([
    db.prepare('DELETE FROM campaign_sessions WHERE expires_at <= ?').bind(nowMs),
    db
      .prepare('INSERT INTO campaign_sessions (session_hash, token_id, expires_at) VALUES (?, ?, ?)')
      .bind(await sha256Hex(secret), owner.id, nowMs + SESSION_HOURS * 3600_000),
  ]);
  return secret;
}

export async function ownerOfSession(db: D1Database, secret: string, nowMs: number): Promise<TokenOwner | null> {
  if (!TOKEN_PATTERN.test(secret)) return null;
  return db
    .prepare(
      `SELECT t.id AS id, t.name AS name FROM campaign_sessions s JOIN api_tokens t ON t.id = s.token_id
       WHERE s.session_hash = ? AND s.expires_at > ? AND t.revoked_at IS NULL`,
    )
    .bind(await sha256Hex(secret), nowMs)
    .first<TokenOwner>();
}

export async function closeSession(db: D1Database, secret: string): Promise<void> {
  if (!TOKEN_PATTERN.test(secret)) return;
  await db
    .prepare('DELETE FROM campaign_sessions WHERE session_hash = ?')
    .bind(await sha256Hex(secret))
    .run();
}

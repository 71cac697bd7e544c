/** Random secrets and ids: base64url without padding, from the platform's CSPRNG (Workers and Node alike). */
export function randomBase64url(bytes: number): string {
  const values = crypto.getRandomValues(new Uint8Array(bytes));
  let binary = '';
  for (const b of values) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** SHA-256 of a text, lower-case hex: what is stored of a token or a session, never the secret. */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

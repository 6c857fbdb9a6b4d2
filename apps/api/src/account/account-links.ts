import { createHash, randomBytes } from 'node:crypto';

/** A secret for a link or a cookie: 32 random bytes, and the SHA-256 that is all the database keeps. */
export function newSecret(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: sha256(token) };
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** A token as we issue it: 43 base64url characters. Anything else is refused before any lookup. */
export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

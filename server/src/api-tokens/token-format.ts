import { generateSecureRandomString } from '../auth/session-token';

/**
 * A token reads `levain_<id>_<secret>`: the prefix lets secret scanners (GitHub, GitGuardian) and
 * people recognise it; the id is public and looked up, the secret only compared with its hash.
 */
const PREFIX = 'levain_';

export function newApiToken(): { id: string; secret: string; token: string } {
  const id = generateSecureRandomString();
  const secret = generateSecureRandomString();
  return { id, secret, token: `${PREFIX}${id}_${secret}` };
}

export function parseApiToken(token: string): { id: string; secret: string } | null {
  if (!token.startsWith(PREFIX) || token.length > 200) return null;
  const [id, secret, ...rest] = token.slice(PREFIX.length).split('_');
  if (!id || !secret || rest.length > 0) return null;
  return { id, secret };
}

/** The token of an `Authorization: Bearer …` header, or null when the request has none. */
export function bearerToken(authorization: string | null | undefined): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  return match ? match[1]! : null;
}

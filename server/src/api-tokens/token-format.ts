import { randomUUID } from 'node:crypto';
import { generateSecureRandomString } from '../auth/session-token';

/**
 * A token reads `levain_<id>_<secret>`: the prefix lets secret scanners (GitHub, GitGuardian) and
 * people recognise it; the id is public and looked up, the secret only compared with its hash.
 */
const PREFIX = 'levain_';

const TOKEN = /^levain_([0-9a-f]{32})_([a-z2-7]{20,60})$/;

/** The id is the row's random UUID (written without dashes); the secret is Lucia's 120 random bits. */
export function newApiToken(): { id: string; secret: string; token: string } {
  const id = randomUUID();
  const secret = generateSecureRandomString();
  return { id, secret, token: `${PREFIX}${id.replaceAll('-', '')}_${secret}` };
}

export function parseApiToken(token: string): { id: string; secret: string } | null {
  const match = TOKEN.exec(token);
  if (!match) return null;
  const hex = match[1]!;
  const id = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  return { id, secret: match[2]! };
}

/** The token of an `Authorization: Bearer …` header, or null when the request has none. */
export function bearerToken(authorization: string | null | undefined): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  return match ? match[1]! : null;
}

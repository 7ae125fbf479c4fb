import { randomBytes } from 'node:crypto';
import { sign, verify } from '../mail/secret';
import type { Services } from '../services';
import { readCookie } from './cookies';

export const DEVICE_COOKIE = 'levain_device';
const PURPOSE = 'known-device';
const YEAR_SECONDS = 365 * 24 * 3600;

/**
 * A browser where someone signed in before carries a signed note of it. Failed sign-ins from that
 * browser are not counted against the account, so strangers guessing elsewhere never slow its
 * owner down there.
 */
export async function knownDeviceCookie(services: Services, userId: string): Promise<string> {
  const nonce = randomBytes(12).toString('base64url');
  const value = `${nonce}.${await sign(services, PURPOSE, `${nonce}:${userId}`)}`;
  const secure = new URL(services.config.publicUrl).protocol === 'https:' ? '; Secure' : '';
  return `${DEVICE_COOKIE}=${value}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${YEAR_SECONDS}${secure}`;
}

export async function isKnownDevice(
  services: Services,
  cookieHeader: string | null,
  userId: string | undefined,
): Promise<boolean> {
  const [nonce, signature, ...rest] = (readCookie(cookieHeader, DEVICE_COOKIE) ?? '').split('.');
  if (!userId || !nonce || !signature || rest.length) return false;
  return verify(services, PURPOSE, `${nonce}:${userId}`, signature);
}

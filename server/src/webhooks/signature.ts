import { createHmac } from 'node:crypto';

/**
 * `Levain-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>" under the webhook's secret>`.
 * The timestamp is signed with the body, so a receiver that refuses signatures older than a few
 * minutes cannot be fed a recorded delivery again (the Stripe scheme).
 */
export const SIGNATURE_HEADER = 'levain-signature';

export function signatureOf(secret: string, timestamp: number, body: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
}

export function signatureHeader(secret: string, timestamp: number, body: string): string {
  return `t=${timestamp},v1=${signatureOf(secret, timestamp, body)}`;
}

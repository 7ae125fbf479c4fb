import { createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';
import { schema } from '@levain/db';
import { eq } from 'drizzle-orm';
import type { Services } from '../services';

const keys = new WeakMap<Services, Promise<Buffer>>();

/**
 * The key signing links that act without a sign-in. From SECRET_KEY when set; otherwise made once
 * and kept in the database, so every replica and every restart signs alike.
 */
function signingKey(services: Services): Promise<Buffer> {
  let key = keys.get(services);
  if (!key) {
    key = (async () => {
      let secret = services.config.secretKey;
      if (!secret) {
        await services.db
          .insert(schema.instanceSecrets)
          .values({ name: 'signing-key', value: randomBytes(32).toString('base64url') })
          .onConflictDoNothing();
        const [row] = await services.db
          .select()
          .from(schema.instanceSecrets)
          .where(eq(schema.instanceSecrets.name, 'signing-key'));
        secret = row!.value;
      }
      return Buffer.from(hkdfSync('sha256', secret, 'levain', 'signed links', 32));
    })().catch((error) => {
      keys.delete(services);
      throw error;
    });
    keys.set(services, key);
  }
  return key;
}

export async function sign(services: Services, purpose: string, value: string): Promise<string> {
  return createHmac('sha256', await signingKey(services))
    .update(`${purpose}\n${value}`)
    .digest('base64url');
}

export async function verify(services: Services, purpose: string, value: string, signature: string) {
  const expected = Buffer.from(await sign(services, purpose, value));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

import { randomBytes } from 'node:crypto';
import { queryRows, type Tx } from '@levain/db';
import { hashSecret } from '@levain/server/seeding';
import { sql } from 'drizzle-orm';

/**
 * The integrations a company connects in its first months: the HR information system reading the
 * directory, and its Prometheus reading the metrics. Their secrets are random and shown to nobody:
 * the admin sees them in Administration → API tokens, and revokes or replaces them there.
 */
const integrations = [
  { name: 'Synchronisation SIRH', scopes: ['read'], ageDays: 60, lastUsedHours: 3 },
  { name: 'Prometheus (supervision DSI)', scopes: ['metrics'], ageDays: 20, lastUsedHours: 0.25 },
];

export async function seedApiTokens(tx: Tx, now: Date): Promise<number> {
  const [admin] = await queryRows<{ id: string }>(
    tx,
    sql`select id from users where email = 'admin@atlas.example'`,
  );
  if (!admin) return 0;
  const at = now.getTime();
  for (const token of integrations) {
    const createdAt = new Date(at - token.ageDays * 86_400_000);
    await tx.execute(sql`insert into api_tokens (id, secret_hash, owner_id, name, scopes, created_at, expires_at, last_used_at)
      values (gen_random_uuid(), ${hashSecret(randomBytes(24).toString('hex'))}, ${admin.id}, ${token.name},
        array[${sql.join(
          token.scopes.map((scope) => sql`${scope}`),
          sql`, `,
        )}]::text[],
        ${createdAt.toISOString()}::timestamptz, ${new Date(createdAt.getTime() + 365 * 86_400_000).toISOString()}::timestamptz,
        ${new Date(at - token.lastUsedHours * 3_600_000).toISOString()}::timestamptz)`);
  }
  return integrations.length;
}

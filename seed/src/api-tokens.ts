import { randomBytes } from 'node:crypto';
import { queryRows, type Tx } from '@levain/db';
import { hashSecret } from '@levain/server/seeding';
import { sql } from 'drizzle-orm';

/**
 * The integrations a company connects in its first months: the HR information system reading the
 * directory, and its Prometheus reading the metrics; and, since the organisation allows personal
 * tokens, Olivia's script that reads her accounts' communities every Monday. Their secrets are random
 * and shown to nobody: the admin sees every token in Administration → API tokens, Olivia hers in
 * Settings → My API tokens, and each revokes or replaces them there.
 */
const tokens = [
  {
    owner: 'admin@atlas.example',
    name: 'Synchronisation SIRH',
    scopes: ['read'],
    ageDays: 60,
    lastUsedHours: 3,
  },
  {
    owner: 'admin@atlas.example',
    name: 'Prometheus (supervision DSI)',
    scopes: ['metrics'],
    ageDays: 20,
    lastUsedHours: 0.25,
  },
  {
    owner: 'employee@atlas.example',
    name: 'Weekly accounts digest',
    scopes: ['read'],
    ageDays: 12,
    lastUsedHours: 50,
  },
];

export async function seedApiTokens(tx: Tx, now: Date): Promise<number> {
  const owners = await queryRows<{ id: string; email: string }>(
    tx,
    sql`select id, email from users where email in ('admin@atlas.example', 'employee@atlas.example')`,
  );
  const ownerId = new Map(owners.map((o) => [o.email, o.id]));
  const at = now.getTime();
  let count = 0;
  for (const token of tokens) {
    const owner = ownerId.get(token.owner);
    if (!owner) continue;
    const createdAt = new Date(at - token.ageDays * 86_400_000);
    await tx.execute(sql`insert into api_tokens (id, secret_hash, owner_id, name, scopes, created_at, expires_at, last_used_at)
      values (gen_random_uuid(), ${hashSecret(randomBytes(24).toString('hex'))}, ${owner}, ${token.name},
        array[${sql.join(
          token.scopes.map((scope) => sql`${scope}`),
          sql`, `,
        )}]::text[],
        ${createdAt.toISOString()}::timestamptz, ${new Date(createdAt.getTime() + 365 * 86_400_000).toISOString()}::timestamptz,
        ${new Date(at - token.lastUsedHours * 3_600_000).toISOString()}::timestamptz)`);
    count += 1;
  }
  return count;
}

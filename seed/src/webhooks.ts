import { randomUUID } from 'node:crypto';
import { queryRows, schema, type Tx } from '@levain/db';
import { generateSecureRandomString } from '@levain/server/seeding';
import { sql } from 'drizzle-orm';

/**
 * The intranet's news relay: a webhook the admin set up to post new publications to the company's
 * chat, with a week of its delivery log (one answer 503 then delivered on the retry). Its address is
 * an example domain nothing answers, so the demo has it turned off by the admin (the chat is moving):
 * its log stays as it was and the admin can turn it back on.
 */
export async function seedWebhooks(tx: Tx, now: Date): Promise<number> {
  const [admin] = await queryRows<{ id: string }>(
    tx,
    sql`select id from users where email = 'admin@atlas.example'`,
  );
  if (!admin) return 0;
  const at = now.getTime();
  const [webhook] = await tx
    .insert(schema.webhooks)
    .values({
      ownerId: admin.id,
      url: 'https://chat.atlas.example/hooks/levain-actualites',
      events: ['post.published', 'membership.joined'],
      signingSecret: `whsec_${generateSecureRandomString()}`,
      createdAt: new Date(at - 30 * 86_400_000),
      disabledAt: new Date(at - 3_600_000),
      disabledReason: 'admin',
    })
    .returning({ id: schema.webhooks.id });
  const attempts = [
    { hoursAgo: 2, event: 'post.published', attempt: 1, responseStatus: 200 },
    { hoursAgo: 26, event: 'membership.joined', attempt: 1, responseStatus: 200 },
    { hoursAgo: 49.5, event: 'post.published', attempt: 2, responseStatus: 200 },
    { hoursAgo: 50, event: 'post.published', attempt: 1, responseStatus: 503 },
  ];
  await tx.insert(schema.webhookDeliveries).values(
    attempts.map((a, index) => ({
      webhookId: webhook!.id,
      eventId: index >= 2 ? '5f0c8a52-0d3e-4c57-9d55-6a0d2b1e7c11' : randomUUID(),
      event: a.event,
      attempt: a.attempt,
      status: a.responseStatus < 300 ? 'succeeded' : 'failed',
      responseStatus: a.responseStatus,
      durationMs: 180 + index * 37,
      createdAt: new Date(at - a.hoursAgo * 3_600_000).toISOString(),
    })),
  );
  return 1;
}

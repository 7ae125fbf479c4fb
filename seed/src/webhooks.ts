import { randomUUID } from 'node:crypto';
import { queryRows, schema, type Tx } from '@levain/db';
import { generateSecureRandomString } from '@levain/server/seeding';
import { sql } from 'drizzle-orm';

const HOUR_MS = 3_600_000;
/** Failed deliveries in a row before the server turns a webhook off (server's FAILURES_BEFORE_DISABLE). */
const FAILURES = 10;

/**
 * Two webhooks the admin set up. The news relay posts new publications to the company's chat, with a
 * week of its delivery log (one answer 503 then delivered on the retry); its address is an example
 * domain nothing answers, so the demo has it turned off by the admin (the chat is moving): its log
 * stays as it was and the admin can turn it back on. The events agenda's receiver has been answering
 * 503 since yesterday: the server turned it off after ten failures and told the admins, whose bell
 * leads to it.
 */
export async function seedWebhooks(tx: Tx, now: Date): Promise<number> {
  const admins = await queryRows<{ id: string; email: string }>(
    tx,
    sql`select u.id, u.email from users u join user_roles r on r.user_id = u.id and r.role = 'admin'`,
  );
  const owner = admins.find((a) => a.email === 'admin@atlas.example');
  if (!owner) return 0;
  const at = now.getTime();
  const relay = await insertWebhook(tx, owner.id, {
    url: 'https://chat.atlas.example/hooks/levain-actualites',
    events: ['post.published', 'membership.joined'],
    createdAt: new Date(at - 30 * 86_400_000),
    disabledAt: new Date(at - HOUR_MS),
    disabledReason: 'admin',
  });
  const relayAttempts = [
    { hoursAgo: 2, event: 'post.published', attempt: 1, responseStatus: 200 },
    { hoursAgo: 26, event: 'membership.joined', attempt: 1, responseStatus: 200 },
    { hoursAgo: 49.5, event: 'post.published', attempt: 2, responseStatus: 200 },
    { hoursAgo: 50, event: 'post.published', attempt: 1, responseStatus: 503 },
  ];
  await tx.insert(schema.webhookDeliveries).values(
    relayAttempts.map((a, index) => ({
      webhookId: relay,
      eventId: index >= 2 ? '5f0c8a52-0d3e-4c57-9d55-6a0d2b1e7c11' : randomUUID(),
      event: a.event,
      attempt: a.attempt,
      status: a.responseStatus < 300 ? 'succeeded' : 'failed',
      responseStatus: a.responseStatus,
      durationMs: 180 + index * 37,
      createdAt: new Date(at - a.hoursAgo * HOUR_MS).toISOString(),
    })),
  );
  const agendaUrl = 'https://agenda.atlas.example/levain/events';
  const disabledAt = new Date(at - 5 * HOUR_MS);
  const agenda = await insertWebhook(tx, owner.id, {
    url: agendaUrl,
    events: ['event.created'],
    createdAt: new Date(at - 14 * 86_400_000),
    disabledAt,
    disabledReason: 'failures',
    consecutiveFailures: FAILURES,
  });
  await tx.insert(schema.webhookDeliveries).values(
    Array.from({ length: FAILURES }, (_, index) => ({
      webhookId: agenda,
      eventId: randomUUID(),
      event: 'event.created',
      attempt: 1,
      status: 'failed' as const,
      responseStatus: 503,
      durationMs: 95 + index * 11,
      createdAt: new Date(disabledAt.getTime() - (FAILURES - 1 - index) * 2 * HOUR_MS).toISOString(),
    })),
  );
  await tx.insert(schema.notifications).values(
    admins.map((admin) => ({
      recipientId: admin.id,
      kind: 'webhook_disabled' as const,
      groupKey: `webhook-disabled:${agenda}`,
      data: { webhookId: agenda, url: agendaUrl, failures: FAILURES },
      createdAt: disabledAt.toISOString(),
    })),
  );
  return 2;
}

async function insertWebhook(
  tx: Tx,
  ownerId: string,
  values: Omit<typeof schema.webhooks.$inferInsert, 'ownerId' | 'signingSecret'>,
): Promise<string> {
  const [webhook] = await tx
    .insert(schema.webhooks)
    .values({ ownerId, signingSecret: `whsec_${generateSecureRandomString()}`, ...values })
    .returning({ id: schema.webhooks.id });
  return webhook!.id;
}

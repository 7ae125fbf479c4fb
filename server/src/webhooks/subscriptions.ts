import { type Db, schema } from '@levain/db';
import { eq } from 'drizzle-orm';
import { audit } from '../audit';
import { generateSecureRandomString } from '../auth/session-token';
import { NotAllowedError, NotFoundError, ValidationError } from '../errors';
import { authorize, type Viewer } from '../permissions';
import { checkWebhookUrl } from './address-guard';
import { type WebhookEvent, webhookEvents } from './payloads';

const { webhooks } = schema;

export type WebhookRow = typeof webhooks.$inferSelect;
export const MAX_WEBHOOKS = 50;

/** Webhooks are an admin's, set up in a browser session: a token may not add a way out of the organisation. */
function authorizeManage(viewer: Viewer): void {
  if (viewer.token) throw new NotAllowedError();
  authorize(viewer, 'webhook:manage');
}

function checkEvents(requested: string[]): WebhookEvent[] {
  const events = [...new Set(requested)];
  const known = new Set<string>(webhookEvents);
  if (events.length === 0) throw ValidationError.field('events', 'validation.webhookEvents');
  const unknown = events.find((event) => !known.has(event));
  if (unknown !== undefined)
    throw ValidationError.field('events', 'validation.webhookEventUnknown', { event: unknown.slice(0, 60) });
  return events as WebhookEvent[];
}

/** Subscribes a URL; the answer holds the signing secret, which the API never shows again. */
export async function createWebhook(
  db: Db,
  viewer: Viewer,
  input: { url: string; events: string[] },
  allowInternal: boolean,
): Promise<{ webhook: WebhookRow; secret: string }> {
  authorizeManage(viewer);
  const url = checkWebhookUrl(input.url, allowInternal).toString();
  const events = checkEvents(input.events);
  const secret = `whsec_${generateSecureRandomString()}`;
  const webhook = await db.transaction(async (tx) => {
    if ((await tx.$count(webhooks)) >= MAX_WEBHOOKS)
      throw ValidationError.field('url', 'validation.webhookTooMany', { max: MAX_WEBHOOKS });
    const [created] = await tx
      .insert(webhooks)
      .values({ ownerId: viewer.id, url, events, signingSecret: secret })
      .returning();
    await audit(tx, viewer.id, 'webhook.created', 'webhook', created!.id, { url, events });
    return created!;
  });
  return { webhook, secret };
}

/** Turns a webhook off (nothing more is sent) or on again (its failure count starts over). */
export async function setWebhookEnabled(
  db: Db,
  viewer: Viewer,
  id: string,
  enabled: boolean,
): Promise<WebhookRow> {
  authorizeManage(viewer);
  return db.transaction(async (tx) => {
    const existing = await tx.query.webhooks.findFirst({ where: { id } });
    if (!existing) throw new NotFoundError();
    const [changed] = await tx
      .update(webhooks)
      .set(
        enabled
          ? { disabledAt: null, disabledReason: null, consecutiveFailures: 0 }
          : {
              disabledAt: existing.disabledAt ?? new Date(),
              disabledReason: existing.disabledReason ?? 'admin',
            },
      )
      .where(eq(webhooks.id, id))
      .returning();
    await audit(tx, viewer.id, enabled ? 'webhook.enabled' : 'webhook.disabled', 'webhook', id, {
      url: existing.url,
    });
    return changed!;
  });
}

/** Deletes a webhook and its delivery log; attempts still queued find nothing and stop. */
export async function deleteWebhook(db: Db, viewer: Viewer, id: string): Promise<void> {
  authorizeManage(viewer);
  await db.transaction(async (tx) => {
    const [deleted] = await tx.delete(webhooks).where(eq(webhooks.id, id)).returning();
    if (!deleted) throw new NotFoundError();
    await audit(tx, viewer.id, 'webhook.deleted', 'webhook', id, { url: deleted.url });
  });
}

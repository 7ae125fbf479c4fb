import { schema } from '@levain/db';
import { eq } from 'drizzle-orm';
import { loadRecipients } from '../notifications/audience';
import { notify } from '../notifications/store';
import { can } from '../permissions';
import type { Services } from '../services';

/** Tells the people who manage webhooks that one was turned off after repeated failures (in the app, and by email). */
export async function noticeWebhookDisabled(
  services: Services,
  webhook: { id: string; url: string },
  failures: number,
): Promise<void> {
  const admins = await services.db
    .select({ id: schema.userRoles.userId })
    .from(schema.userRoles)
    .where(eq(schema.userRoles.role, 'admin'));
  const recipients = await loadRecipients(
    services.db,
    admins.map((a) => a.id),
    null,
  );
  await notify(services, {
    kind: 'webhook_disabled',
    actorId: null,
    recipients: recipients.filter((r) => can(r.viewer, 'webhook:manage')),
    data: { webhookId: webhook.id, url: webhook.url, failures },
    groupKey: `webhook-disabled:${webhook.id}`,
  });
}

import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { tokenViewer } from '../api-tokens/scopes';
import type { AppEvents } from '../events';
import type { Services } from '../services';
import { DELIVER_JOB, type DeliveryJob, deliverAttempt, enqueueAttempt } from './delivery';
import { payloadData, type WebhookEvent, webhookEvents } from './payloads';
import { subscribedEvents } from './subscribed-events';

/** After an event commits: one signed payload per enabled webhook subscribed and allowed to read it. */
async function dispatch<E extends WebhookEvent>(services: Services, event: E, facts: AppEvents[E]) {
  if (!(await subscribedEvents(services)).has(event)) return;
  const subscribed = await services.db.query.webhooks.findMany({
    where: { disabledAt: { isNull: true }, RAW: (w) => sql`${event} = any(${w.events})` },
    columns: { id: true },
    with: {
      owner: {
        columns: {
          id: true,
          name: true,
          email: true,
          orgUnitId: true,
          locale: true,
          timeZone: true,
          status: true,
        },
        with: { roles: { columns: { role: true } } },
      },
    },
  });
  const eventId = randomUUID();
  const createdAt = new Date().toISOString();
  for (const webhook of subscribed) {
    const { status, roles, ...owner } = webhook.owner;
    if (status !== 'active') continue;
    // A webhook reads as a `read` token of its owner would: without the administrator role.
    const reader = tokenViewer(
      { ...owner, roles: new Set(roles.map((r) => r.role)) },
      {
        id: `webhook:${webhook.id}`,
        scopes: ['read'],
      },
    );
    const data = await payloadData(services.db, reader, event, facts);
    if (data === null || data === undefined) continue;
    const body = JSON.stringify({ id: eventId, type: event, createdAt, data });
    await enqueueAttempt(services, { webhookId: webhook.id, eventId, event, body, attempt: 1 });
  }
}

/** Subscribes the webhooks to the domain events and registers the delivery job. */
export function registerWebhooks(services: Services): void {
  for (const event of webhookEvents)
    services.events.on(event, (facts) => dispatch(services, event, facts as AppEvents[typeof event]));
  services.jobs.register(DELIVER_JOB, {
    isActive: async () => true,
    run: (payload) => deliverAttempt(services, payload as DeliveryJob),
  });
}

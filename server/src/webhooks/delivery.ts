import { schema } from '@levain/db';
import { eq, sql } from 'drizzle-orm';
import { audit } from '../audit';
import type { Services } from '../services';
import { checkWebhookUrl } from './address-guard';
import { noticeWebhookDisabled } from './disabled-notice';
import { postJson } from './http-post';
import { SIGNATURE_HEADER, signatureHeader } from './signature';

const { webhooks, webhookDeliveries } = schema;

export const DELIVER_JOB = 'core.deliver-webhook';
/** Attempts per event: the first, then retries after 30 s, 2 min, 8 min, 32 min and about 2 h. */
export const MAX_ATTEMPTS = 6;
/** Failed attempts in a row after which the webhook is disabled and the admins are told. */
export const FAILURES_BEFORE_DISABLE = 10;

export const retryDelayMs = (attempt: number) => 30_000 * 4 ** (attempt - 1);

export type DeliveryJob = {
  webhookId: string;
  eventId: string;
  event: string;
  body: string;
  attempt: number;
};

/** Queues an attempt; the unique key makes a repeated enqueue (a listener run twice) harmless. */
export function enqueueAttempt(services: Pick<Services, 'jobs'>, job: DeliveryJob, runAt?: Date) {
  return services.jobs.enqueue(DELIVER_JOB, job, {
    runAt,
    uniqueKey: `webhook:${job.webhookId}:${job.eventId}:${job.attempt}`,
  });
}

/**
 * One attempt: sign, POST, log. A failure queues the next attempt with exponential backoff (the job
 * itself succeeds: the webhook's schedule is its own, not the queue's generic one).
 */
export async function deliverAttempt(services: Services, job: DeliveryJob): Promise<void> {
  const webhook = await services.db.query.webhooks.findFirst({ where: { id: job.webhookId } });
  if (!webhook || webhook.disabledAt) return;
  const allowInternal = services.config.webhooksAllowPrivateAddresses;
  const started = performance.now();
  const timestamp = Math.floor(Date.now() / 1000);
  const outcome = await (async () => {
    try {
      const url = checkWebhookUrl(webhook.url, allowInternal);
      return await postJson(
        url,
        job.body,
        {
          [SIGNATURE_HEADER]: signatureHeader(webhook.signingSecret, timestamp, job.body),
          'levain-event': job.event,
          'levain-delivery': job.eventId,
        },
        allowInternal,
      );
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error) };
    }
  })();
  const succeeded = 'status' in outcome && outcome.status >= 200 && outcome.status < 300;
  services.metrics.webhookDeliveries.inc({ outcome: succeeded ? 'succeeded' : 'failed' });
  const disabled = await services.db.transaction(async (tx) => {
    await tx.insert(webhookDeliveries).values({
      webhookId: webhook.id,
      eventId: job.eventId,
      event: job.event,
      attempt: job.attempt,
      status: succeeded ? 'succeeded' : 'failed',
      responseStatus: 'status' in outcome ? outcome.status : null,
      error: 'error' in outcome ? outcome.error.slice(0, 300) : null,
      durationMs: Math.round(performance.now() - started),
    });
    const [after] = await tx
      .update(webhooks)
      .set({ consecutiveFailures: succeeded ? 0 : sql`${webhooks.consecutiveFailures} + 1` })
      .where(eq(webhooks.id, webhook.id))
      .returning({ failures: webhooks.consecutiveFailures });
    if (succeeded || (after?.failures ?? 0) < FAILURES_BEFORE_DISABLE) return null;
    await tx
      .update(webhooks)
      .set({ disabledAt: new Date(), disabledReason: 'failures' })
      .where(eq(webhooks.id, webhook.id));
    await audit(tx, null, 'webhook.disabled', 'webhook', webhook.id, {
      url: webhook.url,
      reason: 'failures',
      failures: after?.failures,
    });
    return after?.failures ?? FAILURES_BEFORE_DISABLE;
  });
  if (disabled !== null) {
    services.logger.warn({ webhookId: webhook.id }, 'webhook disabled after repeated failures');
    await noticeWebhookDisabled(services, webhook, disabled);
    return;
  }
  if (!succeeded && job.attempt < MAX_ATTEMPTS)
    await enqueueAttempt(
      services,
      { ...job, attempt: job.attempt + 1 },
      new Date(Date.now() + retryDelayMs(job.attempt)),
    );
}

import { schema } from '@levain/db';
import { and, asc, inArray, isNull, lte } from 'drizzle-orm';
import { pickLocale } from '../i18n/messages';
import { loadRecipients, type Recipient } from '../notifications/audience';
import { categoryOfKind, type NotificationCategory, preferencesOf } from '../notifications/categories';
import { isWorkingTime, nextWorkingStart } from '../notifications/working-hours';
import type { Services } from '../services';
import { type DueNotification, emailsFor } from './compose';
import { mailerFor } from './mailer';

const n = schema.notifications;
const BATCH = 500;
/**
 * Claimed notifications are due again after this unless their email went out: a worker killed while
 * sending leaves them to the next run. Claiming by marking them emailed lost them in that case.
 */
const CLAIM_MS = 5 * 60_000;

export function registerEmailJobs(services: Services): void {
  services.jobs.register('notifications.send-emails', {
    everyMinutes: 1,
    isActive: async () => mailerFor(services) !== null,
    run: async () => {
      await sendDueEmails(services, new Date());
    },
  });
}

/**
 * Sends every email due at `now`: immediate ones (held until the recipient's next working period
 * unless urgent) and digests. Rows are claimed with SKIP LOCKED (their due time moved past the
 * claim's end), so each email leaves once whatever the number of replicas, and marked emailed as
 * each email leaves. `now` is a parameter so tests can drive the clock.
 */
export async function sendDueEmails(services: Services, now: Date): Promise<{ sent: number; held: number }> {
  const mailer = mailerFor(services);
  const totals = { sent: 0, held: 0 };
  if (!mailer) return totals;
  for (;;) {
    const due = services.db
      .select({ id: n.id })
      .from(n)
      .where(and(isNull(n.emailedAt), lte(n.emailDueAt, now)))
      .orderBy(asc(n.emailDueAt))
      .limit(BATCH)
      .for('update', { skipLocked: true });
    const claimed = await services.db
      .update(n)
      .set({ emailDueAt: new Date(now.getTime() + CLAIM_MS) })
      .where(inArray(n.id, due))
      .returning({ id: n.id, recipientId: n.recipientId, kind: n.kind, urgent: n.urgent, data: n.data });
    const byRecipient = new Map<string, DueNotification[]>();
    for (const row of claimed)
      byRecipient.set(row.recipientId, [...(byRecipient.get(row.recipientId) ?? []), row]);
    for (const [recipientId, rows] of byRecipient) {
      const [recipient] = await loadRecipients(services.db, [recipientId], null);
      // A deactivated person gets no email: the rows are marked as handled.
      if (!recipient) {
        await markEmailed(
          services,
          rows.map((r) => r.id),
          now,
        );
        continue;
      }
      const result = await deliver(services, recipient, rows, now);
      totals.sent += result.sent;
      totals.held += result.held;
    }
    if (claimed.length < BATCH) return totals;
  }
}

async function markEmailed(services: Services, ids: string[], now: Date) {
  if (ids.length) await services.db.update(n).set({ emailedAt: now }).where(inArray(n.id, ids));
}

async function release(services: Services, ids: string[], emailDueAt: Date | null) {
  if (ids.length) await services.db.update(n).set({ emailedAt: null, emailDueAt }).where(inArray(n.id, ids));
}

async function deliver(services: Services, recipient: Recipient, rows: DueNotification[], now: Date) {
  const { viewer, workingHours } = recipient;
  const preferences = (await preferencesOf(services.db, [viewer.id])).get(viewer.id)!;
  const unwanted = rows.filter((r) => preferences[categoryOfKind[r.kind] as NotificationCategory] === 'off');
  await release(
    services,
    unwanted.map((r) => r.id),
    null,
  );
  const wanted = rows.filter((r) => !unwanted.includes(r));
  // The right to disconnect: nothing but urgent notices outside the recipient's working hours —
  // digests included, should the job run late (a replica down over the weekend).
  const hold = !isWorkingTime(now, viewer.timeZone, workingHours);
  // A reminder marked timely (an event starting within the person's hours) is of no use later.
  const held = hold ? wanted.filter((r) => !r.urgent && !(r.data as { timely?: boolean }).timely) : [];
  await release(
    services,
    held.map((r) => r.id),
    hold ? nextWorkingStart(now, viewer.timeZone, workingHours) : null,
  );
  const mailer = mailerFor(services)!;
  let sent = 0;
  const sendable = wanted.filter((r) => !held.includes(r));
  const emails = await emailsFor(services, recipient, pickLocale(viewer.locale), sendable);
  // What no email carries (its post is gone or no longer visible) is handled.
  const carried = new Set(emails.flatMap((email) => email.ids));
  await markEmailed(
    services,
    sendable.filter((r) => !carried.has(r.id)).map((r) => r.id),
    now,
  );
  for (const email of emails) {
    try {
      await mailer.send(email.message);
      await markEmailed(services, email.ids, now);
      sent += 1;
    } catch (error) {
      services.logger.warn({ err: error, recipientId: viewer.id }, 'notification email not sent; will retry');
      await release(services, email.ids, now);
    }
  }
  return { sent, held: held.length };
}

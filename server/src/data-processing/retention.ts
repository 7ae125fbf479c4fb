import { type Db, schema } from '@levain/db';
import { and, isNotNull, lt } from 'drizzle-orm';

const DAY_MS = 86_400_000;

/**
 * How long each kind of data is kept, in days — the defaults a CNIL-minded DPO would pick, and the
 * periods the record of processing activities states. Sessions expire on inactivity (their own
 * setting) and finished jobs after a week (`core.delete-finished-jobs`).
 */
export const retentionDays = {
  /** The CNIL's guidance on access logs: six months to a year. */
  auditLog: 365,
  /** Read notifications; unread ones stay until read. */
  readNotifications: 90,
  /** Who saw a post: 13 months, the CNIL's ceiling for audience measurement. */
  postImpressions: 395,
  webhookDeliveries: 30,
} as const;

/** Deletes what is past its retention period; run daily by `core.apply-retention`. Returns the rows deleted per kind. */
export async function applyRetention(
  db: Db,
  now = new Date(),
): Promise<Record<keyof typeof retentionDays, number>> {
  const before = (days: number) => new Date(now.getTime() - days * DAY_MS);
  const { auditLog, notifications, postImpressions, webhookDeliveries } = schema;
  return db.transaction(async (tx) => {
    const audit = await tx
      .delete(auditLog)
      .where(lt(auditLog.createdAt, before(retentionDays.auditLog)))
      .returning({ id: auditLog.id });
    const read = await tx
      .delete(notifications)
      .where(
        and(
          isNotNull(notifications.readAt),
          lt(notifications.readAt, before(retentionDays.readNotifications)),
        ),
      )
      .returning({ id: notifications.id });
    const seen = await tx
      .delete(postImpressions)
      .where(lt(postImpressions.firstSeenAt, before(retentionDays.postImpressions)))
      .returning({ id: postImpressions.postId });
    const delivered = await tx
      .delete(webhookDeliveries)
      .where(lt(webhookDeliveries.createdAt, before(retentionDays.webhookDeliveries).toISOString()))
      .returning({ id: webhookDeliveries.id });
    return {
      auditLog: audit.length,
      readNotifications: read.length,
      postImpressions: seen.length,
      webhookDeliveries: delivered.length,
    };
  });
}

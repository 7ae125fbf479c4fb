import { schema } from '@levain/db';
import { sql } from 'drizzle-orm';
import type { Services } from '../services';
import type { Recipient } from './audience';
import { categoryOfKind, type EmailFrequency, type NotificationKind, preferencesOf } from './categories';
import { nextDailyDigest, nextWeeklyDigest } from './working-hours';

const n = schema.notifications;

export type NotificationDraft = {
  kind: NotificationKind;
  actorId: string | null;
  /** Already filtered by the permission module for what the notification is about. */
  recipients: Recipient[];
  communityId?: string | null;
  postId?: string | null;
  commentId?: string | null;
  data?: Record<string, unknown>;
  /** Notifications sharing a group key stay one unread row per recipient ("Ana and 4 others …"). */
  groupKey?: string;
  /** Set by an admin: emailed at once, even outside working hours. */
  urgent?: boolean;
};

/**
 * When the email about a new notification is due: immediate ones now (the sending job holds them
 * until the recipient's working hours), digests at the recipient's next digest time.
 */
function emailPlan(frequency: EmailFrequency, recipient: Recipient, now: Date): Date | null {
  const { timeZone } = recipient.viewer;
  if (frequency === 'immediate') return now;
  if (frequency === 'daily') return nextDailyDigest(now, timeZone, recipient.workingHours);
  if (frequency === 'weekly') return nextWeeklyDigest(now, timeZone, recipient.workingHours);
  return null;
}

/** Stores the notification for each recipient but the actor, and pushes it to their open clients. */
export async function notify(
  services: Pick<Services, 'db' | 'pubsub'>,
  draft: NotificationDraft,
  now = new Date(),
): Promise<number> {
  const recipients = [
    ...new Map(
      draft.recipients.filter((r) => r.viewer.id !== draft.actorId).map((r) => [r.viewer.id, r]),
    ).values(),
  ];
  if (!recipients.length) return 0;
  const category = categoryOfKind[draft.kind];
  const preferences = await preferencesOf(
    services.db,
    recipients.map((r) => r.viewer.id),
  );
  const rows = recipients.map((recipient) => {
    const chosen = preferences.get(recipient.viewer.id)![category];
    const frequency: EmailFrequency = draft.urgent && chosen !== 'off' ? 'immediate' : chosen;
    return {
      recipientId: recipient.viewer.id,
      kind: draft.kind,
      groupKey: draft.groupKey ?? null,
      actorIds: draft.actorId ? [draft.actorId] : [],
      actorCount: draft.actorId ? 1 : 0,
      communityId: draft.communityId ?? null,
      postId: draft.postId ?? null,
      commentId: draft.commentId ?? null,
      data: { ...draft.data, email: frequency },
      urgent: draft.urgent ?? false,
      emailDueAt: emailPlan(frequency, recipient, now),
    };
  });
  const stored = await services.db
    .insert(n)
    .values(rows)
    .onConflictDoUpdate({
      target: [n.recipientId, n.groupKey],
      targetWhere: sql`group_key is not null and read_at is null`,
      set: {
        // The newest actor first, each actor once: "Ana and 4 others" counts people, not clicks.
        actorIds: sql`array_prepend(excluded.actor_ids[1], array_remove(${n.actorIds}, excluded.actor_ids[1]))`,
        actorCount: sql`cardinality(array_remove(${n.actorIds}, excluded.actor_ids[1])) + 1`,
        data: sql`${n.data} || excluded.data`,
        urgent: sql`${n.urgent} or excluded.urgent`,
        createdAt: sql`now()`,
        // Not yet emailed: keep the earlier due time. Already emailed: the update is news again.
        emailDueAt: sql`case when ${n.emailedAt} is null then least(${n.emailDueAt}, excluded.email_due_at)
          else excluded.email_due_at end`,
        emailedAt: sql`null`,
      },
    })
    .returning({ id: n.id, recipientId: n.recipientId });
  for (const row of stored)
    services.pubsub.publish('notification.added', row.recipientId, { notificationId: row.id });
  return stored.length;
}

import { type Db, schema } from '@levain/db';
import { and, eq, inArray } from 'drizzle-orm';

export type NotificationKind = (typeof schema.notificationKind.enumValues)[number];
export type EmailFrequency = (typeof schema.emailFrequency.enumValues)[number];

/** What a person chooses emails for; each email carries an unsubscribe link per category. */
export const categories = [
  'mentions',
  'replies',
  'reactions',
  'memberships',
  'announcements',
  'approvals',
  'moderation',
  /** Seats from a waiting list, cancellations and reminders of events one answered. */
  'events',
  /** Learning paths assigned to one, with their due date. */
  'learning',
  /** What plugins send (pulse surveys, …). */
  'plugins',
] as const;
export type NotificationCategory = (typeof categories)[number];

export const categoryOfKind: Record<NotificationKind, NotificationCategory> = {
  mention: 'mentions',
  reply: 'replies',
  reaction: 'reactions',
  membership_request: 'memberships',
  membership_decision: 'memberships',
  community_invitation: 'memberships',
  announcement: 'announcements',
  approval_request: 'approvals',
  approval_decision: 'approvals',
  moderation: 'moderation',
  // What happens to one's own account travels with moderation notices: immediate by default.
  sign_in_alert: 'moderation',
  // An integration that stopped working is for the admins who run it: immediate, like moderation.
  webhook_disabled: 'moderation',
  plugin: 'plugins',
  event: 'events',
  learning: 'learning',
};

/** Reactions are many and rarely urgent: a daily digest unless the person asks otherwise. */
export const defaultFrequency: Record<NotificationCategory, EmailFrequency> = {
  mentions: 'immediate',
  replies: 'immediate',
  reactions: 'daily',
  memberships: 'immediate',
  announcements: 'immediate',
  approvals: 'immediate',
  moderation: 'immediate',
  events: 'immediate',
  learning: 'immediate',
  plugins: 'immediate',
};

export type Preferences = Record<NotificationCategory, EmailFrequency>;

/** Each person's email frequency per category, defaults filled in. */
export async function preferencesOf(db: Db, userIds: string[]): Promise<Map<string, Preferences>> {
  const result = new Map(userIds.map((id) => [id, { ...defaultFrequency }]));
  if (!userIds.length) return result;
  const rows = await db
    .select()
    .from(schema.notificationPreferences)
    .where(inArray(schema.notificationPreferences.userId, userIds));
  for (const row of rows) {
    const preferences = result.get(row.userId);
    if (preferences && row.category in defaultFrequency)
      preferences[row.category as NotificationCategory] = row.email;
  }
  return result;
}

export async function setPreference(
  db: Db,
  userId: string,
  category: NotificationCategory,
  email: EmailFrequency,
): Promise<void> {
  await db
    .insert(schema.notificationPreferences)
    .values({ userId, category, email })
    .onConflictDoUpdate({
      target: [schema.notificationPreferences.userId, schema.notificationPreferences.category],
      set: { email },
    });
}

export async function preferenceOf(
  db: Db,
  userId: string,
  category: NotificationCategory,
): Promise<EmailFrequency> {
  const [row] = await db
    .select({ email: schema.notificationPreferences.email })
    .from(schema.notificationPreferences)
    .where(
      and(
        eq(schema.notificationPreferences.userId, userId),
        eq(schema.notificationPreferences.category, category),
      ),
    );
  return row?.email ?? defaultFrequency[category];
}

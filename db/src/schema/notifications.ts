import { sql } from 'drizzle-orm';
import {
  boolean,
  index,
  integer,
  jsonb,
  pgEnum,
  primaryKey,
  snakeCase,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { communities } from './communities';
import { users } from './people';
import { comments, posts } from './posts';

export const notificationKind = pgEnum('notification_kind', [
  'mention',
  'reply',
  'reaction',
  'membership_request',
  'membership_decision',
  'community_invitation',
  'announcement',
  'approval_request',
  'approval_decision',
  'moderation',
  /** Sent by a plugin: its message and link are in `data` (see plugin-host/notifications.ts). */
  'plugin',
  'sign_in_alert',
  /** About an event: a seat from the waiting list, a cancellation, a reminder (`data.what`, `data.eventId`). */
  'event',
  /** About learning: a path assigned with a due date (`data.what`, `data.pathId`). */
  'learning',
  /** To admins: a webhook turned off after repeated failed deliveries (`data.webhookId`, `data.url`, `data.failures`). */
  'webhook_disabled',
]);

/**
 * One row per thing to tell a person. Reactions to the same item are grouped under one
 * groupKey ("Ana and 4 others reacted"): the row is updated rather than duplicated.
 */
export const notifications = snakeCase.table(
  'notifications',
  {
    id: uuid().primaryKey().defaultRandom(),
    recipientId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: notificationKind().notNull(),
    groupKey: text(),
    /** Every distinct actor of an unread group, most recent first (the API shows the first few). */
    actorIds: uuid().array().notNull().default(sql`'{}'::uuid[]`),
    actorCount: integer().notNull().default(1),
    communityId: uuid().references(() => communities.id, { onDelete: 'cascade' }),
    postId: uuid().references(() => posts.id, { onDelete: 'cascade' }),
    commentId: uuid().references(() => comments.id, { onDelete: 'cascade' }),
    data: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    /** Set by an admin: delivered even outside the recipient's working hours. */
    urgent: boolean().notNull().default(false),
    readAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    /** Email delivery: when it may be sent (start of the next working period), and when it was. */
    emailDueAt: timestamp({ withTimezone: true }),
    emailedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index('notifications_recipient_idx').on(
      t.recipientId,
      t.createdAt.desc().nullsFirst(),
      t.id.desc().nullsFirst(),
    ),
    index('notifications_unread_idx').on(t.recipientId).where(sql`read_at is null`),
    // Deleting a post, a comment or a community deletes their notifications: without these, each
    // deletion reads every notification of the organisation.
    index('notifications_post_idx').on(t.postId).where(sql`post_id is not null`),
    index('notifications_comment_idx').on(t.commentId).where(sql`comment_id is not null`),
    index('notifications_community_idx').on(t.communityId).where(sql`community_id is not null`),
    uniqueIndex('notifications_group_idx')
      .on(t.recipientId, t.groupKey)
      .where(sql`group_key is not null and read_at is null`),
    index('notifications_email_due_idx')
      .on(t.emailDueAt)
      .where(sql`emailed_at is null and email_due_at is not null`),
  ],
);

export const emailFrequency = pgEnum('email_frequency', ['immediate', 'daily', 'weekly', 'off']);

/** Per person and category (mentions, replies, reactions, memberships, announcements, approvals, moderation). */
export const notificationPreferences = snakeCase.table(
  'notification_preferences',
  {
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    category: text().notNull(),
    email: emailFrequency().notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.category] })],
);

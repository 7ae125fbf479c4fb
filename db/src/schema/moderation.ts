import { sql } from 'drizzle-orm';
import { index, jsonb, pgEnum, snakeCase, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { communities } from './communities';
import { users } from './people';
import { comments, posts } from './posts';

type Localised = { fr: string; en: string };

export const reportStatus = pgEnum('report_status', ['open', 'dismissed', 'actioned']);
export const moderationActionKind = pgEnum('moderation_action_kind', [
  'dismiss',
  'hide',
  'restore',
  'remove',
  'warn',
  'suspend',
]);

export const reports = snakeCase.table(
  'reports',
  {
    id: uuid().primaryKey().defaultRandom(),
    reporterId: uuid().references(() => users.id, { onDelete: 'set null' }),
    communityId: uuid().references(() => communities.id, { onDelete: 'cascade' }),
    postId: uuid().references(() => posts.id, { onDelete: 'cascade' }),
    commentId: uuid().references(() => comments.id, { onDelete: 'cascade' }),
    reason: text().notNull(),
    /** A rule the reporter cites, e.g. a charter article ("charter:3") from the charter plugin. */
    rule: text(),
    /** What the reporter adds in their own words. */
    details: text(),
    status: reportStatus().notNull().default('open'),
    createdAt: timestamp({ withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    firstActionAt: timestamp({ withTimezone: true }),
    resolvedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index('reports_community_queue_idx').on(t.communityId, t.status, t.createdAt),
    index('reports_queue_idx').on(t.status, t.createdAt),
    // One open report per person and item: a second click finds the first report.
    uniqueIndex('reports_open_post_key')
      .on(t.reporterId, t.postId)
      .where(sql`status = 'open' and comment_id is null`),
    uniqueIndex('reports_open_comment_key')
      .on(t.reporterId, t.commentId)
      .where(sql`status = 'open' and comment_id is not null`),
    index('reports_post_idx').on(t.postId),
    index('reports_comment_idx').on(t.commentId),
  ],
);

export const moderationActions = snakeCase.table(
  'moderation_actions',
  {
    id: uuid().primaryKey().defaultRandom(),
    reportId: uuid().references(() => reports.id, { onDelete: 'set null' }),
    actorId: uuid().references(() => users.id, { onDelete: 'set null' }),
    action: moderationActionKind().notNull(),
    communityId: uuid().references(() => communities.id, { onDelete: 'cascade' }),
    postId: uuid().references(() => posts.id, { onDelete: 'cascade' }),
    commentId: uuid().references(() => comments.id, { onDelete: 'cascade' }),
    /** The person the action concerns (warned, suspended, author of the removed item). */
    subjectUserId: uuid().references(() => users.id, { onDelete: 'cascade' }),
    rule: text(),
    /**
     * Every rule cited, as worded when the decision was taken (label and text in French and
     * English), so the author's notice quotes what was cited even after the rule changes.
     */
    citations: jsonb()
      .$type<{ id: string; label: Localised; description?: Localised }[]>()
      .notNull()
      .default([]),
    reason: text().notNull(),
    suspendedUntil: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('moderation_actions_community_idx').on(t.communityId, t.createdAt),
    index('moderation_actions_post_idx').on(t.postId, t.createdAt),
    index('moderation_actions_comment_idx').on(t.commentId, t.createdAt),
    index('moderation_actions_subject_idx').on(t.subjectUserId, t.createdAt),
  ],
);

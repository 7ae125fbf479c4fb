import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  index,
  integer,
  pgEnum,
  primaryKey,
  snakeCase,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { communities } from './communities';
import { events } from './events';
import { users } from './people';
import { searchDocument, tsvector } from './text-search';

export const postStatus = pgEnum('post_status', ['scheduled', 'pending_approval', 'published', 'rejected']);
/** What moderators did to an item; anything but visible leaves feeds, search, notifications and counts. */
export const moderationState = pgEnum('moderation_state', ['visible', 'hidden', 'removed']);

/** Microsecond timestamps travel as text so keyset cursors compare exactly. */
const preciseTime = () => timestamp({ withTimezone: true, mode: 'string' });

export const posts = snakeCase.table(
  'posts',
  {
    id: uuid().primaryKey().defaultRandom(),
    /** Null for a post on a person's profile. */
    communityId: uuid().references(() => communities.id, { onDelete: 'cascade' }),
    profileUserId: uuid().references(() => users.id, { onDelete: 'cascade' }),
    authorId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    body: text().notNull(),
    /** Sanitised HTML rendered from the Markdown body at write time. */
    bodyHtml: text().notNull(),
    /** ISO 639-1 language of the body ("fr"), detected at write time, corrected by its author; null if unknown. */
    language: text(),
    isAnnouncement: boolean().notNull().default(false),
    status: postStatus().notNull().default('published'),
    moderation: moderationState().notNull().default('visible'),
    /** The post's time in feeds: for a scheduled post, its publication time. */
    publishedAt: preciseTime().notNull().defaultNow(),
    rejectionReason: text(),
    reviewedById: uuid().references(() => users.id, { onDelete: 'set null' }),
    /** The plugin holding this post for its own approval (a crisis cell): the community's animators do not decide it. */
    heldBy: text(),
    pinnedAt: timestamp({ withTimezone: true }),
    sharedPostId: uuid().references((): AnyPgColumn => posts.id, { onDelete: 'set null' }),
    /** Written live from this event: its page shows it in the live thread. */
    eventId: uuid().references(() => events.id, { onDelete: 'set null' }),
    reactionCount: integer().notNull().default(0),
    commentCount: integer().notNull().default(0),
    impressionCount: integer().notNull().default(0),
    search: tsvector().generatedAlwaysAs(() => searchDocument(sql`body`)),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    editedAt: timestamp({ withTimezone: true }),
    deletedAt: timestamp({ withTimezone: true }),
  },
  // Feeds read these newest first with `order by … desc`, which puts nulls first: the indexes must
  // say so too (drizzle's `.desc()` alone means nulls last), or PostgreSQL sorts instead of reading them.
  (t) => [
    // A community's feed: pinned posts first (the expression its query orders by), then newest.
    index('posts_community_pinned_feed_idx').on(
      t.communityId,
      sql`(case when ${t.pinnedAt} is null then 0 else 1 end) desc`,
      t.publishedAt.desc().nullsFirst(),
      t.id.desc().nullsFirst(),
    ),
    index('posts_community_feed_idx').on(
      t.communityId,
      t.publishedAt.desc().nullsFirst(),
      t.id.desc().nullsFirst(),
    ),
    index('posts_author_feed_idx').on(
      t.authorId,
      t.publishedAt.desc().nullsFirst(),
      t.id.desc().nullsFirst(),
    ),
    index('posts_profile_feed_idx').on(
      t.profileUserId,
      t.publishedAt.desc().nullsFirst(),
      t.id.desc().nullsFirst(),
    ),
    index('posts_shared_post_idx').on(t.sharedPostId).where(sql`shared_post_id is not null`),
    index('posts_event_live_idx')
      .on(t.eventId, t.publishedAt.desc().nullsFirst(), t.id.desc().nullsFirst())
      .where(sql`event_id is not null`),
    index('posts_feed_idx').on(t.publishedAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    index('posts_search_idx').using('gin', t.search),
    index('posts_scheduled_idx').on(t.publishedAt).where(sql`status = 'scheduled'`),
  ],
);

export const postRevisions = snakeCase.table(
  'post_revisions',
  {
    id: uuid().primaryKey().defaultRandom(),
    postId: uuid()
      .notNull()
      .references(() => posts.id, { onDelete: 'cascade' }),
    body: text().notNull(),
    editedById: uuid().references(() => users.id, { onDelete: 'set null' }),
    editedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('post_revisions_post_idx').on(t.postId, t.editedAt)],
);

export const attachmentKind = pgEnum('attachment_kind', ['image', 'file']);

export const postAttachments = snakeCase.table(
  'post_attachments',
  {
    id: uuid().primaryKey().defaultRandom(),
    /** Null until the post using the upload is created. */
    postId: uuid().references(() => posts.id, { onDelete: 'cascade' }),
    uploadedById: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: attachmentKind().notNull(),
    name: text().notNull(),
    mimeType: text().notNull(),
    sizeBytes: integer().notNull(),
    path: text().notNull(),
    /** Resized copy for display (images). */
    displayPath: text(),
    width: integer(),
    height: integer(),
    position: integer().notNull().default(0),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('post_attachments_post_idx').on(t.postId, t.position)],
);

export const comments = snakeCase.table(
  'comments',
  {
    id: uuid().primaryKey().defaultRandom(),
    postId: uuid()
      .notNull()
      .references(() => posts.id, { onDelete: 'cascade' }),
    /** One level of replies: a reply's parent is a top-level comment. */
    parentId: uuid().references((): AnyPgColumn => comments.id, { onDelete: 'cascade' }),
    authorId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    body: text().notNull(),
    bodyHtml: text().notNull(),
    moderation: moderationState().notNull().default('visible'),
    reactionCount: integer().notNull().default(0),
    replyCount: integer().notNull().default(0),
    search: tsvector().generatedAlwaysAs(() => searchDocument(sql`body`)),
    createdAt: preciseTime().notNull().defaultNow(),
    editedAt: timestamp({ withTimezone: true }),
    deletedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index('comments_post_idx').on(t.postId, t.createdAt, t.id),
    index('comments_parent_idx').on(t.parentId, t.createdAt, t.id),
    index('comments_author_idx').on(t.authorId),
    index('comments_search_idx').using('gin', t.search),
    // Search ranks the most recent matches: for a common word, reading comments newest first until
    // enough match beats gathering all of them.
    index('comments_recent_idx').on(t.createdAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
  ],
);

/** Hashtags and mentions extracted from bodies at write time. */
export const postHashtags = snakeCase.table(
  'post_hashtags',
  {
    postId: uuid()
      .notNull()
      .references(() => posts.id, { onDelete: 'cascade' }),
    tag: text().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.postId, t.tag] }),
    index('post_hashtags_tag_idx').on(t.tag, t.postId),
    // Search finds tags by prefix (`tag like 'cha%'`), which a collation-aware index cannot serve.
    index('post_hashtags_tag_prefix_idx').on(t.tag.op('text_pattern_ops')),
  ],
);

export const mentions = snakeCase.table(
  'mentions',
  {
    id: uuid().primaryKey().defaultRandom(),
    postId: uuid()
      .notNull()
      .references(() => posts.id, { onDelete: 'cascade' }),
    commentId: uuid().references(() => comments.id, { onDelete: 'cascade' }),
    userId: uuid().references(() => users.id, { onDelete: 'cascade' }),
    communityId: uuid().references(() => communities.id, { onDelete: 'cascade' }),
  },
  (t) => [
    index('mentions_user_idx').on(t.userId),
    index('mentions_post_idx').on(t.postId),
    index('mentions_comment_idx').on(t.commentId).where(sql`comment_id is not null`),
    index('mentions_community_idx').on(t.communityId).where(sql`community_id is not null`),
  ],
);

/**
 * A post's body in another language, for readers of that language. Written by a translation
 * provider (none is built in: see server/src/posts/translations.ts); shown as "translated from …".
 */
export const postTranslations = snakeCase.table(
  'post_translations',
  {
    postId: uuid()
      .notNull()
      .references(() => posts.id, { onDelete: 'cascade' }),
    language: text().notNull(),
    bodyHtml: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.postId, t.language] })],
);

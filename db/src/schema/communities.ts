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
import { orgUnits } from './organisation';
import { users } from './people';
import { searchDocumentWeighted, tsvector } from './text-search';

/** Kept as text so later kinds (event, …) need no enum migration. */
export type CommunityKind = 'topic' | 'project' | 'learning' | 'official';
export const communityVisibility = pgEnum('community_visibility', ['public', 'private', 'secret']);
export const communityJoinPolicy = pgEnum('community_join_policy', ['open', 'request', 'invitation']);
export const communityRole = pgEnum('community_role', ['owner', 'animator', 'member']);
export const membershipStatus = pgEnum('membership_status', ['active', 'requested', 'invited']);

export const communities = snakeCase.table(
  'communities',
  {
    id: uuid().primaryKey().defaultRandom(),
    slug: text().notNull().unique(),
    name: text().notNull(),
    description: text().notNull().default(''),
    kind: text().$type<CommunityKind>().notNull().default('topic'),
    visibility: communityVisibility().notNull().default('public'),
    joinPolicy: communityJoinPolicy().notNull().default('open'),
    /** Posts wait for an animator's approval before they are published. */
    requiresApproval: boolean().notNull().default(false),
    coverPath: text(),
    /** The language its members write in ("fr", "en"); null when they write in several. */
    language: text(),
    /** Link to the community's behaviour charter (the charter plugin fills it). */
    charterUrl: text(),
    parentId: uuid().references((): AnyPgColumn => communities.id, { onDelete: 'set null' }),
    createdById: uuid().references(() => users.id, { onDelete: 'set null' }),
    memberCount: integer().notNull().default(0),
    /** Name (weight A) and description (weight B), French and English, accent-insensitive. */
    search: tsvector().generatedAlwaysAs(() =>
      searchDocumentWeighted([
        [sql`name`, 'A'],
        [sql`description`, 'B'],
      ]),
    ),
    archivedAt: timestamp({ withTimezone: true }),
    /** Soft delete: an admin can restore for 30 days. */
    deletedAt: timestamp({ withTimezone: true }),
    deletedById: uuid().references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('communities_parent_idx').on(t.parentId),
    index('communities_name_idx').on(t.name, t.id),
    index('communities_search_idx').using('gin', t.search),
    // Trigrams of the name: prefixes and typos ("marketng") still find the community.
    index('communities_name_trgm_idx').using('gin', sql`lower(${t.name}) gin_trgm_ops`),
  ],
);

export const communityOrgUnits = snakeCase.table(
  'community_org_units',
  {
    communityId: uuid()
      .notNull()
      .references(() => communities.id, { onDelete: 'cascade' }),
    orgUnitId: uuid()
      .notNull()
      .references(() => orgUnits.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.orgUnitId] }),
    index('community_org_units_unit_idx').on(t.orgUnitId),
  ],
);

export const communityMemberships = snakeCase.table(
  'community_memberships',
  {
    communityId: uuid()
      .notNull()
      .references(() => communities.id, { onDelete: 'cascade' }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: communityRole().notNull().default('member'),
    status: membershipStatus().notNull().default('active'),
    invitedById: uuid().references(() => users.id, { onDelete: 'set null' }),
    /** A suspended member reads but cannot post, comment or react until then. */
    suspendedUntil: timestamp({ withTimezone: true }),
    joinedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.userId] }),
    index('community_memberships_user_idx').on(t.userId, t.status),
    index('community_memberships_community_idx').on(t.communityId, t.status, t.role),
  ],
);

/** People a person follows: their posts reach the follower's home feed. */
export const follows = snakeCase.table(
  'follows',
  {
    followerId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    followeeId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.followerId, t.followeeId] }),
    index('follows_followee_idx').on(t.followeeId),
  ],
);

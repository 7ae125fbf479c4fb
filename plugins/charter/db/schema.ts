import { communities, learningPaths, moderationActions, orgUnits, users } from '@levain/db/schema';
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

export const charterKind = pgEnum('charter_kind', ['social_media', 'behaviour', 'community', 'editorial']);

type Localised = { fr: string; en: string };

/**
 * A charter: the company's social-media, behaviour and editorial charters (one of each), or a
 * community's own charter, which adds rules to the behaviour charter.
 */
export const charterDocuments = snakeCase.table(
  'charter_documents',
  {
    id: uuid().primaryKey().defaultRandom(),
    kind: charterKind().notNull(),
    communityId: uuid().references(() => communities.id, { onDelete: 'cascade' }),
    title: jsonb().$type<Localised>().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('charter_documents_company_kind_key').on(t.kind).where(sql`community_id is null`),
    uniqueIndex('charter_documents_community_key').on(t.communityId),
  ],
);

/** A published version; its number counts publications (1, 2, 3…), `major` whether it asks again. */
export const charterVersions = snakeCase.table(
  'charter_versions',
  {
    id: uuid().primaryKey().defaultRandom(),
    charterId: uuid()
      .notNull()
      .references(() => charterDocuments.id, { onDelete: 'cascade' }),
    number: integer().notNull(),
    major: boolean().notNull(),
    /** What changed, in the publisher's words. */
    summary: jsonb().$type<Localised>().notNull(),
    publishedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    publishedBy: uuid().references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [uniqueIndex('charter_versions_number_key').on(t.charterId, t.number)],
);

/** A numbered article of one version, in French and English, with examples. */
export const charterArticles = snakeCase.table(
  'charter_articles',
  {
    versionId: uuid()
      .notNull()
      .references(() => charterVersions.id, { onDelete: 'cascade' }),
    number: integer().notNull(),
    title: jsonb().$type<Localised>().notNull(),
    /** Markdown, shown as text. */
    body: jsonb().$type<Localised>().notNull(),
    /** What is acceptable and what is not, one example a line. */
    acceptable: jsonb().$type<Localised>().notNull(),
    unacceptable: jsonb().$type<Localised>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.versionId, t.number] })],
);

/** A person stating they have read one version ("j'ai pris connaissance"): who, which version, when. */
export const charterVersionAcknowledgements = snakeCase.table(
  'charter_version_acknowledgements',
  {
    versionId: uuid()
      .notNull()
      .references(() => charterVersions.id, { onDelete: 'cascade' }),
    charterId: uuid()
      .notNull()
      .references(() => charterDocuments.id, { onDelete: 'cascade' }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    acknowledgedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.versionId, t.userId] }),
    index('charter_version_acknowledgements_charter_idx').on(t.charterId, t.userId),
  ],
);

export const charterAppealStatus = pgEnum('charter_appeal_status', ['pending', 'upheld', 'rejected']);

/**
 * An author's appeal of a moderation decision (once per decision), decided by another moderator
 * or an admin. Upheld: the decision is reversed and does not count as a violation.
 */
export const charterAppeals = snakeCase.table(
  'charter_appeals',
  {
    id: uuid().primaryKey().defaultRandom(),
    moderationActionId: uuid()
      .notNull()
      .references(() => moderationActions.id, { onDelete: 'cascade' }),
    appellantId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    communityId: uuid().references(() => communities.id, { onDelete: 'cascade' }),
    statement: text().notNull(),
    status: charterAppealStatus().notNull().default('pending'),
    decidedBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    decision: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    decidedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    uniqueIndex('charter_appeals_action_key').on(t.moderationActionId),
    index('charter_appeals_queue_idx').on(t.status, t.createdAt, t.id),
    index('charter_appeals_appellant_idx').on(t.appellantId),
  ],
);

export const charterAmbassadorStatus = pgEnum('charter_ambassador_status', ['nominated', 'approved']);

/**
 * An ambassador of the charters for a site or a direction: nominated by themselves (then approved
 * by the chief CM or an admin) or by them directly. Certified by completing the training path; a
 * later major version of the social-media charter asks them to recertify.
 */
export const charterAmbassadors = snakeCase.table(
  'charter_ambassadors',
  {
    userId: uuid()
      .primaryKey()
      .references(() => users.id, { onDelete: 'cascade' }),
    orgUnitId: uuid().references(() => orgUnits.id, { onDelete: 'set null' }),
    status: charterAmbassadorStatus().notNull(),
    nominatedBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    approvedBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    nominatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    approvedAt: timestamp({ withTimezone: true }),
    certifiedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index('charter_ambassadors_unit_idx').on(t.status, t.orgUnitId)],
);

/** The learning paths whose completion certifies an ambassador (the core's social learning). */
export const charterAmbassadorTrainings = snakeCase.table('charter_ambassador_trainings', {
  pathId: uuid()
    .primaryKey()
    .references(() => learningPaths.id, { onDelete: 'cascade' }),
});

/** "Ask an ambassador": a question about the charters for the ambassadors of the asker's unit. */
export const charterAmbassadorQuestions = snakeCase.table(
  'charter_ambassador_questions',
  {
    id: uuid().primaryKey().defaultRandom(),
    askerId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    orgUnitId: uuid().references(() => orgUnits.id, { onDelete: 'set null' }),
    question: text().notNull(),
    answer: text(),
    /** The ambassador the answer is credited to. */
    answeredBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    answeredAt: timestamp({ withTimezone: true }),
  },
  (t) => [index('charter_ambassador_questions_asker_idx').on(t.askerId)],
);

export const charterAdvocacyNetwork = pgEnum('charter_advocacy_network', [
  'linkedin',
  'x',
  'facebook',
  'mastodon',
]);

/**
 * An item of the employee advocacy kit: approved content to share outside, with text variants per
 * language, a link, hashtags and the disclosure line the social-media charter requires.
 */
export const charterAdvocacyItems = snakeCase.table(
  'charter_advocacy_items',
  {
    id: uuid().primaryKey().defaultRandom(),
    title: jsonb().$type<Localised>().notNull(),
    text: jsonb().$type<Localised>().notNull(),
    link: text().notNull(),
    imageUrl: text(),
    hashtags: text().array().notNull().default(sql`'{}'::text[]`),
    disclosure: jsonb().$type<Localised>().notNull(),
    createdBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** After it, the item is no longer offered nor shared; null: evergreen. */
    expiresAt: timestamp({ withTimezone: true }),
  },
  (t) => [index('charter_advocacy_items_recent_idx').on(t.createdAt, t.id)],
);

/**
 * One person's share of a kit item on one network: the text they wrote and the code of the link
 * `/s/<code>`, whose clicks are counted (never who clicked nor their address).
 */
export const charterAdvocacyShares = snakeCase.table(
  'charter_advocacy_shares',
  {
    id: uuid().primaryKey().defaultRandom(),
    itemId: uuid()
      .notNull()
      .references(() => charterAdvocacyItems.id, { onDelete: 'cascade' }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    network: charterAdvocacyNetwork().notNull(),
    code: text().notNull(),
    text: text().notNull(),
    clicks: integer().notNull().default(0),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('charter_advocacy_shares_code_key').on(t.code),
    index('charter_advocacy_shares_item_idx').on(t.itemId, t.userId),
  ],
);

/** The organisation's words a share must not contain (the social-media charter's list), lower case. */
export const charterForbiddenWords = snakeCase.table('charter_forbidden_words', {
  word: text().primaryKey(),
});

/**
 * Version 1 of the plugin stored one charter as versions of a title and a body. Its rows are
 * copied into the tables above by the migration `charters_of_articles`; kept, never written.
 */
export const charterCharters = snakeCase.table(
  'charter_charters',
  {
    id: uuid().primaryKey().defaultRandom(),
    title: text().notNull(),
    body: text().notNull(),
    version: integer().notNull(),
    publishedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    publishedBy: uuid().references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [uniqueIndex('charter_charters_version_key').on(t.version)],
);

/** Version 1's acknowledgements, copied by the same migration; kept, never written. */
export const charterAcknowledgements = snakeCase.table(
  'charter_acknowledgements',
  {
    charterId: uuid()
      .notNull()
      .references(() => charterCharters.id, { onDelete: 'cascade' }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    acknowledgedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.charterId, t.userId] })],
);

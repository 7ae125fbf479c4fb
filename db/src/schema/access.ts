import { index, jsonb, snakeCase, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { orgUnits } from './organisation';
import { roleName, users } from './people';

/** Sessions the Lucia way: the id is public, only the SHA-256 of the secret is stored. */
export const sessions = snakeCase.table(
  'sessions',
  {
    id: text().primaryKey(),
    secretHash: text().notNull(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lastUsedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    userAgent: text(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

export const invitations = snakeCase.table(
  'invitations',
  {
    id: uuid().primaryKey().defaultRandom(),
    email: text().notNull(),
    /** SHA-256 of the one-time token sent in the invitation link. */
    tokenHash: text().notNull().unique(),
    role: roleName().notNull().default('member'),
    orgUnitId: uuid().references(() => orgUnits.id, { onDelete: 'set null' }),
    invitedById: uuid().references(() => users.id, { onDelete: 'set null' }),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    acceptedAt: timestamp({ withTimezone: true }),
    revokedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('invitations_email_idx').on(t.email)],
);

export const auditLog = snakeCase.table(
  'audit_log',
  {
    id: uuid().primaryKey().defaultRandom(),
    actorId: uuid().references(() => users.id, { onDelete: 'set null' }),
    action: text().notNull(),
    subjectType: text().notNull(),
    subjectId: text(),
    details: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('audit_log_created_idx').on(t.createdAt, t.id),
    index('audit_log_subject_idx').on(t.subjectType, t.subjectId),
  ],
);

/**
 * A self sign-up waiting for its owner to follow the link mailed to the address: no account exists
 * until then. The token is made by the job that sends the mail, so only its SHA-256 is ever stored.
 */
export const signUpRequests = snakeCase.table(
  'sign_up_requests',
  {
    id: uuid().primaryKey().defaultRandom(),
    email: text().notNull(),
    name: text().notNull(),
    passwordHash: text().notNull(),
    locale: text().notNull(),
    tokenHash: text().unique(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    confirmedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('sign_up_requests_email_idx').on(t.email)],
);

/**
 * Tokens for integrations and scripts (`Authorization: Bearer levain_<id>_<secret>`): stored like
 * sessions, the id (a random UUID) public and only the SHA-256 of the secret kept. A token acts as its owner, within
 * its scopes ("read", "write", "admin", "metrics", plugin actions such as "pulse:read-results").
 */
export const apiTokens = snakeCase.table(
  'api_tokens',
  {
    id: uuid().primaryKey(),
    secretHash: text().notNull(),
    ownerId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    name: text().notNull(),
    scopes: text().array().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    lastUsedAt: timestamp({ withTimezone: true }),
    revokedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index('api_tokens_owner_idx').on(t.ownerId, t.createdAt)],
);

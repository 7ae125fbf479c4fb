import { index, integer, snakeCase, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './people';

/**
 * An HTTPS endpoint subscribed to domain events. Payloads are signed with HMAC-SHA256 under
 * `signingSecret`, which the API shows once, at creation: the server must keep it to sign (as
 * GitHub and Stripe do), so it is never returned again. A webhook reads as its owner, without the
 * administrator role and never a secret community's content.
 */
export const webhooks = snakeCase.table(
  'webhooks',
  {
    id: uuid().primaryKey().defaultRandom(),
    ownerId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    url: text().notNull(),
    events: text().array().notNull(),
    signingSecret: text().notNull(),
    /** Failed attempts in a row; reaching the limit disables the webhook. */
    consecutiveFailures: integer().notNull().default(0),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    disabledAt: timestamp({ withTimezone: true }),
    /** `admin` (turned off by a person) or `failures` (too many failed attempts in a row). */
    disabledReason: text(),
  },
  (t) => [index('webhooks_owner_idx').on(t.ownerId)],
);

/** One row per attempt to deliver one event to one webhook: the delivery log admins read. */
export const webhookDeliveries = snakeCase.table(
  'webhook_deliveries',
  {
    id: uuid().primaryKey().defaultRandom(),
    webhookId: uuid()
      .notNull()
      .references(() => webhooks.id, { onDelete: 'cascade' }),
    /** The payload's id, the same for every attempt of one event (receivers deduplicate on it). */
    eventId: uuid().notNull(),
    event: text().notNull(),
    attempt: integer().notNull(),
    /** `succeeded` (a 2xx answer) or `failed`. */
    status: text().notNull(),
    responseStatus: integer(),
    /** Why an attempt failed without an answer (refused address, timeout), never the body. */
    error: text(),
    durationMs: integer().notNull(),
    createdAt: timestamp({ withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [index('webhook_deliveries_webhook_idx').on(t.webhookId, t.createdAt.desc(), t.id.desc())],
);

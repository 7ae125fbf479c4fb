import { users } from '@levain/db/schema';
import { integer, primaryKey, snakeCase, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/** Each publication is a new version; the latest published one is the current charter. */
export const charterCharters = snakeCase.table(
  'charter_charters',
  {
    id: uuid().primaryKey().defaultRandom(),
    title: text().notNull(),
    /** Markdown. */
    body: text().notNull(),
    version: integer().notNull(),
    publishedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    publishedBy: uuid().references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [uniqueIndex('charter_charters_version_key').on(t.version)],
);

/** A person stating they have read one version of the charter ("j'ai pris connaissance"). */
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

import { boolean, index, integer, jsonb, snakeCase, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Whether an admin enabled each installed plugin; a disabled plugin keeps its tables and data. */
export const pluginState = snakeCase.table('plugin_state', {
  pluginId: text().primaryKey(),
  enabled: boolean().notNull().default(true),
  installedVersion: text().notNull(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/** Persisted jobs: claimed with FOR UPDATE SKIP LOCKED so each runs once across replicas. */
export const jobs = snakeCase.table(
  'jobs',
  {
    id: uuid().primaryKey().defaultRandom(),
    name: text().notNull(),
    payload: jsonb().$type<unknown>().notNull().default({}),
    runAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** For recurring jobs: the slot ("job@2026-11-21T10:00Z") so a tick is enqueued once. */
    uniqueKey: text().unique(),
    status: text().$type<'pending' | 'running' | 'done' | 'failed'>().notNull().default('pending'),
    attempts: integer().notNull().default(0),
    lockedAt: timestamp({ withTimezone: true }),
    lockedBy: text(),
    lastError: text(),
    finishedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('jobs_due_idx').on(t.status, t.runAt)],
);

/**
 * Secrets the instance makes for itself once (e.g. the key signing unsubscribe links when
 * SECRET_KEY is not set), so every replica and every restart uses the same one.
 */
export const instanceSecrets = snakeCase.table('instance_secrets', {
  name: text().primaryKey(),
  value: text().notNull(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

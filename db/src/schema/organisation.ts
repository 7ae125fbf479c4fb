import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  index,
  jsonb,
  pgEnum,
  snakeCase,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';

/** One row: the company running this Levain instance. */
export const organisationSettings = snakeCase.table('organisation_settings', {
  id: text().primaryKey().default('default'),
  name: text().notNull(),
  defaultLocale: text().notNull().default('fr'),
  /** Email domains whose owners may sign up without an invitation (set by an admin). */
  allowedEmailDomains: text().array().notNull().default(sql`'{}'::text[]`),
  /** Whether colleagues see each other's email address (HR, admins and the person always do). */
  colleaguesSeeEmail: boolean().notNull().default(true),
  /** Whether people other than admins may create API tokens of their own. */
  personalApiTokens: boolean().notNull().default(false),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

export const orgUnitKind = pgEnum('org_unit_kind', ['company', 'country', 'direction', 'department', 'team']);

/** The organisation chart: company → country → direction/department → team. */
export const orgUnits = snakeCase.table(
  'org_units',
  {
    id: uuid().primaryKey().defaultRandom(),
    /** Stable key used by directory imports and SSO claims (e.g. "fr-hr"). */
    code: text().notNull().unique(),
    name: text().notNull(),
    kind: orgUnitKind().notNull(),
    parentId: uuid().references((): AnyPgColumn => orgUnits.id, { onDelete: 'restrict' }),
    archived: boolean().notNull().default(false),
    metadata: jsonb().$type<Record<string, string>>().notNull().default({}),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('org_units_parent_idx').on(t.parentId)],
);

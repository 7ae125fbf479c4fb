import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  index,
  jsonb,
  pgEnum,
  primaryKey,
  snakeCase,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { orgUnits } from './organisation';
import { searchDocumentWeighted, tsvector } from './text-search';

export type WorkingHours = {
  /** ISO weekdays (1 = Monday … 7 = Sunday) on which the person works. */
  days: number[];
  /** Local start and end of the working day, "HH:MM". */
  start: string;
  end: string;
};

export const defaultWorkingHours: WorkingHours = { days: [1, 2, 3, 4, 5], start: '09:00', end: '18:00' };

export const userStatus = pgEnum('user_status', ['active', 'deactivated']);

export const users = snakeCase.table(
  'users',
  {
    id: uuid().primaryKey().defaultRandom(),
    email: text().notNull(),
    name: text().notNull(),
    title: text(),
    locale: text().notNull().default('fr'),
    /** Languages whose posts the home feed shows (ISO 639-1); null: the UI language and the communities'. */
    readLanguages: text().array(),
    timeZone: text().notNull().default('Europe/Paris'),
    workingHours: jsonb().$type<WorkingHours>().notNull().default(defaultWorkingHours),
    managerId: uuid().references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
    orgUnitId: uuid().references(() => orgUnits.id, { onDelete: 'set null' }),
    avatarPath: text(),
    bio: text(),
    passwordHash: text(),
    /** Subject of the person at the OpenID Connect provider, when they sign in by SSO. */
    oidcSubject: text(),
    status: userStatus().notNull().default('active'),
    /** Name (weight A) and job title (weight B), accent-insensitive. */
    search: tsvector().generatedAlwaysAs(() =>
      searchDocumentWeighted([
        [sql`name`, 'A'],
        [sql`coalesce(title, '')`, 'B'],
      ]),
    ),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('users_email_key').on(sql`lower(${t.email})`),
    uniqueIndex('users_oidc_subject_key').on(t.oidcSubject),
    index('users_org_unit_idx').on(t.orgUnitId),
    index('users_manager_idx').on(t.managerId),
    index('users_name_id_idx').on(t.name, t.id),
    index('users_search_idx').using('gin', t.search),
    // Trigrams of the name: prefixes and typos ("Camile") still find the person.
    index('users_name_trgm_idx').using('gin', sql`lower(${t.name}) gin_trgm_ops`),
  ],
);

export const roleName = pgEnum('role_name', ['admin', 'hr', 'chief_cm', 'member']);

export const userRoles = snakeCase.table(
  'user_roles',
  {
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: roleName().notNull(),
    grantedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.role] })],
);

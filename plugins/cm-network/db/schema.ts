import { orgUnits, users } from '@levain/db/schema';
import { sql } from 'drizzle-orm';
import { check, index, integer, pgEnum, snakeCase, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/** Who animates which part of the organisation: the chief CM, one CM per country or department, managers as part-time CMs. */
export const communityManagerRoleKind = pgEnum('cm_network_role_kind', [
  'chief',
  'country',
  'department',
  'manager_part_time',
]);

/** The CM network roster: one row per person and org unit they animate. */
export const cmNetworkRoles = snakeCase.table(
  'cm_network_roles',
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** The org unit the person animates (company for the chief CM, a country, a department…). */
    orgUnitId: uuid()
      .notNull()
      .references(() => orgUnits.id, { onDelete: 'cascade' }),
    kind: communityManagerRoleKind().notNull(),
    /** Share of the job description given to community management ("fiche de poste"). */
    shareOfTimePercent: integer().notNull(),
    assignedBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    assignedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('cm_network_roles_user_org_unit_key').on(t.userId, t.orgUnitId),
    index('cm_network_roles_org_unit_idx').on(t.orgUnitId),
    check('cm_network_roles_share_check', sql`${t.shareOfTimePercent} between 1 and 100`),
  ],
);

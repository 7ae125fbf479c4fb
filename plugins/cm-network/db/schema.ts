import { communities, orgUnits, users } from '@levain/db/schema';
import { sql } from 'drizzle-orm';
import {
  check,
  doublePrecision,
  index,
  integer,
  pgEnum,
  snakeCase,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

/** Who animates which part of the organisation: the chief CM, one CM per country or department, managers as part-time CMs. */
export const communityManagerRoleKind = pgEnum('cm_network_role_kind', [
  'chief',
  'country',
  'department',
  'manager_part_time',
]);

/** A full-time CM gives all their time to it; a part-time CM a declared share of their job description. */
export const cmTimeBasis = pgEnum('cm_network_time_basis', ['full_time', 'part_time']);

/** A place in the CM network on an org unit (a country, a country's direction, a team), filled or not. */
export const cmPositions = snakeCase.table(
  'cm_network_positions',
  {
    id: uuid().primaryKey().defaultRandom(),
    orgUnitId: uuid()
      .notNull()
      .references(() => orgUnits.id, { onDelete: 'cascade' }),
    kind: communityManagerRoleKind().notNull(),
    timeBasis: cmTimeBasis().notNull(),
    /** Share of the job description given to community management ("fiche de poste"): 100 when full-time. */
    shareOfTimePercent: integer().notNull(),
    createdBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('cm_network_positions_org_unit_idx').on(t.orgUnitId),
    check(
      'cm_network_positions_share_check',
      sql`(${t.timeBasis} = 'full_time' and ${t.shareOfTimePercent} = 100) or (${t.timeBasis} = 'part_time' and ${t.shareOfTimePercent} between 1 and 99)`,
    ),
  ],
);

/** Who held a position when: the open row (no end) is its current CM. */
export const cmAssignments = snakeCase.table(
  'cm_network_assignments',
  {
    id: uuid().primaryKey().defaultRandom(),
    positionId: uuid()
      .notNull()
      .references(() => cmPositions.id, { onDelete: 'cascade' }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    startedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    endedAt: timestamp({ withTimezone: true }),
    assignedBy: uuid().references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [
    uniqueIndex('cm_network_assignments_current_key').on(t.positionId).where(sql`ended_at is null`),
    index('cm_network_assignments_position_idx').on(t.positionId, t.startedAt),
    index('cm_network_assignments_user_idx').on(t.userId),
  ],
);

/** The chief CM's target for a metric: the network's default (no org unit) or a country's own. */
export const cmTargets = snakeCase.table(
  'cm_network_targets',
  {
    id: uuid().primaryKey().defaultRandom(),
    metric: text().notNull(),
    orgUnitId: uuid().references(() => orgUnits.id, { onDelete: 'cascade' }),
    value: doublePrecision().notNull(),
    setBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    setAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('cm_network_targets_default_key').on(t.metric).where(sql`org_unit_id is null`),
    uniqueIndex('cm_network_targets_unit_key').on(t.metric, t.orgUnitId).where(sql`org_unit_id is not null`),
  ],
);

/** One row: the network's own private community, which every CM joins while they hold a position. */
export const cmSettings = snakeCase.table('cm_network_settings', {
  id: text().primaryKey().default('default'),
  communityId: uuid().references(() => communities.id, { onDelete: 'set null' }),
});

import { users } from '@levain/db/schema';
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  primaryKey,
  smallint,
  snakeCase,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { campaignColumn, pulseCampaigns } from './campaigns';

/**
 * What may be shown of each group (org unit × filter) of a closed period, computed once under the
 * anonymity rules: every query reads here, never the answers themselves.
 */
export const pulseGroupResults = snakeCase.table(
  'pulse_group_results',
  {
    campaignId: campaignColumn(),
    period: smallint().notNull(),
    orgUnitId: uuid().notNull(),
    filterKey: text().notNull(),
    /** Null when hidden. */
    responseCount: integer(),
    hiddenReason: text().$type<'TOO_FEW_ANSWERS' | 'COMPLEMENT'>(),
    invitedCount: integer(),
    histograms: jsonb().$type<Record<string, number[]>>(),
    drivers: jsonb().$type<Record<string, number | null>>(),
    commentsVisible: boolean().notNull().default(false),
  },
  (t) => [primaryKey({ columns: [t.campaignId, t.period, t.filterKey, t.orgUnitId] })],
);

/** A workload-risk index that crossed the threshold or moved a lot in a group: HR is told. */
export const pulseAlerts = snakeCase.table(
  'pulse_alerts',
  {
    id: uuid().primaryKey().defaultRandom(),
    campaignId: campaignColumn(),
    period: smallint().notNull(),
    orgUnitId: uuid().notNull(),
    kind: text().$type<'threshold' | 'rise' | 'fall'>().notNull(),
    riskIndex: smallint().notNull(),
    previous: smallint(),
    responseCount: integer().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    acknowledgedAt: timestamp({ withTimezone: true }),
    acknowledgedBy: uuid().references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [index('pulse_alerts_created_idx').on(t.createdAt.desc(), t.id.desc())],
);

export type ActionStep = { text: string; done: boolean };

/** "You said, we did": what HR or a manager commits to after a result, for a team to see. */
export const pulseActionPlans = snakeCase.table(
  'pulse_action_plans',
  {
    id: uuid().primaryKey().defaultRandom(),
    campaignId: uuid().references(() => pulseCampaigns.id, { onDelete: 'set null' }),
    orgUnitId: uuid().notNull(),
    dimension: text().notNull(),
    title: text().notNull(),
    /** What the team said, in the words of the plan's author (never a quote of an answer). */
    finding: text().notNull(),
    ownerId: uuid().references(() => users.id, { onDelete: 'set null' }),
    steps: jsonb().$type<ActionStep[]>().notNull().default([]),
    dueOn: date({ mode: 'string' }).notNull(),
    status: text().$type<'planned' | 'in_progress' | 'done'>().notNull().default('planned'),
    createdBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('pulse_action_plans_unit_idx').on(t.orgUnitId, t.createdAt.desc())],
);

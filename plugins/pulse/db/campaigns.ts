import { users } from '@levain/db/schema';
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  jsonb,
  pgEnum,
  primaryKey,
  smallint,
  snakeCase,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import type { PulseQuestion } from '../server/library/questions';

export const pulseCadence = pgEnum('pulse_cadence', ['once', 'weekly', 'biweekly', 'monthly']);

/** Who a campaign asks: everyone, or the people of some org units (and below) and communities. */
export type PulseAudience = { everyone: boolean; orgUnitIds: string[]; communityIds: string[] };

/** The organisation's rules for showing results; the group minimums are copied into each campaign. */
export const pulseSettings = snakeCase.table(
  'pulse_settings',
  {
    id: text().primaryKey().default('default'),
    minGroupSize: smallint().notNull().default(5),
    commentMinGroupSize: smallint().notNull().default(10),
    riskThreshold: smallint().notNull().default(60),
    riskMovePoints: smallint().notNull().default(8),
    riskMoveMinResponses: smallint().notNull().default(20),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('pulse_settings_min_group_check', sql`${t.minGroupSize} between 3 and 10`),
    check('pulse_settings_comment_min_check', sql`${t.commentMinGroupSize} between ${t.minGroupSize} and 50`),
  ],
);

/** The organisation's own questions, and its rewording of built-in ones (same id). */
export const pulseQuestions = snakeCase.table('pulse_questions', {
  id: text().primaryKey(),
  definition: jsonb().$type<PulseQuestion>().notNull(),
  archived: boolean().notNull().default(false),
  updatedBy: uuid().references(() => users.id, { onDelete: 'set null' }),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/** A climate-social pulse survey run by HR, once or on a cadence, between two dates. */
export const pulseCampaigns = snakeCase.table(
  'pulse_campaigns',
  {
    id: uuid().primaryKey().defaultRandom(),
    title: text().notNull(),
    /** Copied into the campaign when it is created, so later changes to the library leave it intact. */
    questions: jsonb().$type<PulseQuestion[]>().notNull(),
    opensAt: timestamp({ withTimezone: true }).notNull(),
    closesAt: timestamp({ withTimezone: true }).notNull(),
    cadence: pulseCadence().notNull().default('once'),
    audience: jsonb()
      .$type<PulseAudience>()
      .notNull()
      .default({ everyone: true, orgUnitIds: [], communityIds: [] }),
    /** Questions each person gets per pulse (rotation covers the rest over the following pulses). */
    pulseSize: smallint().notNull().default(5),
    /** Days each pulse stays open; null: until the next one (or the campaign's end). */
    windowDays: smallint(),
    /** Days after a pulse opens on which those who have not answered are reminded. */
    reminderDays: smallint().array().notNull().default(sql`'{3}'::smallint[]`),
    askComment: boolean().notNull().default(true),
    /** Copied from the settings; frozen once the campaign opens. */
    minGroupSize: smallint().notNull().default(5),
    commentMinGroupSize: smallint().notNull().default(10),
    createdBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('pulse_campaigns_opens_at_idx').on(t.opensAt, t.id),
    check('pulse_campaigns_dates_check', sql`${t.closesAt} > ${t.opensAt}`),
    check('pulse_campaigns_pulse_size_check', sql`${t.pulseSize} between 1 and 5`),
    check('pulse_campaigns_min_group_check', sql`${t.minGroupSize} between 3 and 10`),
  ],
);

/** The campaign a row belongs to (deleted with it). */
export const campaignColumn = () =>
  uuid()
    .notNull()
    .references(() => pulseCampaigns.id, { onDelete: 'cascade' });

/** One pulse of a campaign (the only one for a one-off campaign): its dates and its questions. */
export const pulsePeriods = snakeCase.table(
  'pulse_periods',
  {
    campaignId: campaignColumn(),
    index: smallint().notNull(),
    opensAt: timestamp({ withTimezone: true }).notNull(),
    closesAt: timestamp({ withTimezone: true }).notNull(),
    questionIds: text().array().notNull(),
    /** Set once its results are computed: answers are then final and shuffled into pulse_responses. */
    closedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.campaignId, t.index] }),
    index('pulse_periods_open_idx').on(t.closesAt).where(sql`closed_at is null`),
  ],
);

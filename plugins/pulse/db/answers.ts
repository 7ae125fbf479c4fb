import { users } from '@levain/db/schema';
import { sql } from 'drizzle-orm';
import {
  boolean,
  index,
  jsonb,
  primaryKey,
  smallint,
  snakeCase,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { campaignColumn } from './campaigns';

/**
 * The participation record: who was asked which pulse, when it may reach them (their working
 * hours), whether they were reminded and whether they answered. Never what they answered.
 */
export const pulseInvitations = snakeCase.table(
  'pulse_invitations',
  {
    campaignId: campaignColumn(),
    period: smallint().notNull(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** Where the person sat when asked: their answers are counted there. */
    orgUnitId: uuid(),
    deliverAt: timestamp({ withTimezone: true }).notNull(),
    deliveredAt: timestamp({ withTimezone: true }),
    remindersSent: smallint().notNull().default(0),
    answered: boolean().notNull().default(false),
  },
  (t) => [
    primaryKey({ columns: [t.campaignId, t.period, t.userId] }),
    index('pulse_invitations_user_idx').on(t.userId),
    index('pulse_invitations_due_idx').on(t.deliverAt).where(sql`delivered_at is null`),
  ],
);

/** Answers of a pulse still open, as whole anonymous submissions, waiting to be shuffled in. */
export type PendingSubmission = {
  path: string[];
  tenure: string;
  manager: boolean;
  answers: Record<string, number>;
  comment: string | null;
};
export const pulsePendingAnswers = snakeCase.table(
  'pulse_pending_answers',
  {
    campaignId: campaignColumn(),
    period: smallint().notNull(),
    submission: jsonb().$type<PendingSubmission>().notNull(),
  },
  (t) => [index('pulse_pending_answers_period_idx').on(t.campaignId, t.period)],
);

/**
 * Anonymous answers: campaign, period, org-unit path, segments, question, value. No person, no
 * time beyond the period, written in a shuffled order when the pulse closes. `submissionId` is a
 * random id shared by the answers of one submission (driver analysis correlates them).
 */
export const pulseResponses = snakeCase.table(
  'pulse_responses',
  {
    campaignId: campaignColumn(),
    period: smallint().notNull(),
    submissionId: uuid().notNull(),
    orgPath: uuid().array().notNull(),
    tenure: text().notNull(),
    manager: boolean().notNull(),
    questionId: text().notNull(),
    value: smallint().notNull(),
  },
  (t) => [index('pulse_responses_period_idx').on(t.campaignId, t.period)],
);

/** Free-text comments, apart from the scores so a comment cannot be tied to its author's answers. */
export const pulseComments = snakeCase.table(
  'pulse_comments',
  {
    campaignId: campaignColumn(),
    period: smallint().notNull(),
    orgPath: uuid().array().notNull(),
    body: text().notNull(),
  },
  (t) => [index('pulse_comments_period_idx').on(t.campaignId, t.period)],
);

import { users } from '@levain/db/schema';
import { sql } from 'drizzle-orm';
import { check, index, jsonb, snakeCase, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** One question of a pulse survey, worded in both languages of the UI. */
export type PulseQuestion = { id: string; text: { fr: string; en: string } };

/** A climate-social pulse survey run by HR between two dates. */
export const pulseCampaigns = snakeCase.table(
  'pulse_campaigns',
  {
    id: uuid().primaryKey().defaultRandom(),
    title: text().notNull(),
    /** Copied into the campaign when it is created, so later changes to the standard set leave it intact. */
    questions: jsonb().$type<PulseQuestion[]>().notNull(),
    opensAt: timestamp({ withTimezone: true }).notNull(),
    closesAt: timestamp({ withTimezone: true }).notNull(),
    createdBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('pulse_campaigns_opens_at_idx').on(t.opensAt, t.id),
    check('pulse_campaigns_dates_check', sql`${t.closesAt} > ${t.opensAt}`),
  ],
);

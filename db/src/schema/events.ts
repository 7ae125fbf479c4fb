import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  pgEnum,
  primaryKey,
  snakeCase,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { communities } from './communities';
import { orgUnits } from './organisation';
import { users } from './people';

export const eventAnswer = pgEnum('event_answer', ['going', 'maybe', 'declined']);

/**
 * A company event (no community: official, everyone sees it) or a community's event (seen as the
 * community's content is). Times are instants; `timeZone` is the IANA zone it is held in, which
 * recurrence and all-day dates follow.
 */
export const events = snakeCase.table(
  'events',
  {
    id: uuid().primaryKey().defaultRandom(),
    communityId: uuid().references(() => communities.id, { onDelete: 'cascade' }),
    title: text().notNull(),
    description: text().notNull().default(''),
    startsAt: timestamp({ withTimezone: true }).notNull(),
    endsAt: timestamp({ withTimezone: true }).notNull(),
    timeZone: text().notNull(),
    allDay: boolean().notNull().default(false),
    /** An RRULE (RFC 5545, weekly or monthly) bounded by UNTIL or COUNT; null for a single event. */
    recurrence: text(),
    /** End of the last occurrence, so lists find a recurring event without expanding it. */
    lastEndsAt: timestamp({ withTimezone: true }).notNull(),
    location: text(),
    onlineUrl: text(),
    /** Seats, guests included; null when there is no limit. */
    capacity: integer(),
    /** Shown in the room: attendees check themselves in with it. */
    checkInCode: text().notNull(),
    /** Minutes before each occurrence when those going or maybe are reminded (empty: no reminder). */
    reminderMinutes: integer().array().notNull().default(sql`'{1440,60}'::integer[]`),
    createdById: uuid().references(() => users.id, { onDelete: 'set null' }),
    cancelledAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('events_agenda_idx').on(t.lastEndsAt, t.startsAt, t.id),
    index('events_community_idx').on(t.communityId, t.startsAt),
    index('events_created_by_idx').on(t.createdById),
    check('events_end_after_start', sql`${t.endsAt} > ${t.startsAt}`),
    check('events_capacity_positive', sql`${t.capacity} is null or ${t.capacity} > 0`),
  ],
);

export const eventOrganisers = snakeCase.table(
  'event_organisers',
  {
    eventId: uuid()
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.userId] }), index('event_organisers_user_idx').on(t.userId)],
);

/**
 * A person's answer. Going with no seat left puts them on the waiting list (`waitlistedAt`, the
 * order of the list); a seat that frees up goes to the first of the list.
 */
export const eventAnswers = snakeCase.table(
  'event_answers',
  {
    eventId: uuid()
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    answer: eventAnswer().notNull(),
    guests: integer().notNull().default(0),
    waitlistedAt: timestamp({ withTimezone: true }),
    checkedInAt: timestamp({ withTimezone: true }),
    answeredAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.eventId, t.userId] }),
    index('event_answers_user_idx').on(t.userId, t.answer),
    index('event_answers_event_idx').on(t.eventId, t.answer, t.waitlistedAt),
    check('event_answers_guests', sql`${t.guests} >= 0`),
  ],
);

/** Invited: one person, every member of a community, or everyone in an org unit. */
export const eventInvitations = snakeCase.table(
  'event_invitations',
  {
    id: uuid().primaryKey().defaultRandom(),
    eventId: uuid()
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    userId: uuid().references(() => users.id, { onDelete: 'cascade' }),
    communityId: uuid().references(() => communities.id, { onDelete: 'cascade' }),
    orgUnitId: uuid().references(() => orgUnits.id, { onDelete: 'cascade' }),
    invitedById: uuid().references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('event_invitations_event_idx').on(t.eventId, t.createdAt),
    index('event_invitations_user_idx').on(t.userId),
    index('event_invitations_community_idx').on(t.communityId),
    index('event_invitations_org_unit_idx').on(t.orgUnitId),
    index('event_invitations_invited_by_idx').on(t.invitedById),
    check(
      'event_invitations_one_invitee',
      sql`num_nonnulls(${t.userId}, ${t.communityId}, ${t.orgUnitId}) = 1`,
    ),
  ],
);

/** Reminders sent, one row per occurrence and delay: each goes out once, whatever the replicas. */
export const eventReminders = snakeCase.table(
  'event_reminders',
  {
    eventId: uuid()
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    occurrenceStartsAt: timestamp({ withTimezone: true }).notNull(),
    minutes: integer().notNull(),
    sentAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.occurrenceStartsAt, t.minutes] })],
);

/**
 * A person's calendar subscription: the secret in its URL, so calendar applications read the events
 * they answered without a session. Regenerating replaces it, and the old URL stops working.
 */
export const calendarFeeds = snakeCase.table('calendar_feeds', {
  userId: uuid()
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  token: text().notNull().unique(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

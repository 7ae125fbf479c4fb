import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { type EventState, eventAccessFor } from '../agenda/event-access';
import { occurrencesBetween } from '../agenda/schedule';
import type { Context } from '../context';
import { NotFoundError, NotSignedInError } from '../errors';
import { can, readableEventsWhere } from '../permissions';
import { NOBODY } from '../posts/access';
import { builder } from './builder';
import { Community } from './community';
import { OrgUnit } from './org-unit';
import { User } from './user';
import { message } from './validation';

export const EventAnswer = builder.enumType('EventAnswer', {
  values: ['going', 'maybe', 'declined'] as const,
});

const viewerId = (ctx: Context) => ctx.viewer?.id ?? NOBODY;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const EventAttendee = builder.drizzleObject('eventAnswers', {
  name: 'EventAttendee',
  description:
    'A person’s answer to an event, with their guests; on the waiting list while waitlistPosition is set.',
  fields: (t) => ({
    user: t.relation('user', { type: User }),
    answer: t.expose('answer', { type: EventAnswer }),
    guests: t.exposeInt('guests'),
    answeredAt: t.expose('answeredAt', { type: 'DateTime' }),
    checkedInAt: t.expose('checkedInAt', { type: 'DateTime', nullable: true }),
    waitlistPosition: t.int({
      nullable: true,
      description: '1 for the first person waiting; null when the person has a seat (or did not say going).',
      select: {
        extras: {
          waitlistPosition: (a) => sql<number | null>`(case when ${a.waitlistedAt} is null then null else
            (select count(*)::int from event_answers w where w.event_id = ${a.eventId} and w.waitlisted_at is not null
              and (w.waitlisted_at, w.user_id) <= (${a.waitlistedAt}, ${a.userId})) end)`,
        },
      },
      resolve: (a) => a.waitlistPosition,
    }),
  }),
});

export const EventInvitation = builder.drizzleObject('eventInvitations', {
  name: 'EventInvitation',
  description: 'Who was invited: one person, a community’s members or an org unit’s people.',
  fields: (t) => ({
    user: t.relation('user', { type: User, nullable: true }),
    community: t.relation('community', { type: Community, nullable: true }),
    orgUnit: t.relation('orgUnit', { type: OrgUnit, nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

const EventOccurrence = builder.objectRef<{ startsAt: Date; endsAt: Date }>('EventOccurrence').implement({
  fields: (t) => ({
    startsAt: t.expose('startsAt', { type: 'DateTime' }),
    endsAt: t.expose('endsAt', { type: 'DateTime' }),
  }),
});

/** What the rules read, selected with every Event (organisers are a handful of people). */
const eventState = {
  columns: { id: true, cancelledAt: true, lastEndsAt: true },
  with: {
    community: {
      columns: { id: true, visibility: true, joinPolicy: true, archivedAt: true, deletedAt: true },
    },
    organisers: { columns: { id: true } },
  },
} as const;

const manages = async (event: unknown, ctx: Context) =>
  can(ctx.viewer, 'event:manage', await eventAccessFor(ctx, event as EventState));

/**
 * node(id) answers like event(id): null, without an error, for an event the viewer may not see.
 * (The relay plugin prefers `loadMany` to the drizzle plugin's loader, whose types do not list it.)
 */
const nodeLoading = {
  loadMany: async (ids: string[], ctx: Context) => {
    if (!ctx.viewer) throw new NotSignedInError();
    const rows = await ctx.db.query.events.findMany({
      where: {
        id: { in: ids.filter((id) => UUID.test(id)) },
        RAW: (e) => readableEventsWhere(ctx.viewer, e),
      },
      ...eventState,
    });
    return ids.map((id) => rows.find((row) => row.id === id) ?? null);
  },
};

export const Event = builder.drizzleNode('events', {
  name: 'Event',
  description:
    'A company event (no community) or a community’s event, seen as that community’s content is. Times are instants; timeZone is where it is held.',
  select: eventState,
  authScopes: async (event, ctx) => {
    if (!ctx.viewer) throw new NotSignedInError();
    if (!can(ctx.viewer, 'event:read', await eventAccessFor(ctx, event as unknown as EventState)))
      throw new NotFoundError();
    return true;
  },
  id: { column: (event) => event.id },
  ...nodeLoading,
  fields: (t) => ({
    title: t.exposeString('title'),
    description: t.exposeString('description', { description: 'Markdown.' }),
    startsAt: t.expose('startsAt', { type: 'DateTime', description: 'Start of the first occurrence.' }),
    endsAt: t.expose('endsAt', { type: 'DateTime', description: 'End of the first occurrence.' }),
    timeZone: t.exposeString('timeZone', { description: 'IANA time zone the event is held in.' }),
    allDay: t.exposeBoolean('allDay'),
    recurrence: t.exposeString('recurrence', {
      nullable: true,
      description: 'RFC 5545 RRULE of a series (wall-clock times in timeZone); null for a single event.',
    }),
    lastEndsAt: t.expose('lastEndsAt', { type: 'DateTime', description: 'End of the last occurrence.' }),
    location: t.exposeString('location', { nullable: true }),
    onlineUrl: t.exposeString('onlineUrl', { nullable: true }),
    capacity: t.exposeInt('capacity', {
      nullable: true,
      description: 'Seats, guests included; null: no limit.',
    }),
    reminderMinutes: t.exposeIntList('reminderMinutes', {
      description: 'Minutes before each occurrence when those going or maybe are reminded.',
    }),
    cancelledAt: t.expose('cancelledAt', { type: 'DateTime', nullable: true }),
    community: t.relation('community', { type: Community, nullable: true }),
    organisers: t.relation('organisers', { type: User }),
    icsUrl: t.string({
      description: 'The event as an iCalendar file, for the viewer’s calendar application.',
      resolve: (event, _args, ctx) => `${ctx.config.publicUrl}/events/${event.id}.ics`,
    }),
    answersCsvUrl: t.string({
      nullable: true,
      description: 'Every answer as a CSV file (organisers only).',
      authScopes: (event, _args, ctx) => manages(event, ctx),
      unauthorizedResolver: () => null,
      resolve: (event, _args, ctx) => `${ctx.config.publicUrl}/events/${event.id}/answers.csv`,
    }),
    seatsTaken: t.int({
      description: 'Seats of people going (with their guests), waiting list excluded.',
      select: {
        extras: {
          seatsTaken: (e) => sql<number>`(select coalesce(sum(1 + a.guests), 0)::int from event_answers a
            where a.event_id = ${e.id} and a.answer = 'going' and a.waitlisted_at is null)`,
        },
      },
      resolve: (e) => e.seatsTaken,
    }),
    viewerAnswer: t.field({
      type: EventAnswer,
      nullable: true,
      select: (_args, ctx) => ({
        extras: {
          viewerAnswer: (e) =>
            sql<
              'going' | 'maybe' | 'declined' | null
            >`(select a.answer from event_answers a where a.event_id = ${e.id} and a.user_id = ${viewerId(ctx)})`,
        },
      }),
      resolve: (e) => e.viewerAnswer,
    }),
    viewerAttendance: t.relation('answers', {
      type: EventAttendee,
      description: 'The viewer’s own answer (guests, waiting-list position), if any: at most one.',
      query: (_args, ctx) => ({ where: { userId: viewerId(ctx) } }),
    }),
    viewerCanManage: t.boolean({
      description:
        'Whether the viewer organises the event (or moderates its community): lists, cancelling, check-in.',
      resolve: (event, _args, ctx) => manages(event, ctx),
    }),
    checkInCode: t.exposeString('checkInCode', {
      nullable: true,
      description: 'The code to show in the room (organisers only).',
      authScopes: (event, _args, ctx) => manages(event, ctx),
      unauthorizedResolver: () => null,
    }),
    occurrences: t.field({
      type: [EventOccurrence],
      description: 'Occurrences overlapping [from, to) (at most 200).',
      args: {
        from: t.arg({ type: 'DateTime', required: true }),
        to: t.arg({ type: 'DateTime', required: true }),
      },
      select: { columns: { startsAt: true, endsAt: true, timeZone: true, recurrence: true } },
      resolve: (e, args) => occurrencesBetween(e, args.from, args.to),
    }),
    attendees: t.relatedConnection('answers', {
      description: 'People going or who may come, with a seat; first answers first.',
      args: {
        answer: t.arg({ type: EventAnswer, description: 'Only this answer (declined: organisers only).' }),
      },
      authScopes: async (event, args, ctx) => args.answer !== 'declined' || manages(event, ctx),
      query: (args) => ({
        where: {
          waitlistedAt: { isNull: true },
          answer: args.answer ? args.answer : { in: ['going' as const, 'maybe' as const] },
        },
        orderBy: { answeredAt: 'asc', userId: 'asc' },
      }),
    }),
    waitlist: t.relatedConnection('answers', {
      description: 'The waiting list in order (organisers only).',
      authScopes: (event, _args, ctx) => manages(event, ctx),
      query: {
        where: { waitlistedAt: { isNotNull: true } },
        orderBy: { waitlistedAt: 'asc', userId: 'asc' },
      },
    }),
    invitations: t.relatedConnection('invitations', {
      type: EventInvitation,
      description: 'Who was invited (organisers only).',
      authScopes: (event, _args, ctx) => manages(event, ctx),
      query: { orderBy: { createdAt: 'asc', id: 'asc' } },
    }),
  }),
});

export const eventRange = {
  /** An agenda asks for a year at most. */
  maxDays: 366,
  check: z
    .object({ from: z.date(), to: z.date() })
    .refine(({ from, to }) => to > from && to.getTime() - from.getTime() <= 366 * 86_400_000, {
      message: message('validation.dateRange', { days: 366 }),
      path: ['to'],
    }),
};

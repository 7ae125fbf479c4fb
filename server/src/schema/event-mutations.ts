import { z } from 'zod';
import { answerEvent, MAX_GUESTS } from '../agenda/answers';
import { scheduleFrom } from '../agenda/schedule';
import { cancelEvent, checkIn, createEvent } from '../agenda/write';
import { found } from '../communities/write';
import { builder } from './builder';
import { Community } from './community';
import { Event, EventAnswer, EventAttendee } from './event';
import { User } from './user';
import { fields, message } from './validation';

const MAX_CAPACITY = 100_000;
const url = z
  .string()
  .trim()
  .max(500, message('validation.tooLong', { max: 500 }))
  .refine((value) => /^https?:\/\/\S+$/i.test(value), message('validation.url'));

const EventFrequency = builder.enumType('EventFrequency', { values: ['weekly', 'monthly'] as const });

const EventRecurrenceInput = builder.inputType('EventRecurrenceInput', {
  description: 'A series ends with until or count, at most two years after its first occurrence.',
  fields: (t) => ({
    frequency: t.field({ type: EventFrequency, required: true }),
    interval: t.int({
      description: 'Every N weeks or months (default 1).',
      validate: z
        .number()
        .int()
        .min(1)
        .max(12, message('validation.tooMany', { max: 12 })),
    }),
    until: t.field({ type: 'DateTime' }),
    count: t.int({
      validate: z
        .number()
        .int()
        .min(1)
        .max(104, message('validation.tooMany', { max: 104 })),
    }),
  }),
});

const CreateEventInput = builder.inputType('CreateEventInput', {
  fields: (t) => ({
    communityId: t.globalID({ for: Community, description: 'Leave out for a company event.' }),
    title: t.string({ required: true, validate: fields.text(150) }),
    description: t.string({
      validate: z
        .string()
        .trim()
        .max(10_000, message('validation.tooLong', { max: 10_000 })),
    }),
    startsAt: t.field({ type: 'DateTime', required: true }),
    endsAt: t.field({ type: 'DateTime', required: true }),
    timeZone: t.string({ required: true, validate: fields.timeZone() }),
    allDay: t.boolean(),
    recurrence: t.field({ type: EventRecurrenceInput }),
    location: t.string({
      validate: z
        .string()
        .trim()
        .max(300, message('validation.tooLong', { max: 300 })),
    }),
    onlineUrl: t.string({ validate: url }),
    capacity: t.int({
      validate: z
        .number()
        .int()
        .min(1, message('validation.capacity', { max: MAX_CAPACITY }))
        .max(MAX_CAPACITY, message('validation.capacity', { max: MAX_CAPACITY })),
    }),
  }),
});

builder.mutationFields((t) => ({
  createEvent: t.withAuth({ signedIn: true }).drizzleField({
    type: Event,
    description: 'Creates an event in a community (its posters) or for the company (admins, the chief CM).',
    errors: {},
    args: { input: t.arg({ type: CreateEventInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const schedule = scheduleFrom({
        startsAt: input.startsAt,
        endsAt: input.endsAt,
        timeZone: input.timeZone,
        allDay: input.allDay ?? false,
        recurrence: input.recurrence
          ? {
              frequency: input.recurrence.frequency,
              interval: input.recurrence.interval ?? 1,
              until: input.recurrence.until ?? null,
              count: input.recurrence.count ?? null,
            }
          : null,
      });
      const created = await ctx.db.transaction((tx) =>
        createEvent(tx, ctx.viewer, {
          communityId: input.communityId?.id ?? null,
          title: input.title,
          description: input.description ?? '',
          schedule,
          location: input.location || null,
          onlineUrl: input.onlineUrl || null,
          capacity: input.capacity ?? null,
        }),
      );
      return found(await ctx.db.query.events.findFirst(query({ where: { id: created.id } })));
    },
  }),
  answerEvent: t.withAuth({ signedIn: true }).drizzleField({
    type: Event,
    description:
      'Going, maybe or declined, with guests. Going to a full event puts the viewer on the waiting list (Event.viewerAttendance.waitlistPosition); a freed seat goes to the first waiting.',
    errors: {},
    args: {
      eventId: t.arg.globalID({ required: true, for: Event }),
      answer: t.arg({ type: EventAnswer, required: true }),
      guests: t.arg.int({
        defaultValue: 0,
        validate: z
          .number()
          .int()
          .min(0, message('validation.guests', { max: MAX_GUESTS }))
          .max(MAX_GUESTS, message('validation.guests', { max: MAX_GUESTS })),
      }),
    },
    resolve: async (query, _root, args, ctx) => {
      await ctx.db.transaction((tx) =>
        answerEvent(tx, ctx.viewer, args.eventId.id, args.answer, args.guests ?? 0),
      );
      return found(await ctx.db.query.events.findFirst(query({ where: { id: args.eventId.id } })));
    },
  }),
  cancelEvent: t.withAuth({ signedIn: true }).drizzleField({
    type: Event,
    description:
      'Cancels an event (its organisers, its community’s animators, admins); it stays listed, marked cancelled.',
    errors: {},
    args: { id: t.arg.globalID({ required: true, for: Event }) },
    resolve: async (query, _root, { id }, ctx) => {
      await ctx.db.transaction((tx) => cancelEvent(tx, ctx.viewer, id.id));
      return found(await ctx.db.query.events.findFirst(query({ where: { id: id.id } })));
    },
  }),
  checkIn: t.withAuth({ signedIn: true }).drizzleField({
    type: EventAttendee,
    description:
      'Marks someone present: an organiser names the person (userId); a person checks themselves in with the code shown in the room.',
    errors: {},
    args: {
      eventId: t.arg.globalID({ required: true, for: Event }),
      code: t.arg.string({ validate: z.string().max(20, message('validation.tooLong', { max: 20 })) }),
      userId: t.arg.globalID({ for: User }),
    },
    resolve: async (query, _root, args, ctx) => {
      const eventId = args.eventId.id;
      const who = args.userId ? { userId: args.userId.id } : { code: args.code ?? '' };
      const userId = await ctx.db.transaction((tx) => checkIn(tx, ctx.viewer, eventId, who));
      return found(await ctx.db.query.eventAnswers.findFirst(query({ where: { eventId, userId } })));
    },
  }),
}));

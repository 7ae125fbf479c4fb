import { z } from 'zod';
import { answerEvent, MAX_GUESTS } from '../agenda/answers';
import { inviteToEvent, MAX_INVITEES } from '../agenda/invitations';
import { cancelEvent, checkIn, createEvent, updateEvent } from '../agenda/write';
import { found } from '../communities/write';
import type { SignedInContext } from '../context';
import { builder } from './builder';
import { Community } from './community';
import { Event, EventAnswer, EventAttendee } from './event';
import { CreateEventInput, eventDetails, UpdateEventInput } from './event-input';
import { OrgUnit } from './org-unit';
import { User } from './user';
import { message } from './validation';

const inviteeList = z
  .array(z.unknown())
  .max(MAX_INVITEES, message('validation.invitees', { max: MAX_INVITEES }));

/** Those given a seat from the waiting list are told (after the transaction, so they see it). */
function announcePromotions(ctx: SignedInContext, eventId: string, userIds: string[]) {
  if (userIds.length)
    ctx.services.events.emit('event.promoted', { eventId, userIds, actorId: ctx.viewer.id });
}

builder.mutationFields((t) => ({
  createEvent: t.withAuth({ signedIn: true }).drizzleField({
    type: Event,
    description: 'Creates an event in a community (its posters) or for the company (admins, the chief CM).',
    errors: {},
    args: { input: t.arg({ type: CreateEventInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const details = eventDetails(input);
      const created = await ctx.db.transaction((tx) =>
        createEvent(tx, ctx.viewer, { ...details, communityId: input.communityId?.id ?? null }),
      );
      return found(await ctx.db.query.events.findFirst(query({ where: { id: created.id } })));
    },
  }),
  updateEvent: t.withAuth({ signedIn: true }).drizzleField({
    type: Event,
    description:
      'Edits an event (its organisers, its community’s animators, admins). More seats go to the waiting list at once; capacity cannot go below the seats confirmed.',
    errors: {},
    args: {
      id: t.arg.globalID({ required: true, for: Event }),
      input: t.arg({ type: UpdateEventInput, required: true }),
    },
    resolve: async (query, _root, { id, input }, ctx) => {
      const details = eventDetails(input);
      const { promotedUserIds } = await ctx.db.transaction((tx) =>
        updateEvent(tx, ctx.viewer, id.id, details),
      );
      announcePromotions(ctx, id.id, promotedUserIds);
      return found(await ctx.db.query.events.findFirst(query({ where: { id: id.id } })));
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
      const { promotedUserIds } = await ctx.db.transaction((tx) =>
        answerEvent(tx, ctx.viewer, args.eventId.id, args.answer, args.guests ?? 0),
      );
      announcePromotions(ctx, args.eventId.id, promotedUserIds);
      return found(await ctx.db.query.events.findFirst(query({ where: { id: args.eventId.id } })));
    },
  }),
  inviteToEvent: t.withAuth({ signedIn: true }).drizzleField({
    type: Event,
    description: `Invites people, communities (their members) and org units (their people) to an event the viewer manages, ${MAX_INVITEES} at most at a time; each invitee is told once.`,
    errors: {},
    args: {
      eventId: t.arg.globalID({ required: true, for: Event }),
      userIds: t.arg.globalIDList({ for: User, validate: inviteeList }),
      communityIds: t.arg.globalIDList({ for: Community, validate: inviteeList }),
      orgUnitIds: t.arg.globalIDList({ for: OrgUnit, validate: inviteeList }),
    },
    resolve: async (query, _root, args, ctx) => {
      const ids = (list: { id: string }[] | null | undefined) => (list ?? []).map((item) => item.id);
      const eventId = args.eventId.id;
      const invitationIds = await ctx.db.transaction((tx) =>
        inviteToEvent(tx, ctx.viewer, eventId, {
          userIds: ids(args.userIds),
          communityIds: ids(args.communityIds),
          orgUnitIds: ids(args.orgUnitIds),
        }),
      );
      if (invitationIds.length)
        ctx.services.events.emit('event.invited', { eventId, invitationIds, actorId: ctx.viewer.id });
      return found(await ctx.db.query.events.findFirst(query({ where: { id: eventId } })));
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
      ctx.services.events.emit('event.cancelled', { eventId: id.id, actorId: ctx.viewer.id });
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

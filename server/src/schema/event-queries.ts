import type { EventRow } from '../agenda/access';
import type { EventState } from '../agenda/event-access';
import { ValidationError } from '../errors';
import { readableEventsWhere } from '../permissions';
import { builder } from './builder';
import { Community } from './community';
import { Event, eventRange } from './event';

builder.queryFields((t) => ({
  event: t.withAuth({ signedIn: true }).drizzleField({
    type: Event,
    nullable: true,
    description: 'An event; null when it does not exist or the viewer may not see it.',
    args: { id: t.arg.globalID({ required: true, for: Event }) },
    resolve: (query, _root, { id }, ctx) =>
      ctx.db.query.events.findFirst(
        query({ where: { id: id.id, RAW: (e) => readableEventsWhere(ctx.viewer, e) } }),
      ),
  }),
  events: t.withAuth({ signedIn: true }).drizzleConnection({
    type: Event,
    description:
      'Events with an occurrence between from and to (at most a year), by start: the company’s and those of communities the viewer reads; communityId keeps one community’s.',
    args: {
      from: t.arg({ type: 'DateTime', required: true }),
      to: t.arg({ type: 'DateTime', required: true }),
      communityId: t.arg.globalID({ for: Community }),
    },
    resolve: async (query, _root, args, ctx) => {
      const range = eventRange.check.safeParse({ from: args.from, to: args.to });
      if (!range.success)
        throw ValidationError.field('to', 'validation.dateRange', { days: eventRange.maxDays });
      const rows = await ctx.db.query.events.findMany(
        query({
          where: {
            lastEndsAt: { gt: args.from },
            startsAt: { lt: args.to },
            ...(args.communityId && { communityId: args.communityId.id }),
            RAW: (e) => readableEventsWhere(ctx.viewer, e),
          },
          orderBy: { startsAt: 'asc', id: 'asc' },
        }),
      );
      // Pothos selects the columns at run time; its type for the planned query lists none of them.
      return rows as unknown as (EventRow & EventState)[];
    },
  }),
}));

import { sql } from 'drizzle-orm';
import { regenerateCalendarFeed } from '../agenda/calendar-feed';
import type { Context } from '../context';
import { builder } from './builder';
import { User } from './user';

const feedUrl = (ctx: Context, token: string | null) =>
  token ? `${ctx.config.publicUrl}/calendar/${token}.ics` : null;

builder.drizzleObjectFields(User, (t) => ({
  calendarFeedUrl: t.string({
    nullable: true,
    description:
      'The person’s calendar subscription (the events they answered going or maybe): a secret URL, for the person only; null until they create it.',
    select: {
      extras: {
        calendarFeedToken: (u) =>
          sql<string | null>`(select token from calendar_feeds where user_id = ${u.id})`,
      },
    },
    resolve: (u, _args, ctx) => (ctx.viewer?.id === u.id ? feedUrl(ctx, u.calendarFeedToken) : null),
  }),
}));

builder.mutationField('regenerateCalendarFeed', (t) =>
  t.withAuth({ signedIn: true }).drizzleField({
    type: User,
    description: 'Gives the viewer a new calendar subscription URL; the previous one stops working.',
    errors: {},
    resolve: async (query, _root, _args, ctx) => {
      await ctx.db.transaction((tx) => regenerateCalendarFeed(tx, ctx.viewer.id));
      return (await ctx.db.query.users.findFirst(query({ where: { id: ctx.viewer.id } })))!;
    },
  }),
);

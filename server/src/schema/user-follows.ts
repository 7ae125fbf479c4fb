import { found } from '../communities/write';
import { followedBy, followerCount, followUser, unfollowUser } from '../people/follows';
import { builder } from './builder';
import { User } from './user';

builder.drizzleObjectFields(User, (t) => ({
  followedByViewer: t.boolean({
    description: 'Whether the viewer follows this person (their posts reach the viewer’s home feed).',
    select: (_args, ctx) => ({
      extras: { followedByViewer: (u) => followedBy(ctx.viewer?.id ?? null, u.id) },
    }),
    resolve: (user) => !!user.followedByViewer,
  }),
  followerCount: t.int({
    description: 'Active people following this person.',
    select: { extras: { followerCount: (u) => followerCount(u.id) } },
    resolve: (user) => user.followerCount,
  }),
}));

builder.mutationFields((t) => ({
  followUser: t.withAuth({ signedIn: true }).drizzleField({
    type: User,
    description: 'Follows a colleague: their profile posts reach the viewer’s home feed.',
    errors: {},
    args: { userId: t.arg.globalID({ required: true, for: User }) },
    resolve: async (query, _root, { userId }, ctx) => {
      await followUser(ctx.db, ctx.viewer, userId.id);
      return found(await ctx.db.query.users.findFirst(query({ where: { id: userId.id } })));
    },
  }),
  unfollowUser: t.withAuth({ signedIn: true }).drizzleField({
    type: User,
    description: 'Stops following a colleague.',
    errors: {},
    args: { userId: t.arg.globalID({ required: true, for: User }) },
    resolve: async (query, _root, { userId }, ctx) => {
      await unfollowUser(ctx.db, ctx.viewer, userId.id);
      return found(await ctx.db.query.users.findFirst(query({ where: { id: userId.id } })));
    },
  }),
}));

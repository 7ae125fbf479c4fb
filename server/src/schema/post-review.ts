import type { Context } from '../context';
import { ValidationError } from '../errors';
import { loadPostFor } from '../posts/access';
import { approvePost, rejectPost, setPinned } from '../posts/review';
import { builder } from './builder';
import { Post } from './post';
import { fields } from './validation';

/** Loads a post an animator decides on; only posts waiting for approval can be decided. */
async function pendingPost(ctx: Context, id: string) {
  const { post } = await loadPostFor(ctx.db, ctx.viewer, id, 'post:moderate');
  // A post a plugin holds (a crisis cell) is decided there, not by the community's animators.
  if (post.status !== 'pending_approval' || post.heldBy) throw ValidationError.field('id', 'post.notPending');
  return post;
}

builder.mutationFields((t) => ({
  approvePost: t.withAuth({ signedIn: true }).drizzleField({
    type: Post,
    description:
      'Publishes a post waiting for approval (animators). It appears now, or at its scheduled time if that is later.',
    errors: {},
    args: { id: t.arg.globalID({ required: true, for: Post }) },
    resolve: async (query, _root, args, ctx) => {
      const pending = await pendingPost(ctx, args.id.id);
      const post = await approvePost(ctx, pending);
      return (await ctx.db.query.posts.findFirst(query({ where: { id: post.id } })))!;
    },
  }),
  rejectPost: t.withAuth({ signedIn: true }).drizzleField({
    type: Post,
    description: 'Rejects a post waiting for approval, with a reason its author sees (animators).',
    errors: {},
    args: {
      id: t.arg.globalID({ required: true, for: Post }),
      reason: t.arg.string({ required: true, validate: fields.text(1000) }),
    },
    resolve: async (query, _root, args, ctx) => {
      const pending = await pendingPost(ctx, args.id.id);
      await rejectPost(ctx, pending, args.reason);
      return (await ctx.db.query.posts.findFirst(query({ where: { id: pending.id } })))!;
    },
  }),
  pinPost: t.withAuth({ signedIn: true }).drizzleField({
    type: Post,
    description: 'Pins a post at the top of its community’s feed (animators).',
    errors: {},
    args: { id: t.arg.globalID({ required: true, for: Post }) },
    resolve: async (query, _root, args, ctx) => {
      const { post } = await loadPostFor(ctx.db, ctx.viewer, args.id.id, 'post:moderate');
      await setPinned(ctx, post.id, true);
      return (await ctx.db.query.posts.findFirst(query({ where: { id: post.id } })))!;
    },
  }),
  unpinPost: t.withAuth({ signedIn: true }).drizzleField({
    type: Post,
    errors: {},
    args: { id: t.arg.globalID({ required: true, for: Post }) },
    resolve: async (query, _root, args, ctx) => {
      const { post } = await loadPostFor(ctx.db, ctx.viewer, args.id.id, 'post:moderate');
      await setPinned(ctx, post.id, false);
      return (await ctx.db.query.posts.findFirst(query({ where: { id: post.id } })))!;
    },
  }),
}));

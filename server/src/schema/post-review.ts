import { schema } from '@levain/db';
import { and, eq, sql } from 'drizzle-orm';
import { audit } from '../audit';
import type { Context } from '../context';
import { ValidationError } from '../errors';
import { loadPostFor } from '../posts/access';
import { announcePublished, queuePublication } from '../posts/publication';
import { builder } from './builder';
import { Post } from './post';
import { fields } from './validation';

/** Loads a post an animator decides on; only posts waiting for approval can be decided. */
async function pendingPost(ctx: Context, id: string) {
  const { post } = await loadPostFor(ctx.db, ctx.viewer, id, 'post:moderate');
  if (post.status !== 'pending_approval') throw ValidationError.field('id', 'post.notPending');
  return post;
}

builder.mutationFields((t) => ({
  approvePost: t.drizzleField({
    type: Post,
    description:
      'Publishes a post waiting for approval (animators). It appears now, or at its scheduled time if that is later.',
    authScopes: { signedIn: true },
    errors: {},
    args: { id: t.arg.globalID({ required: true, for: Post }) },
    resolve: async (query, _root, args, ctx) => {
      const pending = await pendingPost(ctx, args.id.id);
      const post = await ctx.db.transaction(async (tx) => {
        const [decided] = await tx
          .update(schema.posts)
          .set({
            status: sql`case when ${schema.posts.publishedAt} > now() then 'scheduled' else 'published' end::post_status`,
            publishedAt: sql`greatest(${schema.posts.publishedAt}, now())`,
            reviewedById: ctx.viewer!.id,
          })
          .where(and(eq(schema.posts.id, pending.id), eq(schema.posts.status, 'pending_approval')))
          .returning();
        if (decided?.status === 'scheduled')
          await queuePublication(tx, decided.id, new Date(decided.publishedAt));
        await audit(tx, ctx.viewer!.id, 'post.approved', 'post', pending.id, {
          communityId: pending.communityId,
        });
        return decided!;
      });
      ctx.services.events.emit('post.approval-decided', {
        postId: post.id,
        communityId: post.communityId!,
        authorId: post.authorId,
        approved: true,
        actorId: ctx.viewer!.id,
        reason: null,
      });
      if (post.status === 'published') await announcePublished(ctx.services, post);
      return (await ctx.db.query.posts.findFirst(query({ where: { id: post.id } })))!;
    },
  }),
  rejectPost: t.drizzleField({
    type: Post,
    description: 'Rejects a post waiting for approval, with a reason its author sees (animators).',
    authScopes: { signedIn: true },
    errors: {},
    args: {
      id: t.arg.globalID({ required: true, for: Post }),
      reason: t.arg.string({ required: true, validate: fields.text(1000) }),
    },
    resolve: async (query, _root, args, ctx) => {
      const pending = await pendingPost(ctx, args.id.id);
      await ctx.db.transaction(async (tx) => {
        await tx
          .update(schema.posts)
          .set({ status: 'rejected', rejectionReason: args.reason, reviewedById: ctx.viewer!.id })
          .where(eq(schema.posts.id, pending.id));
        await audit(tx, ctx.viewer!.id, 'post.rejected', 'post', pending.id, {
          communityId: pending.communityId,
          reason: args.reason,
        });
      });
      ctx.services.events.emit('post.approval-decided', {
        postId: pending.id,
        communityId: pending.communityId!,
        authorId: pending.authorId,
        approved: false,
        actorId: ctx.viewer!.id,
        reason: args.reason,
      });
      return (await ctx.db.query.posts.findFirst(query({ where: { id: pending.id } })))!;
    },
  }),
  pinPost: t.drizzleField({
    type: Post,
    description: 'Pins a post at the top of its community’s feed (animators).',
    authScopes: { signedIn: true },
    errors: {},
    args: { id: t.arg.globalID({ required: true, for: Post }) },
    resolve: async (query, _root, args, ctx) => {
      const { post } = await loadPostFor(ctx.db, ctx.viewer, args.id.id, 'post:moderate');
      await ctx.db.update(schema.posts).set({ pinnedAt: new Date() }).where(eq(schema.posts.id, post.id));
      return (await ctx.db.query.posts.findFirst(query({ where: { id: post.id } })))!;
    },
  }),
  unpinPost: t.drizzleField({
    type: Post,
    authScopes: { signedIn: true },
    errors: {},
    args: { id: t.arg.globalID({ required: true, for: Post }) },
    resolve: async (query, _root, args, ctx) => {
      const { post } = await loadPostFor(ctx.db, ctx.viewer, args.id.id, 'post:moderate');
      await ctx.db.update(schema.posts).set({ pinnedAt: null }).where(eq(schema.posts.id, post.id));
      return (await ctx.db.query.posts.findFirst(query({ where: { id: post.id } })))!;
    },
  }),
}));

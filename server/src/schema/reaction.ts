import { schema, type Tx } from '@levain/db';
import { and, eq, sql } from 'drizzle-orm';
import type { Context } from '../context';
import { NotFoundError, ValidationError } from '../errors';
import { authorize } from '../permissions';
import { loadCommentFor, loadPostFor } from '../posts/access';
import { builder } from './builder';

export const reactionKinds = ['like', 'bravo', 'support', 'insightful', 'curious'] as const;
export type ReactionKindValue = (typeof reactionKinds)[number];
export const ReactionKind = builder.enumType('ReactionKind', { values: reactionKinds });

export type ReactionCountShape = { kind: ReactionKindValue; count: number };
export const ReactionCount = builder.objectRef<ReactionCountShape>('ReactionCount').implement({
  description: 'How many people reacted with one kind.',
  fields: (t) => ({
    kind: t.expose('kind', { type: ReactionKind }),
    count: t.exposeInt('count'),
  }),
});

/** Reactions per kind, most given first, as one JSON value computed inside the page's query. */
export function reactionSummarySql(reactionsTable: 'post_reactions' | 'comment_reactions', id: unknown) {
  const key = reactionsTable === 'post_reactions' ? sql`post_id` : sql`comment_id`;
  return sql<
    ReactionCountShape[] | string
  >`(select coalesce(json_agg(json_build_object('kind', s.kind, 'count', s.n)
    order by s.n desc, s.kind), '[]'::json) from (select r.kind, count(*)::int as n from ${sql.raw(reactionsTable)} r
    where r.${key} = ${id} group by r.kind) s)`;
}

/** Nested JSON arrives parsed from one driver and as text from the other. */
export function fromJson<T>(value: unknown): T {
  return (typeof value === 'string' ? JSON.parse(value) : value) as T;
}

/** The time of a reaction as fixed-width UTC text: a cursor that keeps its microseconds. */
const exactTime = (column: unknown) =>
  sql<string>`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

builder.drizzleObject('postReactions', {
  name: 'Reaction',
  description: 'One person’s reaction to a post.',
  select: { columns: { postId: true, userId: true } },
  fields: (t) => ({
    kind: t.expose('kind', { type: ReactionKind }),
    reactedAt: t.expose('createdAt', { type: 'DateTime' }),
    user: t.relation('user'),
  }),
});

builder.drizzleObject('commentReactions', {
  name: 'CommentReaction',
  description: 'One person’s reaction to a comment.',
  select: { columns: { commentId: true, userId: true } },
  fields: (t) => ({
    kind: t.expose('kind', { type: ReactionKind }),
    reactedAt: t.expose('createdAt', { type: 'DateTime' }),
    user: t.relation('user'),
  }),
});

/** Who reacted, most recent first, optionally of one kind (the same arguments on posts and comments). */
export function reactionListQuery(args: { kind?: ReactionKindValue | null }) {
  return {
    where: args.kind ? { kind: args.kind } : {},
    extras: { reactedAtExact: (r: { createdAt: unknown }) => exactTime(r.createdAt) },
    orderBy: { reactedAtExact: 'desc' as const },
  };
}

type Target = { postId: string; commentId: string | null };
type GlobalId = { id: string; typename: string };

const Reacted = builder.objectRef<Target>('Reacted').implement({
  description: 'The post (and comment) reacted to, with their new counts.',
  fields: (t) => ({
    post: t.drizzleField({
      type: 'posts',
      resolve: async (query, target, _args, ctx) =>
        (await ctx.db.query.posts.findFirst(query({ where: { id: target.postId } })))!,
    }),
    comment: t.drizzleField({
      type: 'comments',
      nullable: true,
      resolve: (query, target, _args, ctx) =>
        target.commentId ? ctx.db.query.comments.findFirst(query({ where: { id: target.commentId } })) : null,
    }),
  }),
});

/** Checks the viewer may react to the post or comment named by exactly one of the two ids. */
async function targetOf(ctx: Context, args: { postId?: GlobalId | null; commentId?: GlobalId | null }) {
  if (!!args.postId === !!args.commentId) throw ValidationError.field('postId', 'post.reactionTarget');
  if (args.postId?.typename === 'Post') {
    await loadPostFor(ctx.db, ctx.viewer, args.postId.id, 'post:interact');
    return { postId: args.postId.id, commentId: null };
  }
  if (args.commentId?.typename !== 'Comment') throw new NotFoundError();
  const { comment, post } = await loadCommentFor(ctx.db, ctx.viewer, args.commentId.id);
  authorize(ctx.viewer, 'post:interact', post);
  return { postId: comment.postId, commentId: comment.id };
}

/** Adds or changes the viewer's reaction; true when it is a new one (the counter moves). */
async function upsertReaction(tx: Tx, target: Target, userId: string, kind: ReactionKindValue) {
  const table = target.commentId ? schema.commentReactions : schema.postReactions;
  const values = target.commentId
    ? { commentId: target.commentId, userId, kind }
    : { postId: target.postId, userId, kind };
  const key = target.commentId
    ? [schema.commentReactions.commentId, schema.commentReactions.userId]
    : [schema.postReactions.postId, schema.postReactions.userId];
  // xmax is 0 on a row this statement inserted, and set on a row it updated.
  const [row] = await tx
    .insert(table)
    .values(values as never)
    .onConflictDoUpdate({ target: key, set: { kind } })
    .returning({ inserted: sql<boolean>`(xmax = 0)` });
  return !!row?.inserted;
}

async function moveCounter(tx: Tx, target: Target, by: 1 | -1) {
  if (target.commentId)
    await tx
      .update(schema.comments)
      .set({ reactionCount: sql`${schema.comments.reactionCount} + ${by}` })
      .where(eq(schema.comments.id, target.commentId));
  else
    await tx
      .update(schema.posts)
      .set({ reactionCount: sql`${schema.posts.reactionCount} + ${by}` })
      .where(eq(schema.posts.id, target.postId));
}

builder.mutationFields((t) => ({
  react: t.field({
    type: Reacted,
    description: 'Reacts to a post or a comment; one reaction per person, a new kind replaces the old one.',
    authScopes: { signedIn: true },
    errors: {},
    args: {
      postId: t.arg.globalID({ description: 'The post reacted to (or give commentId).' }),
      commentId: t.arg.globalID({ description: 'The comment reacted to (or give postId).' }),
      kind: t.arg({ type: ReactionKind, required: true }),
    },
    resolve: async (_root, args, ctx) => {
      const target = await targetOf(ctx, args);
      const userId = ctx.viewer!.id;
      const added = await ctx.db.transaction(async (tx) => {
        const inserted = await upsertReaction(tx, target, userId, args.kind);
        if (inserted) await moveCounter(tx, target, 1);
        return inserted;
      });
      if (added) ctx.services.events.emit('reaction.added', { ...target, userId, kind: args.kind });
      return target;
    },
  }),
  unreact: t.field({
    type: Reacted,
    description: 'Takes the viewer’s reaction back.',
    authScopes: { signedIn: true },
    errors: {},
    args: { postId: t.arg.globalID(), commentId: t.arg.globalID() },
    resolve: async (_root, args, ctx) => {
      const target = await targetOf(ctx, args);
      const userId = ctx.viewer!.id;
      await ctx.db.transaction(async (tx) => {
        const removed = target.commentId
          ? await tx
              .delete(schema.commentReactions)
              .where(
                and(
                  eq(schema.commentReactions.commentId, target.commentId),
                  eq(schema.commentReactions.userId, userId),
                ),
              )
              .returning()
          : await tx
              .delete(schema.postReactions)
              .where(
                and(eq(schema.postReactions.postId, target.postId), eq(schema.postReactions.userId, userId)),
              )
              .returning();
        if (removed.length) await moveCounter(tx, target, -1);
      });
      return target;
    },
  }),
}));

import { type SQLWrapper, sql } from 'drizzle-orm';
import type { Context } from '../context';
import { NotFoundError, ValidationError } from '../errors';
import { authorize } from '../permissions';
import { loadCommentFor, loadPostFor, NOBODY } from '../posts/access';
import {
  type ReactionKindValue,
  type ReactionTarget,
  react,
  reactionKinds,
  unreact,
} from '../posts/reactions';
import { builder } from './builder';

export const ReactionKind = builder.enumType('ReactionKind', { values: reactionKinds });

export type ReactionCountShape = { kind: ReactionKindValue; count: number };
export const ReactionCount = builder.objectRef<ReactionCountShape>('ReactionCount').implement({
  description: 'How many people reacted with one kind.',
  fields: (t) => ({
    kind: t.expose('kind', { type: ReactionKind }),
    count: t.exposeInt('count'),
  }),
});

type ReactionsTable = 'post_reactions' | 'comment_reactions';

/**
 * `reactionSummary` and `viewerReaction`, the same fields on posts and comments: reactions per kind
 * (most given first) and the viewer's own, each one value computed inside the page's query.
 */
export function reactionFields(table: ReactionsTable) {
  const key = table === 'post_reactions' ? sql`post_id` : sql`comment_id`;
  return {
    reactionSummary: {
      type: [ReactionCount] as [typeof ReactionCount],
      select: {
        extras: {
          reactionSummary: (row: { id: SQLWrapper }) =>
            sql<
              ReactionCountShape[] | string
            >`(select coalesce(json_agg(json_build_object('kind', s.kind, 'count', s.n)
    order by s.n desc, s.kind), '[]'::json) from (select r.kind, count(*)::int as n from ${sql.raw(table)} r
    where r.${key} = ${row.id} group by r.kind) s)`,
        },
      },
      resolve: (row: { reactionSummary: unknown }) => fromJson<ReactionCountShape[]>(row.reactionSummary),
    },
    viewerReaction: {
      type: ReactionKind,
      nullable: true as const,
      select: (_args: object, ctx: Context) => ({
        extras: {
          viewerReaction: (row: { id: SQLWrapper }) =>
            sql<ReactionKindValue | null>`(select r.kind from ${sql.raw(table)} r where r.${key} = ${row.id} and r.user_id = ${ctx.viewer?.id ?? NOBODY})`,
        },
      }),
      resolve: (row: { viewerReaction: ReactionKindValue | null }) => row.viewerReaction,
    },
  };
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

type GlobalId = { id: string; typename: string };

const Reacted = builder.objectRef<ReactionTarget>('Reacted').implement({
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
async function targetOf(
  ctx: Context,
  args: { postId?: GlobalId | null; commentId?: GlobalId | null },
): Promise<ReactionTarget> {
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

builder.mutationFields((t) => ({
  react: t.withAuth({ signedIn: true }).field({
    type: Reacted,
    description: 'Reacts to a post or a comment; one reaction per person, a new kind replaces the old one.',
    errors: {},
    args: {
      postId: t.arg.globalID({ description: 'The post reacted to (or give commentId).' }),
      commentId: t.arg.globalID({ description: 'The comment reacted to (or give postId).' }),
      kind: t.arg({ type: ReactionKind, required: true }),
    },
    resolve: async (_root, args, ctx) => {
      const target = await targetOf(ctx, args);
      await react(ctx, target, args.kind);
      return target;
    },
  }),
  unreact: t.withAuth({ signedIn: true }).field({
    type: Reacted,
    description: 'Takes the viewer’s reaction back.',
    errors: {},
    args: { postId: t.arg.globalID(), commentId: t.arg.globalID() },
    resolve: async (_root, args, ctx) => {
      const target = await targetOf(ctx, args);
      await unreact(ctx, target);
      return target;
    },
  }),
}));

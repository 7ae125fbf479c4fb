import { schema } from '@levain/db';
import { eq, sql } from 'drizzle-orm';
import { audit } from '../audit';
import type { Context } from '../context';
import { ActionRequiredError, NotFoundError } from '../errors';
import { authorize, type CommentAccess, type CoreAction, can, readableCommentsWhere } from '../permissions';
import {
  type AccessRow,
  accessSelection,
  isUuid,
  loadCommentFor,
  loadPostFor,
  NOBODY,
  toPostAccess,
} from '../posts/access';
import { renderBody, storeReferences } from '../posts/body';
import { recountComments } from '../posts/counters';
import { assertMayContribute } from '../posts/requirements';
import { builder } from './builder';
import { Post } from './post';
import {
  fromJson,
  ReactionCount,
  type ReactionCountShape,
  ReactionKind,
  type ReactionKindValue,
  reactionListQuery,
  reactionSummarySql,
} from './reaction';
import { fields } from './validation';

const MAX_COMMENT = 5_000;

const visibleReplies = { moderation: 'visible', deletedAt: { isNull: true } } as const;

const viewableNodes = {
  loadMany: async (ids: string[], ctx: Context) => {
    const rows = await ctx.db.query.comments.findMany({
      columns: { search: false },
      where: { id: { in: ids.filter(isUuid) }, RAW: (c) => readableCommentsWhere(ctx.viewer, c) },
    });
    return ids.map((id) => rows.find((row) => row.id === id) ?? null);
  },
};

/** A comment's rules read its author and its post's access data, loaded with the comment. */
const allowed = (action: CoreAction, description: string) => ({
  description,
  select: (_args: object, ctx: Context) => ({
    columns: { authorId: true },
    with: { post: accessSelection(ctx.viewer?.id) },
  }),
  resolve: (comment: object, _args: object, ctx: Context) => {
    const row = comment as { authorId: string; post: AccessRow };
    const access: CommentAccess = { authorId: row.authorId, post: toPostAccess(row.post) };
    return can(ctx.viewer, action, access);
  },
});

export const Comment = builder.drizzleNode('comments', {
  name: 'Comment',
  ...viewableNodes,
  authScopes: { signedIn: true },
  id: { column: (comment) => comment.id },
  select: { columns: { id: true } },
  fields: (t) => ({
    body: t.exposeString('body'),
    bodyHtml: t.exposeString('bodyHtml'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    editedAt: t.expose('editedAt', { type: 'DateTime', nullable: true }),
    author: t.relation('author'),
    post: t.relation('post'),
    isReply: t.boolean({ select: { columns: { parentId: true } }, resolve: (c) => !!c.parentId }),
    replyCount: t.exposeInt('replyCount'),
    reactionCount: t.exposeInt('reactionCount'),
    reactionSummary: t.field({
      type: [ReactionCount],
      select: { extras: { reactionSummary: (c) => reactionSummarySql('comment_reactions', c.id) } },
      resolve: (c) => fromJson<ReactionCountShape[]>(c.reactionSummary),
    }),
    viewerReaction: t.field({
      type: ReactionKind,
      nullable: true,
      select: (_args, ctx) => ({
        extras: {
          viewerReaction: (c) =>
            sql<ReactionKindValue | null>`(select r.kind from comment_reactions r where r.comment_id = ${c.id} and r.user_id = ${ctx.viewer?.id ?? NOBODY})`,
        },
      }),
      resolve: (c) => c.viewerReaction,
    }),
    viewerCanEdit: t.boolean(allowed('comment:update', 'Whether the viewer may edit the comment.')),
    viewerCanDelete: t.boolean(allowed('comment:delete', 'Whether the viewer may delete the comment.')),
    replies: t.relatedConnection('replies', {
      description: 'Replies, oldest first.',
      query: { where: visibleReplies, orderBy: { createdAt: 'asc', id: 'asc' } },
    }),
    reactions: t.relatedConnection('reactions', {
      description: 'Who reacted, most recent first.',
      args: { kind: t.arg({ type: ReactionKind }) },
      query: (args) => reactionListQuery(args),
    }),
  }),
});

builder.mutationFields((t) => ({
  addComment: t.drizzleField({
    type: Comment,
    description: 'Comments a post, or replies to a comment (a reply to a reply joins its thread).',
    authScopes: { signedIn: true },
    errors: { types: [ActionRequiredError] },
    args: {
      postId: t.arg.globalID({ required: true, for: Post }),
      body: t.arg.string({ required: true, validate: fields.markdown(MAX_COMMENT) }),
      parentId: t.arg.globalID({ for: Comment }),
    },
    resolve: async (query, _root, args, ctx) => {
      const viewer = ctx.viewer!;
      const { post } = await loadPostFor(ctx.db, viewer, args.postId.id, 'post:interact');
      await assertMayContribute(ctx, 'comment', post.communityId);
      let threadId: string | null = null;
      if (args.parentId) {
        const { comment: parent } = await loadCommentFor(ctx.db, viewer, args.parentId.id);
        if (parent.postId !== post.id) throw new NotFoundError();
        threadId = parent.parentId ?? parent.id;
      }
      const rendered = await renderBody(ctx, viewer, args.body);
      const comment = await ctx.db.transaction(async (tx) => {
        const [created] = await tx
          .insert(schema.comments)
          .values({
            postId: post.id,
            parentId: threadId,
            authorId: viewer.id,
            body: args.body,
            bodyHtml: rendered.html,
          })
          .returning({ id: schema.comments.id });
        await storeReferences(tx, { postId: post.id, commentId: created!.id }, rendered);
        await tx
          .update(schema.posts)
          .set({ commentCount: sql`${schema.posts.commentCount} + 1` })
          .where(eq(schema.posts.id, post.id));
        if (threadId)
          await tx
            .update(schema.comments)
            .set({ replyCount: sql`${schema.comments.replyCount} + 1` })
            .where(eq(schema.comments.id, threadId));
        return created!;
      });
      ctx.services.events.emit('comment.created', {
        commentId: comment.id,
        postId: post.id,
        parentId: threadId,
        authorId: viewer.id,
        mentionedUserIds: rendered.mentionedUserIds,
      });
      return (await ctx.db.query.comments.findFirst(query({ where: { id: comment.id } })))!;
    },
  }),
  updateComment: t.drizzleField({
    type: Comment,
    authScopes: { signedIn: true },
    errors: {},
    args: {
      id: t.arg.globalID({ required: true, for: Comment }),
      body: t.arg.string({ required: true, validate: fields.markdown(MAX_COMMENT) }),
    },
    resolve: async (query, _root, args, ctx) => {
      const { comment, access } = await loadCommentFor(ctx.db, ctx.viewer, args.id.id);
      authorize(ctx.viewer, 'comment:update', access);
      const rendered = await renderBody(ctx, ctx.viewer!, args.body);
      await ctx.db.transaction(async (tx) => {
        await tx
          .update(schema.comments)
          .set({ body: args.body, bodyHtml: rendered.html, editedAt: new Date() })
          .where(eq(schema.comments.id, comment.id));
        await storeReferences(tx, { postId: comment.postId, commentId: comment.id }, rendered);
      });
      return (await ctx.db.query.comments.findFirst(query({ where: { id: comment.id } })))!;
    },
  }),
  deleteComment: t.boolean({
    description: 'Deletes a comment (its author, or an animator); its replies go with it.',
    authScopes: { signedIn: true },
    errors: {},
    args: { id: t.arg.globalID({ required: true, for: Comment }) },
    resolve: async (_root, args, ctx) => {
      const { comment, access } = await loadCommentFor(ctx.db, ctx.viewer, args.id.id);
      authorize(ctx.viewer, 'comment:delete', access);
      await ctx.db.transaction(async (tx) => {
        await tx
          .update(schema.comments)
          .set({ deletedAt: new Date() })
          .where(eq(schema.comments.id, comment.id));
        await recountComments(tx, comment.postId);
        await audit(tx, ctx.viewer!.id, 'comment.deleted', 'comment', comment.id, {
          postId: comment.postId,
          byAuthor: comment.authorId === ctx.viewer!.id,
        });
      });
      return true;
    },
  }),
}));

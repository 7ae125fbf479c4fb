import type { Context } from '../context';
import { ActionRequiredError } from '../errors';
import { authorize, type CommentAccess, type CoreAction, can, readableCommentsWhere } from '../permissions';
import {
  type AccessRow,
  accessSelection,
  isUuid,
  loadCommentFor,
  loadPostFor,
  toPostAccess,
} from '../posts/access';
import { addComment, deleteComment, editComment } from '../posts/comments';
import { assertMayContribute } from '../posts/requirements';
import { builder } from './builder';
import { Post } from './post';
import { ReactionKind, reactionFields, reactionListQuery } from './reaction';
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

const reactions = reactionFields('comment_reactions');

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
    reactionSummary: t.field(reactions.reactionSummary),
    viewerReaction: t.field(reactions.viewerReaction),
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
  addComment: t.withAuth({ signedIn: true }).drizzleField({
    type: Comment,
    description: 'Comments a post, or replies to a comment (a reply to a reply joins its thread).',
    errors: { types: [ActionRequiredError] },
    args: {
      postId: t.arg.globalID({ required: true, for: Post }),
      body: t.arg.string({ required: true, validate: fields.markdown(MAX_COMMENT) }),
      parentId: t.arg.globalID({ for: Comment }),
    },
    resolve: async (query, _root, args, ctx) => {
      const { post } = await loadPostFor(ctx.db, ctx.viewer, args.postId.id, 'post:interact');
      await assertMayContribute(ctx, 'comment', post.communityId);
      const id = await addComment(ctx, post, { body: args.body, parentId: args.parentId?.id ?? null });
      return (await ctx.db.query.comments.findFirst(query({ where: { id } })))!;
    },
  }),
  updateComment: t.withAuth({ signedIn: true }).drizzleField({
    type: Comment,
    errors: {},
    args: {
      id: t.arg.globalID({ required: true, for: Comment }),
      body: t.arg.string({ required: true, validate: fields.markdown(MAX_COMMENT) }),
    },
    resolve: async (query, _root, args, ctx) => {
      const { comment, access } = await loadCommentFor(ctx.db, ctx.viewer, args.id.id);
      authorize(ctx.viewer, 'comment:update', access);
      await editComment(ctx, comment, args.body);
      return (await ctx.db.query.comments.findFirst(query({ where: { id: comment.id } })))!;
    },
  }),
  deleteComment: t.withAuth({ signedIn: true }).boolean({
    description: 'Deletes a comment (its author, or an animator); its replies go with it.',
    errors: {},
    args: { id: t.arg.globalID({ required: true, for: Comment }) },
    resolve: async (_root, args, ctx) => {
      const { comment, access } = await loadCommentFor(ctx.db, ctx.viewer, args.id.id);
      authorize(ctx.viewer, 'comment:delete', access);
      await deleteComment(ctx, comment);
      return true;
    },
  }),
}));

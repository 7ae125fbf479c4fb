import type { schema } from '@levain/db';
import { sql } from 'drizzle-orm';
import type { Context } from '../context';
import { type CoreAction, can, readablePostsWhere, viewablePostsWhere } from '../permissions';
import { type AccessRow, accessSelection, isUuid, NOBODY, toPostAccess } from '../posts/access';
import { builder } from './builder';
import { ReactionKind, reactionFields, reactionListQuery } from './reaction';

export const PostStatus = builder.enumType('PostStatus', {
  values: ['scheduled', 'pending_approval', 'published', 'rejected'] as const,
});

const viewerId = (ctx: Context) => ctx.viewer?.id ?? NOBODY;

/** Comments shown under a post: visible, not deleted, top level (replies hang under them). */
export const visibleTopLevelComments = {
  parentId: { isNull: true },
  moderation: 'visible',
  deletedAt: { isNull: true },
} as const;

/** A boolean field answered by the permission module from the post's access data (no extra query). */
const allowed = (action: CoreAction, description: string) => ({
  description,
  select: (_args: object, ctx: Context) => accessSelection(ctx.viewer?.id),
  resolve: (post: object, _args: object, ctx: Context) =>
    can(ctx.viewer, action, toPostAccess(post as AccessRow)),
});

/**
 * A post loaded through `node(id)`: the lookup bypasses every list, so it applies the same SQL
 * rule as `post(id)` itself.
 */
const viewableNodes = {
  loadMany: async (ids: string[], ctx: Context) => {
    const rows = await ctx.db.query.posts.findMany({
      columns: { search: false },
      where: { id: { in: ids.filter(isUuid) }, RAW: (p) => viewablePostsWhere(ctx.viewer, p) },
    });
    return ids.map((id) => rows.find((row) => row.id === id) ?? null);
  },
};

export const PostRevision = builder.drizzleObject('postRevisions', {
  name: 'PostRevision',
  description: 'The body of a post as it was before an edit.',
  fields: (t) => ({
    body: t.exposeString('body'),
    editedAt: t.expose('editedAt', { type: 'DateTime', description: 'When this version was replaced.' }),
  }),
});

const reactions = reactionFields('post_reactions');

export const Post = builder.drizzleNode('posts', {
  name: 'Post',
  ...viewableNodes,
  authScopes: { signedIn: true },
  id: { column: (post) => post.id },
  select: { columns: { id: true } },
  fields: (t) => ({
    body: t.exposeString('body', { description: 'The Markdown source, for editing.' }),
    bodyHtml: t.exposeString('bodyHtml', {
      description: 'Sanitised HTML rendered when the post was written.',
    }),
    isAnnouncement: t.exposeBoolean('isAnnouncement'),
    status: t.expose('status', { type: PostStatus }),
    publishedAt: t.expose('publishedAt', {
      type: 'DateTime',
      description: 'The post’s time in feeds; for a scheduled post, its publication time.',
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    editedAt: t.expose('editedAt', { type: 'DateTime', nullable: true }),
    pinned: t.boolean({ select: { columns: { pinnedAt: true } }, resolve: (p) => !!p.pinnedAt }),
    author: t.relation('author'),
    community: t.relation('community', { nullable: true }),
    profileUser: t.relation('profileUser', {
      nullable: true,
      description: 'The person on whose profile the post was written (posts outside communities).',
    }),
    sharedPost: t.relation('sharedPost', {
      nullable: true,
      description: 'The post this one shares; null when the viewer may not read it.',
      query: (_args, ctx) => ({ where: { RAW: (p) => readablePostsWhere(ctx.viewer, p) } }),
    }),
    reactionCount: t.exposeInt('reactionCount'),
    commentCount: t.exposeInt('commentCount', { description: 'Visible comments and replies.' }),
    impressionCount: t.exposeInt('impressionCount', { description: 'Distinct people who saw the post.' }),
    reactionSummary: t.field(reactions.reactionSummary),
    viewerReaction: t.field(reactions.viewerReaction),
    viewerBookmarked: t.boolean({
      select: (_args, ctx) => ({
        extras: {
          viewerBookmarked: (p) =>
            sql<boolean>`exists (select 1 from bookmarks b where b.post_id = ${p.id} and b.user_id = ${viewerId(ctx)})`,
        },
      }),
      resolve: (p) => !!p.viewerBookmarked,
    }),
    viewerCanEdit: t.boolean(allowed('post:update', 'Whether the viewer may edit the post.')),
    viewerCanDelete: t.boolean(allowed('post:delete', 'Whether the viewer may delete the post.')),
    viewerCanModerate: t.boolean(
      allowed('post:moderate', 'Whether the viewer may pin, approve or reject it.'),
    ),
    viewerCanInteract: t.boolean(allowed('post:interact', 'Whether the viewer may comment, react and vote.')),
    rejectionReason: t.string({
      nullable: true,
      description: 'Why an animator rejected the post (its author and the animators only).',
      select: (_args, ctx) => ({
        ...accessSelection(ctx.viewer?.id),
        columns: { ...accessSelection(ctx.viewer?.id).columns, rejectionReason: true },
      }),
      resolve: (p, _args, ctx) =>
        can(ctx.viewer, 'post:read-editorial', toPostAccess(p)) ? p.rejectionReason : null,
    }),
    revisions: t.field({
      type: [PostRevision],
      nullable: true,
      description: 'Earlier versions, newest first (its author, animators and admins only).',
      select: (_args, ctx, nested) => {
        const access = accessSelection(ctx.viewer?.id);
        return { ...access, with: { ...access.with, revisions: nested({ orderBy: { editedAt: 'desc' } }) } };
      },
      resolve: (p, _args, ctx) =>
        can(ctx.viewer, 'post:read-editorial', toPostAccess(p)) ? p.revisions : null,
    }),
    hashtags: t.stringList({
      select: { with: { hashtags: { columns: { tag: true } } } },
      resolve: (p) => p.hashtags.map((h) => h.tag),
    }),
    firstComments: t.relation('comments', {
      description: 'The first two comments, for feeds.',
      query: { where: visibleTopLevelComments, orderBy: { createdAt: 'asc', id: 'asc' }, limit: 2 },
    }),
    comments: t.relatedConnection('comments', {
      description: 'Top-level comments, oldest first; replies are under each comment.',
      query: { where: visibleTopLevelComments, orderBy: { createdAt: 'asc', id: 'asc' } },
    }),
    reactions: t.relatedConnection('reactions', {
      description: 'Who reacted, most recent first.',
      args: { kind: t.arg({ type: ReactionKind }) },
      query: (args) => reactionListQuery(args),
    }),
  }),
});

builder.queryField('post', (t) =>
  t.withAuth({ signedIn: true }).drizzleField({
    type: Post,
    nullable: true,
    description: 'A post the viewer may read, or their own, or one waiting for their approval.',
    args: { id: t.arg.globalID({ required: true, for: Post }) },
    resolve: (query, _root, args, ctx) =>
      isUuid(args.id.id)
        ? ctx.db.query.posts.findFirst(
            query({
              where: { id: args.id.id, RAW: (p: typeof schema.posts) => viewablePostsWhere(ctx.viewer, p) },
            }),
          )
        : null,
  }),
);

import { ruleLabel } from '../moderation/labels';
import { latestNoticeSql, type Notice, noticesOf, toNotice } from '../moderation/notices';
import { type CommentAccess, type ContentAccess, can } from '../permissions';
import { type AccessRow, accessSelection, toPostAccess } from '../posts/access';
import { builder } from './builder';
import { Comment } from './comment';
import { ModerationActionKind } from './moderation';
import { ModerationCitation } from './moderation-citation';
import { Post } from './post';

export const ModerationNotice = builder.objectRef<Notice>('ModerationNotice').implement({
  description:
    'A moderation decision about a person’s content, as its author sees it: what, under which rule and why (never who).',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The decision, to appeal it.' }),
    action: t.field({ type: ModerationActionKind, resolve: (n) => n.action }),
    reason: t.exposeString('reason'),
    rule: t.exposeString('rule', { nullable: true }),
    ruleLabel: t.string({
      nullable: true,
      resolve: (n, _args, ctx) => ruleLabel(ctx, n.rule, n.communityId),
    }),
    citations: t.field({
      type: [ModerationCitation],
      description: 'The rules cited, quoted: a charter article’s number, title and text.',
      resolve: (n) => n.citations,
    }),
    createdAt: t.field({ type: 'DateTime', resolve: (n) => n.createdAt }),
    suspendedUntil: t.field({ type: 'DateTime', nullable: true, resolve: (n) => n.suspendedUntil }),
    link: t.exposeString('link', { nullable: true, description: 'Where the content was.' }),
    excerpt: t.exposeString('excerpt', {
      nullable: true,
      description:
        'The beginning of the content (its Markdown source, mentions as names), so its author recognises it.',
    }),
  }),
});

/** Its author and its moderators see why an item was hidden or removed; nobody else. */
const noticeFor = (
  viewerId: string | undefined,
  authorId: string,
  access: ContentAccess,
  notice: unknown,
  ctx: { viewer: Parameters<typeof can>[0] },
) => (viewerId === authorId || can(ctx.viewer, 'content:moderate', access) ? toNotice(notice) : null);

builder.drizzleObjectFields(Post, (t) => ({
  moderationNotice: t.field({
    type: ModerationNotice,
    nullable: true,
    description: 'Why the post is hidden or removed, with the rule cited (its author and moderators only).',
    select: (_args, ctx) => {
      const access = accessSelection(ctx.viewer?.id);
      return { ...access, extras: { moderationNotice: (p) => latestNoticeSql({ postId: p.id }) } };
    },
    resolve: (post, _args, ctx) => {
      const row = post as unknown as AccessRow & { moderationNotice: unknown };
      if (row.moderation === 'visible') return null;
      return noticeFor(
        ctx.viewer?.id,
        row.authorId,
        { post: toPostAccess(row), comment: null },
        row.moderationNotice,
        ctx,
      );
    },
  }),
}));

builder.drizzleObjectFields(Comment, (t) => ({
  moderationNotice: t.field({
    type: ModerationNotice,
    nullable: true,
    description:
      'Why the comment is hidden or removed, with the rule cited (its author and moderators only).',
    select: (_args, ctx) => ({
      columns: { authorId: true, moderation: true, deletedAt: true },
      with: { post: accessSelection(ctx.viewer?.id) },
      extras: { moderationNotice: (c) => latestNoticeSql({ commentId: c.id }) },
    }),
    resolve: (comment, _args, ctx) => {
      const row = comment as unknown as Omit<CommentAccess, 'post'> & {
        moderation: 'visible' | 'hidden' | 'removed';
        deletedAt: Date | null;
        post: AccessRow;
        moderationNotice: unknown;
      };
      if (row.moderation === 'visible') return null;
      const access = {
        post: toPostAccess(row.post),
        comment: { authorId: row.authorId, moderation: row.moderation, deletedAt: row.deletedAt },
      };
      return noticeFor(ctx.viewer?.id, row.authorId, access, row.moderationNotice, ctx);
    },
  }),
}));

builder.queryField('myModerationNotices', (t) =>
  t.withAuth({ signedIn: true }).connection(
    {
      type: ModerationNotice,
      description:
        'Moderation decisions about the viewer’s posts and comments, warnings and suspensions, newest first.',
      resolve: async (_root, args, ctx) => {
        const first = Math.min(Math.max(args.first ?? 20, 1), 100);
        const page = await noticesOf(ctx.db, ctx.viewer.id, { first, after: args.after });
        return {
          edges: page.notices.map((node, i) => ({ node, cursor: page.cursors[i]! })),
          pageInfo: {
            hasNextPage: page.hasNextPage,
            hasPreviousPage: !!args.after,
            startCursor: page.cursors[0] ?? null,
            endCursor: page.cursors.at(-1) ?? null,
          },
        };
      },
    },
    { name: 'ModerationNoticeConnection' },
    { name: 'ModerationNoticeEdge' },
  ),
);

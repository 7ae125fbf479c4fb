import type { schema } from '@levain/db';
import { sql } from 'drizzle-orm';
import { viewerAccess } from '../communities/access';
import type { Context } from '../context';
import { NotFoundError } from '../errors';
import { reasonLabel, ruleLabel } from '../moderation/labels';
import { encodeQueueCursor, type QueueItem, queuePage, type ReasonCount } from '../moderation/queue';
import { authorize, can } from '../permissions';
import { builder } from './builder';
import { Comment } from './comment';
import { Community } from './community';
import { ModerationState, Report } from './moderation';
import { Post } from './post';

type LoadedItem = QueueItem & { post: unknown; comment: unknown; community: unknown; reports: unknown[] };

const ReportReasonCount = builder
  .objectRef<ReasonCount & { communityId: string | null }>('ReportReasonCount')
  .implement({
    fields: (t) => ({
      reason: t.exposeString('reason'),
      reasonLabel: t.string({ resolve: (r, _args, ctx) => reasonLabel(ctx, r.reason) }),
      rule: t.exposeString('rule', { nullable: true }),
      ruleLabel: t.string({
        nullable: true,
        resolve: (r, _args, ctx) => ruleLabel(ctx, r.rule, r.communityId),
      }),
      count: t.exposeInt('count'),
    }),
  });

const ModerationQueueItem = builder.objectRef<LoadedItem>('ModerationQueueItem').implement({
  description: 'A reported post or comment with its open reports, oldest report first.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The id of the post or comment.' }),
    kind: t.exposeString('kind', { description: 'post or comment.' }),
    link: t.exposeString('link', {
      description: 'Path of the exact item: /communities/<slug>/posts/<id>#comment-<id>.',
    }),
    moderation: t.field({ type: ModerationState, resolve: (item) => item.moderation }),
    reportCount: t.exposeInt('reportCount'),
    reasons: t.field({
      type: [ReportReasonCount],
      description: 'Open reports per reason and rule, most cited first.',
      resolve: (item) => item.reasons.map((r) => ({ ...r, communityId: item.communityId })),
    }),
    reports: t.field({ type: [Report], resolve: (item) => item.reports as never }),
    post: t.field({ type: Post, nullable: true, resolve: (item) => item.post as never }),
    comment: t.field({ type: Comment, nullable: true, resolve: (item) => item.comment as never }),
    community: t.field({ type: Community, nullable: true, resolve: (item) => item.community as never }),
    firstReportedAt: t.field({ type: 'DateTime', resolve: (item) => item.firstReportedAt }),
    lastReportedAt: t.field({ type: 'DateTime', resolve: (item) => item.lastReportedAt }),
  }),
});

/** Who may see which queue: a community's animators and owners, and admins; admins alone org-wide. */
async function authorizeQueue(ctx: Context, communityId: string | null) {
  if (!communityId) return authorize(ctx.viewer, 'moderation:review-all');
  const community = await ctx.db.query.communities.findFirst({
    where: { id: communityId },
    columns: { id: true, visibility: true, joinPolicy: true, archivedAt: true, deletedAt: true },
  });
  const access = community && (await viewerAccess(ctx, community));
  if (!access || !can(ctx.viewer, 'community:see', access)) throw new NotFoundError();
  authorize(ctx.viewer, 'community:review-reports', access);
}

builder.queryField('moderationQueue', (t) => {
  const path = (field: string) => ['edges', 'node', field];
  return t.withAuth({ signedIn: true }).connection(
    {
      type: ModerationQueueItem,
      description:
        'Reported items of a community (its animators, owners and admins) or, without communityId, of the whole organisation (admins).',
      args: { communityId: t.arg.globalID({ for: Community }) },
      resolve: async (_root, args, ctx, info) => {
        const communityId = args.communityId?.id ?? null;
        await authorizeQueue(ctx, communityId);
        const first = Math.min(Math.max(args.first ?? 20, 1), 100);
        const page = await queuePage(ctx.db, ctx.viewer.id, communityId, { first, after: args.after });
        const ids = (pick: (item: QueueItem) => string | null) => [
          ...new Set(page.items.map(pick).filter((id): id is string => !!id)),
        ];
        // One statement per kind of row, whatever the page size; moderators see hidden and removed items.
        const [posts, comments, communities, reports] = await Promise.all([
          ctx.db.query.posts.findMany(
            t.drizzleQueryFromInfo(Post, {
              context: ctx,
              info,
              path: path('post'),
              columns: { id: true },
              where: { id: { in: ids((i) => i.postId) } },
            }),
          ),
          ctx.db.query.comments.findMany(
            t.drizzleQueryFromInfo(Comment, {
              context: ctx,
              info,
              path: path('comment'),
              columns: { id: true },
              where: { id: { in: ids((i) => i.commentId) } },
            }),
          ),
          ctx.db.query.communities.findMany(
            t.drizzleQueryFromInfo(Community, {
              context: ctx,
              info,
              path: path('community'),
              columns: { id: true },
              where: { id: { in: ids((i) => i.communityId) } },
            }),
          ),
          ctx.db.query.reports.findMany(
            t.drizzleQueryFromInfo(Report, {
              context: ctx,
              info,
              path: path('reports'),
              columns: { id: true },
              where: { id: { in: page.items.flatMap((i) => i.reportIds) } },
              orderBy: { createdAt: 'asc', id: 'asc' },
            }),
          ),
        ]);
        const byId = <R extends { id: string }>(rows: R[]) => new Map(rows.map((r) => [r.id, r]));
        const [postById, commentById, communityById] = [byId(posts), byId(comments), byId(communities)];
        const items: LoadedItem[] = page.items.map((item) => ({
          ...item,
          post: postById.get(item.postId) ?? null,
          comment: item.commentId ? (commentById.get(item.commentId) ?? null) : null,
          community: item.communityId ? (communityById.get(item.communityId) ?? null) : null,
          reports: reports.filter((r) => item.reportIds.includes(r.id)),
        }));
        return {
          totalCount: page.totalCount,
          edges: items.map((node) => ({ node, cursor: encodeQueueCursor(node) })),
          pageInfo: {
            hasNextPage: page.hasNextPage,
            hasPreviousPage: !!args.after,
            startCursor: items[0] ? encodeQueueCursor(items[0]) : null,
            endCursor: items.at(-1) ? encodeQueueCursor(items.at(-1)!) : null,
          },
        };
      },
    },
    {
      name: 'ModerationQueueConnection',
      fields: (c) => ({
        totalCount: c.int({
          description: 'Reported items waiting in this queue.',
          resolve: (connection) => (connection as unknown as { totalCount: number }).totalCount,
        }),
      }),
    },
    { name: 'ModerationQueueEdge' },
  );
});

type Stats = { openReports: number; medianMinutesToFirstAction: number | null; reportsActedOn: number };

const ModerationStats = builder.objectRef<Stats>('ModerationStats').implement({
  description: 'How the community’s moderation keeps up (for its animators and the CM board).',
  fields: (t) => ({
    openReports: t.exposeInt('openReports', { description: 'Reports waiting for a moderator.' }),
    medianMinutesToFirstAction: t.exposeFloat('medianMinutesToFirstAction', {
      nullable: true,
      description: 'Median time from a report to the first moderator action on it, over the period.',
    }),
    reportsActedOn: t.exposeInt('reportsActedOn', {
      description: 'Reports of the period a moderator acted on.',
    }),
  }),
});

/** One SQL expression per community, added to the community query (no extra statement). */
const statsSql = (communityId: unknown, days: number) => sql`(select json_build_object(
  'openReports', (select count(*) from reports r join posts p on p.id = r.post_id and p.deleted_at is null
    left join comments cm on cm.id = r.comment_id
    where r.community_id = ${communityId} and r.status = 'open' and (r.comment_id is null or cm.deleted_at is null)),
  'medianMinutesToFirstAction', (select percentile_cont(0.5) within group (
      order by extract(epoch from (r.first_action_at - r.created_at)) / 60)
    from reports r where r.community_id = ${communityId} and r.first_action_at is not null
      and r.created_at > now() - make_interval(days => ${days})),
  'reportsActedOn', (select count(*) from reports r where r.community_id = ${communityId}
      and r.first_action_at is not null and r.created_at > now() - make_interval(days => ${days}))))`;

builder.drizzleObjectFields(Community, (t) => ({
  moderationStats: t.field({
    type: ModerationStats,
    nullable: true,
    description: 'Open reports and time to first moderator action; null for viewers who do not moderate it.',
    args: {
      days: t.arg.int({
        defaultValue: 90,
        description: 'Period of reports the median covers, in days (1 to 3650).',
      }),
    },
    select: (args) => ({
      extras: {
        moderationStats: (c: typeof schema.communities) =>
          statsSql(c.id, Math.min(Math.max(args.days ?? 90, 1), 3650)),
      },
    }),
    resolve: async (community, _args, ctx) => {
      if (!can(ctx.viewer, 'community:review-reports', await viewerAccess(ctx, community))) return null;
      const raw = (community as unknown as { moderationStats: Stats | string }).moderationStats;
      const stats = typeof raw === 'string' ? (JSON.parse(raw) as Stats) : raw;
      return {
        openReports: Number(stats.openReports),
        reportsActedOn: Number(stats.reportsActedOn),
        medianMinutesToFirstAction:
          stats.medianMinutesToFirstAction == null ? null : Number(stats.medianMinutesToFirstAction),
      };
    },
  }),
}));

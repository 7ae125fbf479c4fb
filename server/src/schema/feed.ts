import type { schema } from '@levain/db';
import { and, sql } from 'drizzle-orm';
import { filter, pipe } from 'graphql-yoga';
import { can, moderatedCommunityIds, readablePostsWhere } from '../permissions';
import { accessSelection, toPostAccess } from '../posts/access';
import { feedPosition, homeFeedCandidates, homeFeedScope } from '../posts/home-feed';
import { viewerStream } from '../realtime/viewer-stream';
import { builder } from './builder';
import { Community } from './community';
import { Post } from './post';

type Posts = typeof schema.posts;

/** Newest first; the id breaks ties between posts published in the same microsecond. */
export const newestFirst = { publishedAt: 'desc', id: 'desc' } as const;

builder.queryField('feed', (t) =>
  t.withAuth({ signedIn: true }).drizzleConnection({
    type: 'posts',
    description:
      'The home feed: the viewer’s communities, the people they follow and official announcements, newest first.',
    resolve: (query, _root, args, ctx) => {
      const viewer = ctx.viewer;
      const inScope = (p: Posts) => and(readablePostsWhere(viewer, p), homeFeedScope(viewer, p))!;
      const page = query({ where: { RAW: inScope }, orderBy: newestFirst });
      // Reading forwards (the feed's only direction in the client), the page is picked among a
      // few candidates found through each source's index; see homeFeedCandidates.
      const { limit } = page as { limit?: number };
      if (args.last != null || args.before != null || !limit) return ctx.db.query.posts.findMany(page);
      const candidates = homeFeedCandidates(viewer, feedPosition(args.after), limit);
      return ctx.db.query.posts.findMany(
        query({
          where: { RAW: (p: Posts) => and(inScope(p), sql`${p.id} = any(${candidates})`)! },
          orderBy: newestFirst,
        }),
      );
    },
  }),
);

builder.drizzleObjectField(Community, 'feed', (t) =>
  t.relatedConnection('posts', {
    type: Post,
    description: 'The community’s posts: pinned ones first, then newest first.',
    query: (_args, ctx) => ({
      where: { RAW: (p: Posts) => readablePostsWhere(ctx.viewer, p) },
      extras: { pinRank: (p: Posts) => sql<number>`(case when ${p.pinnedAt} is null then 0 else 1 end)` },
      orderBy: { pinRank: 'desc', ...newestFirst },
    }),
  }),
);

builder.drizzleObjectField(Community, 'pendingPosts', (t) =>
  t.relatedConnection('posts', {
    type: Post,
    description: 'Posts waiting for approval, oldest first (animators; empty for others).',
    query: (_args, ctx) => ({
      where: {
        status: 'pending_approval',
        heldBy: { isNull: true },
        deletedAt: { isNull: true },
        RAW: (p: Posts) => sql`${p.communityId} in ${moderatedCommunityIds(ctx.viewer)}`,
      },
      orderBy: { publishedAt: 'asc', id: 'asc' },
    }),
  }),
);

builder.drizzleObjectField('users', 'posts', (t) =>
  t.relatedConnection('posts', {
    type: Post,
    description: 'What the person wrote that the viewer may read, newest first (profile feed).',
    query: (_args, ctx) => ({
      where: { RAW: (p: Posts) => readablePostsWhere(ctx.viewer, p) },
      orderBy: newestFirst,
    }),
  }),
);

export const FeedUpdate = builder.objectRef<{ postId: string }>('FeedUpdate').implement({
  description: 'A new post the subscriber may read appeared (in their home feed, or an event’s live thread).',
  fields: (t) => ({
    post: t.drizzleField({
      type: Post,
      nullable: true,
      resolve: (query, update, _args, ctx) =>
        ctx.db.query.posts.findFirst(
          query({ where: { id: update.postId, RAW: (p: Posts) => readablePostsWhere(ctx.viewer, p) } }),
        ),
    }),
  }),
});

builder.subscriptionField('feedUpdated', (t) =>
  t.withAuth({ signedIn: true }).field({
    type: FeedUpdate,
    description: 'Tells the viewer a new post reached their home feed (the "new posts" indicator).',
    subscribe: (_root, _args, ctx) =>
      viewerStream(ctx, () => {
        const viewer = ctx.viewer;
        return pipe(
          ctx.services.pubsub.subscribe('feed.updated'),
          filter(async (event) => {
            if (event.authorId === viewer.id) return false;
            const post = await ctx.db.query.posts.findFirst({
              ...accessSelection(viewer.id),
              where: { id: event.postId, RAW: (p: Posts) => homeFeedScope(viewer, p) },
            });
            return !!post && can(viewer, 'post:read', toPostAccess(post));
          }),
        );
      }),
    resolve: (event) => ({ postId: event.postId }),
  }),
);

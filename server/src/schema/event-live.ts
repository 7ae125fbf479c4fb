import type { schema } from '@levain/db';
import { filter, pipe } from 'graphql-yoga';
import { loadEvent } from '../agenda/access';
import { can, readablePostsWhere } from '../permissions';
import { accessSelection, toPostAccess } from '../posts/access';
import { viewerStream } from '../realtime/viewer-stream';
import { builder } from './builder';
import { FeedUpdate, newestFirst } from './feed';
import { Post } from './post';
import { eventIdOf } from './post-mutations';

type Posts = typeof schema.posts;

builder.drizzleObjectField('events', 'liveThread', (t) =>
  t.relatedConnection('livePosts', {
    type: Post,
    description: 'Posts written live from the event that the viewer may read, newest first.',
    query: (_args, ctx) => ({
      where: { RAW: (p: Posts) => readablePostsWhere(ctx.viewer, p) },
      orderBy: newestFirst,
    }),
  }),
);

builder.subscriptionField('eventLivePostAdded', (t) =>
  t.withAuth({ signedIn: true }).field({
    type: FeedUpdate,
    description:
      'A new post in the event’s live thread that the viewer may read. An event the viewer may not see is "not found".',
    args: { eventId: t.arg.globalID({ required: true }) },
    subscribe: async (_root, args, ctx) => {
      const viewer = ctx.viewer;
      const eventId = (await loadEvent(ctx.db, viewer, eventIdOf(args.eventId)!)).event.id;
      return viewerStream(ctx, () =>
        pipe(
          ctx.services.pubsub.subscribe('feed.updated'),
          filter(async (update) => {
            if (update.eventId !== eventId) return false;
            const post = await ctx.db.query.posts.findFirst({
              ...accessSelection(viewer.id),
              where: { id: update.postId },
            });
            return !!post && can(viewer, 'post:read', toPostAccess(post));
          }),
        ),
      );
    },
    resolve: (update) => ({ postId: update.postId }),
  }),
);

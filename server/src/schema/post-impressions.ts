import { schema } from '@levain/db';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { readablePostsWhere } from '../permissions';
import { isUuid } from '../posts/access';
import { impressionsOf } from '../posts/wiring';
import { builder } from './builder';
import { Post } from './post';
import { message } from './validation';

builder.mutationField('recordImpressions', (t) =>
  t.withAuth({ signedIn: true }).boolean({
    description:
      'Tells the server which posts the viewer saw (the client sends the posts that were on screen). Written in batches.',
    errors: {},
    args: {
      postIds: t.arg.globalIDList({
        required: true,
        for: Post,
        validate: z.array(z.unknown()).max(100, message('validation.tooMany', { max: 100 })),
      }),
    },
    resolve: async (_root, args, ctx) => {
      const ids = [...new Set(args.postIds.map((id) => id.id).filter(isUuid))];
      if (!ids.length) return true;
      // Only posts the viewer may read count: one indexed look-up, never on the feed's path.
      const readable = await ctx.db
        .select({ id: schema.posts.id })
        .from(schema.posts)
        .where(sql`${schema.posts.id} in ${ids} and ${readablePostsWhere(ctx.viewer)}`);
      impressionsOf(ctx.services).record(
        ctx.viewer.id,
        readable.map((r) => r.id),
      );
      return true;
    },
  }),
);

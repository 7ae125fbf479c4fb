import { drizzleConnectionHelpers } from '@pothos/plugin-drizzle';
import { readablePostById } from '../permissions';
import { loadPostFor } from '../posts/access';
import { bookmarkPost, unbookmarkPost } from '../posts/bookmarks';
import { builder } from './builder';
import { Post } from './post';

/** The viewer's bookmarks, most recently saved first; the nodes are the posts. */
const bookmarked = drizzleConnectionHelpers(builder, 'bookmarks', {
  query: () => ({ orderBy: { createdAt: 'desc' } }),
  select: (nestedSelection) => ({ with: { post: nestedSelection() } }),
  resolveNode: (bookmark) => bookmark.post,
});

builder.queryField('myBookmarks', (t) =>
  t.withAuth({ signedIn: true }).connection({
    type: Post,
    description: 'Posts the viewer saved that they may still read.',
    args: bookmarked.getArgs(),
    resolve: async (_root, args, ctx, info) => {
      const query = bookmarked.getQuery(args, ctx, info);
      const rows = await ctx.db.query.bookmarks.findMany({
        ...query,
        where: {
          AND: [
            query.where ?? {},
            { userId: ctx.viewer.id, RAW: (b) => readablePostById(ctx.viewer, b.postId) },
          ],
        },
      });
      return bookmarked.resolve(rows, args, ctx);
    },
  }),
);

builder.mutationFields((t) => ({
  bookmarkPost: t.withAuth({ signedIn: true }).drizzleField({
    type: Post,
    description: 'Saves a post to read later.',
    errors: {},
    args: { postId: t.arg.globalID({ required: true, for: Post }) },
    resolve: async (query, _root, args, ctx) => {
      const { post } = await loadPostFor(ctx.db, ctx.viewer, args.postId.id, 'post:read');
      await bookmarkPost(ctx.db, ctx.viewer.id, post.id);
      return (await ctx.db.query.posts.findFirst(query({ where: { id: post.id } })))!;
    },
  }),
  unbookmarkPost: t.withAuth({ signedIn: true }).drizzleField({
    type: Post,
    errors: {},
    args: { postId: t.arg.globalID({ required: true, for: Post }) },
    resolve: async (query, _root, args, ctx) => {
      const { post } = await loadPostFor(ctx.db, ctx.viewer, args.postId.id, 'post:read');
      await unbookmarkPost(ctx.db, ctx.viewer.id, post.id);
      return (await ctx.db.query.posts.findFirst(query({ where: { id: post.id } })))!;
    },
  }),
}));
